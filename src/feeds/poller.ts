// The feed poller: each feed fetched in turn with conditional requests, its new items' articles
// ingested (the item's own HTML when it holds a whole article, else the page at its link), and
// what was seen remembered in feeds.json. One feed's failure is logged and never stops the others.
import { mkdir } from 'node:fs/promises';
import type { IngestReport } from '../ingest/index.ts';
import type { ArticleMeta } from '../articles/index.ts';
import type { Log } from '../log.ts';
import { FetchError, get, type FetchFn } from './http.ts';
import { parseFeed, type FeedItem } from './parse.ts';
import { loadState, saveState, type FeedState, type ItemState, type State } from './state.ts';

/** The part of Core the poller uses. */
export interface FeedIngester {
  ingestHtml(html: string, source: string, meta?: Partial<ArticleMeta>): Promise<IngestReport>;
}

/** Time and timers, replaceable in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface FeedsOptions {
  core: FeedIngester;
  urls: string[];
  intervalMs: number;
  dataDir: string;
  log: Log;
  fetch?: FetchFn;
  clock?: Clock;
  /** Largest feed or page read, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Attempts at an item whose page fails transiently, one a poll, before it is given up. Default 3. */
  maxAttempts?: number;
}

export interface FeedReport {
  url: string;
  /** fetched: a new version of the feed was read; not_modified: 304; failed: see `error`. */
  status: 'fetched' | 'not_modified' | 'failed';
  newItems: number;
  error?: string;
}

export interface ItemReport {
  feed: string;
  key: string;
  link: string | null;
  /** ingested; retry: failed, tried again next poll; gave_up: failed for good (recorded). */
  outcome: 'ingested' | 'retry' | 'gave_up';
  attempts: number;
  /** Where the article came from. */
  from?: 'feed' | 'page';
  /** A revised item read again: its article replaced the one read before. */
  update?: true;
  claims?: number;
  error?: string;
}

export interface PollReport {
  feeds: FeedReport[];
  items: ItemReport[];
}

export interface Feeds {
  /** Polls every feed now (after any poll under way) and reports what happened. */
  pollNow(): Promise<PollReport>;
  /** Stops the timer, aborts requests under way and waits for the current poll to end. */
  stop(): Promise<void>;
}

/** An item whose own HTML holds at least this much text is ingested without fetching its page. */
export const MIN_ARTICLE_CHARS = 500;
/** Above this many remembered items, those no longer listed by the feed are forgotten. */
const MAX_REMEMBERED = 1000;
/** An item is read at most this many times: its first version and four revisions. A feed that
 * changes an item at every poll (a counter, a rotating tracking link) must not have its page
 * fetched at every poll for as long as it is listed. */
export const MAX_READS = 5;

