// Tests of src/feeds: RSS and Atom feeds served by a local HTTP server; new items ingested from
// the feed's own HTML or from the page they link to, conditional requests answered with 304,
// a broken feed beside a working one, failing pages retried then given up, and the memory of
// seen items surviving a restart. The timer is replaced by a manual clock: only pollNow() polls.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Core } from '../src/core.ts';
import { MAX_READS, startFeeds, STATE_FILE, type Clock, type Feeds, type FeedsOptions } from '../src/feeds/index.ts';
import type { Log } from '../src/log.ts';

// ---- invented articles: each a few paragraphs with attributed quotes ----

const BRIDGE = `<p>“The bridge will reopen in May,” said Mayor Olena Kovalenko on Monday, adding that the repairs had cost more than the council had planned.</p>
<p>Residents of the riverside district have waited almost two years for the crossing, which carried twelve thousand cars a day before cracks were found in its piers during an inspection.</p>
<p>The city engineer, Petro Marchenko, said the work on the eastern span was nearly finished. “We are ahead of schedule on the deck,” he told reporters at the site.</p>
<p>Shopkeepers on both banks said trade had fallen by a third since the closure, and the council has promised a week of free parking in the old town once traffic returns to the bridge.</p>`;

const SCHOOL_PAGE = page(
  'New school to open in September',
  `<p>“The new school will open in September with places for six hundred pupils,” said Education Minister Tomas Lindqvist on Tuesday.</p>
<p>Parents in the northern suburbs have campaigned for a school for a decade, and the old building was closed after its roof failed a safety check last winter.</p>
<p>The head of the parents' association, Ingrid Solberg, said families were relieved. “We have driven our children across the city for years,” she said.</p>`,
);

const DAM_PAGE = page(
  'Dam inspection finds no damage',
  `<p>“The dam is safe and the reservoir will stay open to boats,” said Amara Okafor, the chief engineer, on Wednesday after a week of inspections.</p>
<p>The inspection followed heavy rain in the hills above the valley, which raised the water level faster than at any time since records began in the town.</p>
<p>Fishermen who use the reservoir had feared a summer closure. “This is the news we were waiting for,” said Kwame Mensah, who rents out boats on the eastern shore.</p>`,
);

const LIBRARY = `<p>“The library will stay open until ten every evening from next month,” said Sofia Marquez, the council leader, on Thursday.</p>
<p>Students had petitioned for longer hours for most of the academic year, gathering more than three thousand signatures in the old market square and online.</p>
<p>The chief librarian, Daniel Okonkwo, said the extra hours would be paid for by closing a branch office. “Readers will not lose a single book,” he said.</p>
<p>The evening opening will begin as a six-month trial, after which the council will count visitors and decide whether to keep the longer hours for good.</p>`;

const ORCHARD_PAGE = page(
  'Orchard harvest beats forecasts',
  `<p>“This is the best apple harvest we have had in twenty years,” farmer Lucia Ferrante said on Friday as the last crates were loaded onto the trucks.</p>
<p>A wet spring and a warm late summer helped the orchards of the valley, where about four hundred families depend on fruit for most of their income.</p>
<p>The regional agriculture office said prices would fall. “Shoppers will see cheaper apples by October,” said its director, Henrik Dahl.</p>`,
);

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article><footer>© The Valley Gazette</footer></body></html>`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface RssItem {
  title: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  description?: string;
  encoded?: string;
}

function rss(title: string, items: RssItem[]): string {
  const entries = items.map(
    (i) => `<item><title>${escapeXml(i.title)}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.description ? `<description>${escapeXml(i.description)}</description>` : ''}${i.encoded ? `<content:encoded><![CDATA[${i.encoded}]]></content:encoded>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title><link>http://example.test/</link>${entries.join('')}</channel></rss>`;
}