const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    // The poller alone never keeps the process alive.
    const timer = setTimeout(fn, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export async function startFeeds(options: FeedsOptions): Promise<Feeds> {
  const { core, urls, intervalMs, dataDir, log } = options;
  const fetchFn = options.fetch ?? fetch;
  const clock = options.clock ?? realClock;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 3;

  await mkdir(dataDir, { recursive: true });
  const loaded = await loadState(dataDir);
  if (loaded.problem) log('warn', `feeds: starting with no memory of past items: ${loaded.problem}`);
  const state: State = loaded.state;

  const abort = new AbortController();
  let stopped = false;
  let timer: unknown;
  let running: Promise<unknown> = Promise.resolve();
  const now = () => new Date(clock.now()).toISOString();
  const save = () => saveState(dataDir, state);

  async function pollAll(): Promise<PollReport> {
    const report: PollReport = { feeds: [], items: [] };
    for (const url of urls) {
      if (stopped) break;
      const feed: FeedState = (state.feeds[url] ??= { items: {} });
      let fresh = new Map<string, FeedItem>();
      try {
        const read = await readFeed(url, feed);
        fresh = read.fresh;
        report.feeds.push({ url, status: read.status, newItems: read.newItems });
      } catch (error) {
        if (stopped) break;
        const message = error instanceof Error ? error.message : String(error);
        log('warn', `feeds: ${display(url)} failed, retried at the next poll: ${message}`);
        report.feeds.push({ url, status: 'failed', newItems: 0, error: message });
      }
      // Pending items include earlier polls' failures, retried even when the feed is unchanged
      // (304) or unreachable (their pages may not be).
      for (const [key, item] of Object.entries(feed.items)) {
        if (stopped) break;
        if (item.state !== 'pending') continue;
        const result = await ingestItem(url, feed, key, item, fresh.get(key));
        if (result) {
          report.items.push(result);
          await save();
        }
      }
    }
    return report;
  }

  /** Fetches a feed (conditionally) and records its new items, and those revised since they were
   * read, as pending. `fresh`: both, by key. */
  async function readFeed(url: string, feed: FeedState): Promise<{ status: 'fetched' | 'not_modified'; fresh: Map<string, FeedItem>; newItems: number }> {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    // Any content type: many servers label feeds text/html or text/plain; the parser decides.
    const response = await get(fetchFn, url, { headers, timeoutMs, maxBytes, signal: abort.signal });
    if (response.status === 304) return { status: 'not_modified', fresh: new Map(), newItems: 0 };
    const parsed = await parseFeed(response.text, url);
    if (parsed.title) feed.title = parsed.title;
    // Listed newest first by most feeds: ingest oldest first, as they were published.
    const listed = new Set(parsed.items.map((i) => i.key));
    const fresh = new Map<string, FeedItem>();
    let newItems = 0;
    let revised = 0;
    for (const item of [...parsed.items].reverse()) {
      const known = feed.items[item.key];
      const pending = { state: 'pending', at: now(), attempts: 0, link: item.link, title: item.title, publishedAt: item.publishedAt, revision: item.revision } as const;
      if (!known) {
        feed.items[item.key] = pending;
        fresh.set(item.key, item);
        newItems++;
      } else if (known.state === 'pending') {
        fresh.set(item.key, item);
      } else if (known.revision === undefined) {
        known.revision = item.revision;
      } else if (known.revision !== item.revision && (known.reads ?? 1) < MAX_READS) {
        // Outlets correct and update stories under the same guid: the store replaces the old
        // version's claims with the new one's (same URL, new body).
        feed.items[item.key] = { ...pending, reads: known.reads ?? 1, update: true };
        fresh.set(item.key, item);
        revised++;
      }
    }
    forgetOld(feed, listed);
    // The validators are kept only now that the new items are recorded as pending: a crash
    // from here on leaves them to be retried, not hidden behind a 304.
    feed.etag = response.headers.get('etag') ?? undefined;
    feed.lastModified = response.headers.get('last-modified') ?? undefined;
    await save();
    if (newItems > 0) log('info', `feeds: ${display(url)}: ${newItems} new items`);
    if (revised > 0) log('info', `feeds: ${display(url)}: ${revised} items revised since they were read`);
    return { status: 'fetched', fresh, newItems };
  }

  /** One attempt at a pending item; null when the poller stopped during it (not counted). */
  async function ingestItem(feedUrl: string, feed: FeedState, key: string, item: Extract<ItemState, { state: 'pending' }>, fresh: FeedItem | undefined): Promise<ItemReport | null> {
    const attempts = item.attempts + 1;
    const meta: Partial<ArticleMeta> = { url: item.link, headline: item.title, outlet: feed.title ?? null };
    if (item.publishedAt) meta.publishedAt = item.publishedAt;
    const base = { feed: feedUrl, key, link: item.link, attempts, ...(item.update ? { update: true as const } : {}) };
    // What the next revision is compared with, and how many times the item has been read.
    const revision = { ...(item.revision === undefined ? {} : { revision: item.revision }), reads: (item.reads ?? 0) + 1 };
    const giveUp = (error: string): ItemReport => {
      feed.items[key] = { state: 'gave_up', at: now(), attempts, error, ...revision };
      log('warn', `feeds: gave up on ${display(item.link ?? key)}: ${error}`);
      return { ...base, outcome: 'gave_up', error };
    };
    // The item's own HTML, when it is a whole article, or when there is no page to fetch.
    const own = fresh?.html && (fresh.textLength >= MIN_ARTICLE_CHARS || !item.link) ? fresh.html : null;
    let report: IngestReport;
    let from: 'feed' | 'page';
    try {
      if (own) {
        from = 'feed';
        report = await core.ingestHtml(own, item.link ?? `${feedUrl}#${key}`, meta);
      } else if (item.link) {
        from = 'page';
        const page = await get(fetchFn, item.link, { timeoutMs, maxBytes, signal: abort.signal, accept: PAGE_TYPES, headers: { accept: 'text/html, application/xhtml+xml;q=0.9' } });
        report = await core.ingestHtml(page.text, item.link, meta);
      } else {
        return giveUp('the item has neither a link nor article text');
      }
    } catch (error) {
      if (stopped) return null;
      const message = error instanceof Error ? error.message : String(error);
      // A 404, a PDF or an oversized page will not change; a timeout, a 503 or a busy store may.
      if ((error instanceof FetchError && !error.transient) || attempts >= maxAttempts) return giveUp(message);
      feed.items[key] = { ...item, attempts, at: now(), error: message };
      log('warn', `feeds: ${display(item.link ?? key)} failed (attempt ${attempts} of ${maxAttempts}), retried at the next poll: ${message}`);
      return { ...base, outcome: 'retry', error: message };
    }
    // The page was read but holds no article: extracting it again would give the same answer.
    const failure = report.errors[0];
    if (failure) return giveUp(`${failure.error.code}: ${failure.error.message}`);
    const claims = report.results.reduce((n, r) => n + r.claims, 0);
    feed.items[key] = { state: 'done', at: now(), attempts, ...revision };
    log('info', `feeds: ingested ${item.update ? 'the revised ' : ''}${display(item.link ?? key)} (${claims} claims, from the ${from})`);
    return { ...base, outcome: 'ingested', from, claims };
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = clock.setTimeout(() => {
      pollNow()
        .catch((error: unknown) => log('error', `feeds: poll failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => schedule(intervalMs));
    }, ms);
  }

  // Polls run one after another: a timer firing during a pollNow() waits for it.
  function pollNow(): Promise<PollReport> {
    const next = running.catch(() => {}).then(() => pollAll());
    running = next;
    return next;
  }

  schedule(0);
  return {
    pollNow,
    async stop() {
      stopped = true;
      clock.clearTimeout(timer);
      abort.abort();
      await running.catch(() => {});
    },
  };
}

/** Forgets items the feed no longer lists, oldest first, once a feed has too many remembered. */
function forgetOld(feed: FeedState, listed: Set<string>): void {
  const keys = Object.keys(feed.items);
  if (keys.length <= MAX_REMEMBERED) return;
  const stale = keys
    .filter((k) => !listed.has(k) && feed.items[k]!.state !== 'pending')
    .sort((a, b) => feed.items[a]!.at.localeCompare(feed.items[b]!.at));
  for (const key of stale.slice(0, keys.length - MAX_REMEMBERED)) delete feed.items[key];
}

/** A URL for the log: a private feed's address may carry a token in its query or user info. */
function display(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return url;
  }
}