function atom(title: string, entries: Array<{ id: string; title: string; link: string; published: string; html: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:feed</id><updated>2024-05-02T09:00:00Z</updated>${entries
    .map((e) => `<entry><id>${e.id}</id><title>${escapeXml(e.title)}</title><link rel="alternate" href="${e.link}"/><published>${e.published}</published><updated>${e.published}</updated><content type="html">${escapeXml(e.html)}</content></entry>`)
    .join('')}</feed>`;
}

// ---- a local web server whose routes a test changes as it goes ----

interface Route {
  status?: number;
  type?: string;
  body: string;
  /** Sent, and honoured in If-None-Match. */
  etag?: string;
  /** Sent, and honoured in If-Modified-Since. */
  lastModified?: string;
}

class Site {
  readonly routes = new Map<string, Route>();
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  private constructor(
    private readonly server: Server,
    readonly base: string,
  ) {}

  static async start(): Promise<Site> {
    let site!: Site;
    const server = createServer((req, res) => {
      const path = req.url ?? '/';
      site.requests.push({ path, headers: req.headers });
      const route = site.routes.get(path);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers: Record<string, string> = { 'content-type': route.type ?? 'text/html; charset=utf-8' };
      if (route.etag) headers.etag = route.etag;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      const fresh = (route.etag && req.headers['if-none-match'] === route.etag) || (route.lastModified && req.headers['if-modified-since'] === route.lastModified);
      if (fresh && (route.status ?? 200) === 200) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(route.status ?? 200, headers).end(route.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = new Site(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return site;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  requestsFor(path: string) {
    return this.requests.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const ATOM_TYPE = 'application/atom+xml';

// ---- per-test setup ----

const cleanups: Array<() => unknown> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A clock whose timers never fire by themselves: polls happen when a test asks. */
function manualClock(): Clock & { pending: Array<{ fn: () => void; ms: number }> } {
  const pending: Array<{ fn: () => void; ms: number }> = [];
  return {
    pending,
    now: () => Date.parse('2024-05-06T08:00:00Z'),
    setTimeout: (fn, ms) => {
      pending.push({ fn, ms });
      return pending.length;
    },
    clearTimeout: () => {},
  };
}

const logLines: Array<{ level: string; message: string }> = [];
const log: Log = (level, message) => void logLines.push({ level, message });

async function setup(): Promise<{ site: Site; core: Core; dataDir: string; open: (urls: string[], extra?: Partial<FeedsOptions>) => Promise<Feeds> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-feeds-'));
  const site = await Site.start();
  const core = await Core.open({ dataDir, seed: false });
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }), () => site.close(), () => core.close());
  const open = async (urls: string[], extra: Partial<FeedsOptions> = {}) => {
    const feeds = await startFeeds({ core, urls, intervalMs: 60_000, dataDir, log, clock: manualClock(), timeoutMs: 5_000, ...extra });
    cleanups.push(() => feeds.stop());
    return feeds;
  };
  return { site, core, dataDir, open };
}

function claimsBy(core: Core, name: string) {
  return core.store.allClaims().filter((c) => c.speaker.name === name);
}

describe('feeds', () => {
  it('ingests new items: the feed’s own HTML when it is a whole article, else the linked page', async () => {
    const { site, core, open } = await setup();
    site.routes.set('/school', { body: SCHOOL_PAGE });
    site.routes.set('/bridge', { body: 'never fetched: the feed holds the article' });
    site.routes.set('/rss', {
      type: RSS_TYPE,
      etag: '"v1"',
      body: rss('The Valley Gazette', [
        { title: 'Bridge to reopen in May', link: site.url('/bridge'), guid: 'gazette-1', pubDate: 'Mon, 06 May 2024 09:30:00 GMT', description: 'The mayor gave a date.', encoded: BRIDGE },
        { title: 'New school to open in September', link: site.url('/school'), guid: 'gazette-2', pubDate: 'Tue, 07 May 2024 07:00:00 +0200', description: 'A short teaser only.' },
      ]),
    });
    const feeds = await open([site.url('/rss')]);
    const report = await feeds.pollNow();

    assert.deepEqual(report.feeds, [{ url: site.url('/rss'), status: 'fetched', newItems: 2 }]);
    assert.deepEqual(
      report.items.map((i) => [i.key, i.outcome, i.from]).sort(),
      [['gazette-1', 'ingested', 'feed'], ['gazette-2', 'ingested', 'page']],
    );
    assert.equal(site.requestsFor('/bridge').length, 0, 'an item holding its article is not fetched');
    assert.equal(site.requestsFor('/school').length, 1);

    // The claims landed in the store, with the item's metadata.
    const mayor = claimsBy(core, 'Olena Kovalenko');
    assert.ok(mayor.some((c) => c.content.includes('The bridge will reopen in May')), 'the mayor’s claim is stored');
    assert.equal(mayor[0]!.outlet, 'The Valley Gazette');
    assert.equal(mayor[0]!.headline, 'Bridge to reopen in May');
    assert.equal(mayor[0]!.publishedAt, '2024-05-06');
    assert.equal(mayor[0]!.url, site.url('/bridge'));
    const minister = claimsBy(core, 'Tomas Lindqvist');
    assert.ok(minister.some((c) => c.content.includes('The new school will open in September')));
    assert.equal(minister[0]!.publishedAt, '2024-05-07');
    assert.equal(minister[0]!.outlet, 'The Valley Gazette');
    // And the query core answers from them.
    const reply = core.query.handle('bridge reopen');
    assert.equal(reply.type, 'answer');
    assert.ok(reply.type === 'answer' && reply.answer.groups.some((g) => g.statements.some((s) => s.speaker.name === 'Olena Kovalenko')));
  });

  it('sends If-None-Match and If-Modified-Since; a 304 ingests nothing; a later new item is ingested alone', async () => {
    const { site, core, open } = await setup();
    site.routes.set('/school', { body: SCHOOL_PAGE });
    site.routes.set('/dam', { body: DAM_PAGE });
    const first = [{ title: 'New school to open in September', link: site.url('/school'), guid: 'school' }];
    site.routes.set('/rss', { type: RSS_TYPE, etag: '"v1"', lastModified: 'Mon, 06 May 2024 08:00:00 GMT', body: rss('The Valley Gazette', first) });
    const feeds = await open([site.url('/rss')]);
    assert.equal((await feeds.pollNow()).items.length, 1);
    const stored = core.store.counts();

    const second = await feeds.pollNow();
    const sent = site.requestsFor('/rss')[1]!.headers;
    assert.equal(sent['if-none-match'], '"v1"');
    assert.equal(sent['if-modified-since'], 'Mon, 06 May 2024 08:00:00 GMT');
    assert.deepEqual(second.feeds, [{ url: site.url('/rss'), status: 'not_modified', newItems: 0 }]);
    assert.deepEqual(second.items, []);
    assert.deepEqual(core.store.counts(), stored);
    assert.equal(site.requestsFor('/school').length, 1, 'the page was not fetched again');

    // The feed changes: only the new item is ingested.
    site.routes.set('/rss', {
      type: RSS_TYPE,
      etag: '"v2"',
      body: rss('The Valley Gazette', [{ title: 'Dam inspection finds no damage', link: site.url('/dam'), guid: 'dam' }, ...first]),
    });
    const third = await feeds.pollNow();
    assert.equal(site.requestsFor('/rss')[2]!.headers['if-none-match'], '"v1"');
    assert.deepEqual(third.feeds, [{ url: site.url('/rss'), status: 'fetched', newItems: 1 }]);
    assert.deepEqual(third.items.map((i) => [i.key, i.outcome]), [['dam', 'ingested']]);
    assert.equal(site.requestsFor('/school').length, 1);
    assert.equal(core.store.counts().articles, stored.articles + 1);
    assert.ok(claimsBy(core, 'Amara Okafor').length > 0);
  });

  it('reports malformed XML and still ingests the other feed, then retries the broken one', async () => {
    const { site, core, open } = await setup();
    site.routes.set('/broken', { type: RSS_TYPE, etag: '"b1"', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half</item></channel>' });
    site.routes.set('/atom', {
      type: ATOM_TYPE,
      body: atom('Campus Weekly', [{ id: 'urn:campus:1', title: 'Library hours extended', link: site.url('/library'), published: '2024-05-02T23:30:00-05:00', html: LIBRARY }]),
    });
    const feeds = await open([site.url('/broken'), site.url('/atom')]);
    const report = await feeds.pollNow();

    assert.equal(report.feeds[0]!.status, 'failed');
    assert.match(report.feeds[0]!.error ?? '', /close tag|parse|xml/i);
    assert.deepEqual(report.feeds[1], { url: site.url('/atom'), status: 'fetched', newItems: 1 });
    assert.deepEqual(report.items.map((i) => [i.key, i.outcome, i.from]), [['urn:campus:1', 'ingested', 'feed']]);
    const leader = claimsBy(core, 'Sofia Marquez');
    assert.ok(leader.length > 0, 'the Atom item was ingested');
    assert.equal(leader[0]!.outlet, 'Campus Weekly');
    assert.equal(leader[0]!.publishedAt, '2024-05-02', 'the publisher’s own day, not converted to UTC');
    assert.ok(logLines.some((l) => l.level === 'warn' && l.message.includes('/broken')), 'the broken feed is logged');

    // Its ETag was not kept: the next poll fetches it whole, and it is fixed by then.
    site.routes.set('/broken', { type: RSS_TYPE, body: rss('Broken no more', [{ title: 'Dam safe', link: site.url('/dam'), guid: 'dam' }]) });
    site.routes.set('/dam', { body: DAM_PAGE });
    const next = await feeds.pollNow();
    assert.equal(site.requestsFor('/broken')[1]!.headers['if-none-match'], undefined);
    assert.deepEqual(next.items.map((i) => [i.key, i.outcome]), [['dam', 'ingested']]);
  });

  it('keeps polling a feed that is down or answers an HTTP error', async () => {
    const { site, open } = await setup();
    site.routes.set('/gone', { status: 503, body: 'maintenance' });
    // Served with the wrong type, as many servers do: still read as a feed.
    site.routes.set('/rss', { type: 'text/html', body: rss('The Valley Gazette', [{ title: 'Dam safe', link: site.url('/dam'), guid: 'dam' }]) });
    site.routes.set('/dam', { body: DAM_PAGE });
    // Port 1 on localhost refuses connections.
    const feeds = await open(['http://127.0.0.1:1/feed', site.url('/gone'), site.url('/rss')]);
    const report = await feeds.pollNow();
    assert.deepEqual(report.feeds.map((f) => f.status), ['failed', 'failed', 'fetched']);
    assert.match(report.feeds[1]!.error!, /HTTP 503/);
    assert.deepEqual(report.items.map((i) => i.outcome), ['ingested']);
    site.routes.set('/gone', { type: RSS_TYPE, body: rss('Back', []) });
    assert.deepEqual((await feeds.pollNow()).feeds.map((f) => f.status), ['failed', 'fetched', 'fetched'], 'tried again at the next poll');
  });

  it('retries an item whose page fails at the next poll, even when the feed is unchanged, and gives up after the last attempt', async () => {
    const { site, core, dataDir, open } = await setup();
    site.routes.set('/orchard', { status: 500, body: 'oops' });
    site.routes.set('/dam', { status: 502, body: 'bad gateway' });
    site.routes.set('/rss', {
      type: RSS_TYPE,
      etag: '"v1"',
      body: rss('Farm News', [
        { title: 'Orchard harvest beats forecasts', link: site.url('/orchard'), guid: 'orchard' },
        { title: 'Dam safe', link: site.url('/dam'), guid: 'dam' },
      ]),
    });
    const feeds = await open([site.url('/rss')], { maxAttempts: 2 });
    const first = await feeds.pollNow();
    assert.deepEqual(first.items.map((i) => [i.key, i.outcome, i.attempts]).sort(), [['dam', 'retry', 1], ['orchard', 'retry', 1]]);
    assert.match(first.items[0]!.error!, /HTTP 50/);

    site.routes.set('/orchard', { body: ORCHARD_PAGE });
    const second = await feeds.pollNow();
    assert.equal(second.feeds[0]!.status, 'not_modified');
    assert.deepEqual(second.items.map((i) => [i.key, i.outcome, i.attempts]).sort(), [['dam', 'gave_up', 2], ['orchard', 'ingested', 2]]);
    assert.ok(claimsBy(core, 'Lucia Ferrante').length > 0);

    const third = await feeds.pollNow();
    assert.deepEqual(third.items, [], 'a given-up item is not tried again');
    assert.equal(site.requestsFor('/dam').length, 2);
    const saved = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8'));
    assert.equal(saved.feeds[site.url('/rss')].items.dam.state, 'gave_up');
    assert.match(saved.feeds[site.url('/rss')].items.dam.error, /HTTP 502/);
  });

  it('gives up at once on pages that cannot change: a 404, a PDF, a page over the size limit, a page with no article', async () => {
    const { site, open } = await setup();
    site.routes.set('/pdf', { type: 'application/pdf', body: '%PDF-1.4 not an article' });
    site.routes.set('/huge', { body: page('Huge', `<p>${'word '.repeat(5000)}</p>`) });
    site.routes.set('/menu', { body: page('Menu', '<ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li></ul>') });
    site.routes.set('/rss', {
      type: RSS_TYPE,
      body: rss('The Valley Gazette', [
        { title: 'Missing', link: site.url('/missing'), guid: 'missing' },
        { title: 'A PDF', link: site.url('/pdf'), guid: 'pdf' },
        { title: 'Huge', link: site.url('/huge'), guid: 'huge' },
        { title: 'Menu', link: site.url('/menu'), guid: 'menu' },
      ]),
    });
    const feeds = await open([site.url('/rss')], { maxBytes: 10_000 });
    const report = await feeds.pollNow();
    const outcome = Object.fromEntries(report.items.map((i) => [i.key, `${i.outcome}: ${i.error}`]));
    assert.match(outcome.missing!, /^gave_up: HTTP 404/);
    assert.match(outcome.pdf!, /^gave_up: .*application\/pdf/);
    assert.match(outcome.huge!, /^gave_up: .*10000-byte limit/);
    assert.match(outcome.menu!, /^gave_up: no_article/);
    assert.deepEqual((await feeds.pollNow()).items, []);
  });

  it('remembers seen items across a restart', async () => {
    const { site, core, dataDir, open } = await setup();
    site.routes.set('/school', { body: SCHOOL_PAGE });
    site.routes.set('/dam', { body: DAM_PAGE });
    // No validators: every poll gets the whole feed, so only the saved state prevents re-ingesting.
    site.routes.set('/rss', { type: RSS_TYPE, body: rss('The Valley Gazette', [{ title: 'School', link: site.url('/school'), guid: 'school' }]) });
    const before = await open([site.url('/rss')]);
    assert.equal((await before.pollNow()).items.length, 1);
    await before.stop();
    assert.deepEqual(readdirSync(dataDir).filter((f) => f.startsWith(STATE_FILE)), [STATE_FILE], 'no temporary file is left behind');

    site.routes.set('/rss', {
      type: RSS_TYPE,
      body: rss('The Valley Gazette', [{ title: 'Dam', link: site.url('/dam'), guid: 'dam' }, { title: 'School', link: site.url('/school'), guid: 'school' }]),
    });
    const afterRestart = await open([site.url('/rss')]);
    const report = await afterRestart.pollNow();
    assert.deepEqual(report.items.map((i) => [i.key, i.outcome]), [['dam', 'ingested']]);
    assert.equal(site.requestsFor('/school').length, 1);
    assert.equal(core.store.counts().articles, 2);
  });

  it('reads an item again when the outlet revises it: the new version replaces the old one, up to MAX_READS versions', async () => {
    const { site, core, open } = await setup();
    site.routes.set('/bridge', { body: 'never fetched: the feed holds the article' });
    const serve = (etag: string, body: string) =>
      site.routes.set('/rss', { type: RSS_TYPE, etag, body: rss('The Valley Gazette', [{ title: 'Bridge to reopen', link: site.url('/bridge'), guid: 'bridge', encoded: body }]) });
    serve('"v1"', BRIDGE);
    const feeds = await open([site.url('/rss')]);
    assert.deepEqual((await feeds.pollNow()).items.map((i) => [i.key, i.outcome, i.update]), [['bridge', 'ingested', undefined]]);
    const mayorSays = () => claimsBy(core, 'Olena Kovalenko').map((c) => c.content).join(' | ');
    assert.match(mayorSays(), /reopen in May/);
    const articles = core.store.counts().articles;

    // The outlet corrects the story under the same guid.
    serve('"v2"', BRIDGE.replace('reopen in May', 'reopen in June'));
    const corrected = await feeds.pollNow();
    assert.deepEqual(corrected.feeds, [{ url: site.url('/rss'), status: 'fetched', newItems: 0 }], 'a revision is not a new item');
    assert.deepEqual(corrected.items.map((i) => [i.key, i.outcome, i.update]), [['bridge', 'ingested', true]]);
    assert.match(mayorSays(), /reopen in June/);
    assert.doesNotMatch(mayorSays(), /reopen in May/, 'the old version’s claim is gone');
    assert.equal(core.store.counts().articles, articles, 'the article was replaced, not added');
    assert.ok(logLines.some((l) => /1 items revised since they were read/.test(l.message)));

    // Fetched again but unchanged: nothing is read.
    serve('"v3"', BRIDGE.replace('reopen in May', 'reopen in June'));
    assert.deepEqual((await feeds.pollNow()).items, []);

    // A feed that changes the item at every poll: read until MAX_READS versions, then left alone.
    const reads: number[] = [];
    for (let n = 0; n < MAX_READS + 2; n++) {
      serve(`"r${n}"`, BRIDGE.replace('reopen in May', `reopen in ${['July', 'August', 'September', 'October', 'November', 'December', 'January'][n]}`));
      reads.push((await feeds.pollNow()).items.length);
    }
    // Two versions were read above.
    assert.deepEqual(reads, Array.from({ length: MAX_READS + 2 }, (_, n) => (n < MAX_READS - 2 ? 1 : 0)));
  });

  it('adopts the revision of items remembered before revisions were kept, without reading them again', async () => {
    const { site, core, dataDir, open } = await setup();
    site.routes.set('/school', { body: SCHOOL_PAGE });
    const serve = (title: string) => site.routes.set('/rss', { type: RSS_TYPE, body: rss('The Valley Gazette', [{ title, link: site.url('/school'), guid: 'school' }]) });
    serve('School');
    const url = site.url('/rss');
    writeFileSync(join(dataDir, STATE_FILE), JSON.stringify({ version: 1, feeds: { [url]: { items: { school: { state: 'done', at: '2024-05-01T00:00:00Z', attempts: 1 } } } } }));
    const feeds = await open([url]);
    assert.deepEqual((await feeds.pollNow()).items, [], 'not read again on the upgrade');
    assert.equal(site.requestsFor('/school').length, 0);
    serve('School opens in September');
    assert.deepEqual((await feeds.pollNow()).items.map((i) => [i.key, i.outcome, i.update]), [['school', 'ingested', true]]);
    assert.ok(claimsBy(core, 'Tomas Lindqvist').length > 0);
  });

  it('polls on its timer, once at start and then every interval', async () => {
    const { site, core, open } = await setup();
    site.routes.set('/school', { body: SCHOOL_PAGE });
    site.routes.set('/rss', { type: RSS_TYPE, body: rss('The Valley Gazette', [{ title: 'School', link: site.url('/school'), guid: 'school' }]) });
    const clock = manualClock();
    const feeds = await open([site.url('/rss')], { clock, intervalMs: 120_000 });
    assert.deepEqual(clock.pending.map((t) => t.ms), [0]);
    clock.pending[0]!.fn();
    // Polls run one after another: this one starts once the timer's poll has ended.
    const report = await feeds.pollNow();
    assert.deepEqual(report.items, [], 'the timer’s poll had ingested the item');
    assert.ok(claimsBy(core, 'Tomas Lindqvist').length > 0);
    assert.deepEqual(clock.pending.map((t) => t.ms), [0, 120_000]);
    await feeds.stop();
    assert.equal(clock.pending.length, 2, 'nothing is scheduled after stop');
  });
});
