// Tests of src/store: ingest outcomes, one transaction per article, the change log, speaker
// canonicalisation, persistence, seeding, errors, and a child process killed mid-ingest.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ClaimIndex } from '../src/search/index.ts';
import { ClaimStore, StoreError, canonicalKey, type CanonicalSpeaker, type StoreErrorCode } from '../src/store/index.ts';
import { ensureSeeded } from '../src/ingest/index.ts';
import { MIGRATIONS } from '../src/store/schema.ts';
import type { Claim } from '../src/claims/index.ts';
import { articleWith, makeArticle, makeClaim, type SpeakerSpec } from './fixtures/store/make.ts';
import { tempDirs } from './fixtures/temp.ts';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const CHILD = join(ROOT, 'test', 'fixtures', 'store', 'ingest-child.ts');

const tempDir = tempDirs('store');

const memory = () => ClaimStore.openFile(':memory:');

function throwsStoreError(fn: () => unknown, code: StoreErrorCode, mentions?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof StoreError, `expected a StoreError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (mentions) assert.ok(e.message.includes(mentions), `"${e.message}" should name ${mentions}`);
    return true;
  });
}

/** Ingests one article whose claims are said by `speakers` (one claim each). */
function say(store: ClaimStore, body: string, speakers: Array<SpeakerSpec | string>) {
  const { article, claims } = articleWith(body, speakers);
  return { article, claims, result: store.ingest(article, claims) };
}

function speakerOf(store: ClaimStore, claimId: string): CanonicalSpeaker {
  const [claim] = store.claimsByIds([claimId]);
  assert.ok(claim, `claim ${claimId} is stored`);
  const speaker = store.speaker(claim.speakerId);
  assert.ok(speaker);
  return speaker;
}

describe('ingest', () => {
  it('adds an article and its claims, with the citation data on each stored claim', () => {
    const store = memory();
    const { article, claims } = articleWith('Body one.', ['Volodymyr Zelensky', 'Hanna Maliar'], {
      source: 'a.txt',
      url: 'https://news.test/a',
      headline: 'Head',
      outlet: 'Kyiv Post',
    });
    assert.deepEqual(store.ingest(article, claims), { status: 'added', articleId: article.id, claims: 2 });
    assert.deepEqual(store.counts(), { articles: 1, claims: 2, speakers: 2 });
    const stored = store.claimsOfArticle(article.id);
    assert.deepEqual(
      stored.map((c) => [c.id, c.speaker.name, c.outlet, c.headline, c.url, c.source, c.publishedAt]),
      claims.map((c) => [c.id, c.speaker.name, 'Kyiv Post', 'Head', 'https://news.test/a', 'a.txt', '2023-04-03']),
    );
    const { ingestedAt, ...back } = store.article(article.id)!;
    assert.deepEqual(back, article);
    assert.match(ingestedAt, /^\d{4}-\d\d-\d\dT/);
    assert.equal(store.article('nope'), null);
  });

  it('re-ingesting the same body is a no-op: unchanged, nothing written, version kept', () => {
    const store = memory();
    const { article, claims } = articleWith('Same body.', ['Hanna Maliar'], { source: 'a.txt' });
    store.ingest(article, claims);
    const version = store.version();
    // Same body from another file: same id, still unchanged, and the first source is kept.
    assert.deepEqual(store.ingest({ ...article, source: 'copy.txt' }, claims), { status: 'unchanged', articleId: article.id, claims: 1 });
    assert.equal(store.version(), version);
    assert.equal(store.article(article.id)!.source, 'a.txt');
    assert.deepEqual(store.changesSince(version).added, []);
  });

  it('a corrected version from the same source replaces the article and its claims', () => {
    const store = memory();
    const v1 = articleWith('First version.', ['Hanna Maliar', 'Oleksii Reznikov'], { source: 'feed/item-1' });
    const v2 = articleWith('Corrected version.', ['Hanna Maliar'], { source: 'feed/item-1' });
    store.ingest(v1.article, v1.claims);
    assert.deepEqual(store.ingest(v2.article, v2.claims), { status: 'replaced', articleId: v2.article.id, claims: 1, replaced: v1.article.id });
    assert.equal(store.article(v1.article.id), null);
    assert.deepEqual(store.claimsOfArticle(v1.article.id), []);
    assert.deepEqual(store.claimsByIds(v1.claims.map((c) => c.id)), []);
    assert.deepEqual(store.allClaims().map((c) => c.id), v2.claims.map((c) => c.id));
    // Reznikov was only in the replaced version: he is gone too.
    assert.deepEqual(store.counts(), { articles: 1, claims: 1, speakers: 1 });
    assert.deepEqual(store.findSpeakers('reznikov'), []);
    assert.deepEqual(store.verify(), []);
  });

  it('a corrected version at the same URL (another source) replaces it too', () => {
    const store = memory();
    const v1 = articleWith('Old text.', ['Hanna Maliar'], { source: 'https://news.test/x?utm=1', url: 'https://news.test/x' });
    const v2 = articleWith('New text.', ['Hanna Maliar'], { source: 'saved/x.html', url: 'https://news.test/x' });
    store.ingest(v1.article, v1.claims);
    const result = store.ingest(v2.article, v2.claims);
    assert.equal(result.status, 'replaced');
    assert.equal(result.replaced, v1.article.id);
    assert.equal(store.counts().articles, 1);
    assert.deepEqual(store.claimsOfArticle(v1.article.id), []);
    // Articles without a URL never replace each other by URL.
    const a = articleWith('No url A.', ['Hanna Maliar'], { source: 'a' });
    const b = articleWith('No url B.', ['Hanna Maliar'], { source: 'b' });
    assert.equal(store.ingest(a.article, a.claims).status, 'added');
    assert.equal(store.ingest(b.article, b.claims).status, 'added');
    assert.equal(store.counts().articles, 3);
  });

  it('is one transaction: a claim breaking a constraint leaves nothing of the article', () => {
    const store = memory();
    const article = makeArticle('Three claims, the last one bad.', { source: 'bad.txt' });
    const claims = [
      makeClaim(article, 0, { name: 'Volodymyr Zelensky' }),
      makeClaim(article, 1, { name: 'Wagner Group', kind: 'organisation' }),
      makeClaim(article, 2, { name: 'Hanna Maliar' }, { kind: 'bogus' as Claim['kind'] }),
    ];
    throwsStoreError(() => store.ingest(article, claims), 'constraint', 'bad.txt');
    assert.equal(store.article(article.id), null);
    assert.deepEqual(store.counts(), { articles: 0, claims: 0, speakers: 0 });
    assert.equal(store.version(), 0);
    assert.deepEqual(store.changesSince(0), { added: [], removedIds: [], version: 0 });
    // The same article, fixed, goes in; the speakers made by the failed attempt never existed.
    claims[2] = makeClaim(article, 2, { name: 'Hanna Maliar' });
    assert.equal(store.ingest(article, claims).status, 'added');
    assert.deepEqual(store.speakers().map((s) => s.id), ['s1', 's2', 's3']);
    assert.deepEqual(store.verify(), []);
  });

  it('a failed replacement keeps the old version whole', () => {
    const store = memory();
    const v1 = articleWith('Good old version.', ['Hanna Maliar', 'Oleksii Reznikov'], { source: 'item' });
    store.ingest(v1.article, v1.claims);
    const article = makeArticle('Broken new version.', { source: 'item' });
    const broken = [makeClaim(article, 0, { name: 'Hanna Maliar' }), makeClaim(article, 1, { name: 'Hanna Maliar' }, { start: 5, end: 1 })];
    throwsStoreError(() => store.ingest(article, broken), 'constraint');
    assert.equal(store.claimsOfArticle(v1.article.id).length, 2);
    assert.equal(store.article(article.id), null);
    assert.deepEqual(store.counts(), { articles: 1, claims: 2, speakers: 2 });
    assert.deepEqual(store.verify(), []);
  });

  it('refuses claims of another article before writing anything', () => {
    const store = memory();
    const { article, claims } = articleWith('Body.', ['Hanna Maliar']);
    throwsStoreError(() => store.ingest(article, [{ ...claims[0]!, articleId: 'other' }]), 'bad_input');
    assert.equal(store.counts().articles, 0);
  });

  it('claimsByIds keeps the order given and skips unknown ids', () => {
    const store = memory();
    const { claims } = say(store, 'Order.', ['Hanna Maliar', 'Oleksii Reznikov', 'Konrad Muzyka']);
    const ids = [claims[2]!.id, 'missing', claims[0]!.id];
    assert.deepEqual(store.claimsByIds(ids).map((c) => c.id), [claims[2]!.id, claims[0]!.id]);
    assert.deepEqual(store.claimsByIds([]), []);
  });
});

describe('changesSince', () => {
  it('reports the claims added and removed after a version, and the version reached', () => {
    const store = memory();
    assert.equal(store.version(), 0);
    const a = say(store, 'A.', ['Hanna Maliar', 'Oleksii Reznikov']);
    const v1 = store.version();
    const b = say(store, 'B.', ['Konrad Muzyka']);
    const a2 = articleWith('A, corrected.', ['Hanna Maliar'], { source: a.article.source });
    store.ingest(a2.article, a2.claims);
    assert.equal(store.version(), 3);

    const since1 = store.changesSince(v1);
    assert.deepEqual(since1.added.map((c) => c.id), [...b.claims, ...a2.claims].map((c) => c.id));
    assert.deepEqual(new Set(since1.removedIds), new Set(a.claims.map((c) => c.id)));
    assert.equal(since1.version, 3);
    assert.deepEqual(store.changesSince(3), { added: [], removedIds: [], version: 3 });

    // From 0: exactly what is stored now (removed ones listed, none of them stored).
    const all = store.changesSince(0);
    assert.deepEqual(new Set(all.added.map((c) => c.id)), new Set(store.allClaims().map((c) => c.id)));
    for (const id of all.removedIds) assert.equal(store.claimsByIds([id]).length, 0);
  });

  it('a claim removed and later stored again is in both lists (remove first, then add)', () => {
    const store = memory();
    const v1 = articleWith('Version one.', ['Hanna Maliar'], { source: 's' });
    const v2 = articleWith('Version two.', ['Hanna Maliar'], { source: 's' });
    store.ingest(v1.article, v1.claims);
    store.ingest(v2.article, v2.claims);
    store.ingest(v1.article, v1.claims); // the correction is withdrawn
    const { added, removedIds } = store.changesSince(1);
    assert.deepEqual(added.map((c) => c.id), v1.claims.map((c) => c.id));
    assert.deepEqual(new Set(removedIds), new Set([...v1.claims, ...v2.claims].map((c) => c.id)));
    const index = new ClaimIndex();
    index.add(v1.claims.map((c) => store.claimsByIds([c.id])[0]!));
    index.remove(removedIds);
    index.add(added);
    assert.equal(index.size, 1);
    assert.ok(index.has(v1.claims[0]!.id));
  });
});

describe('speakers', () => {
  it('speakersByIds reads several speakers at once, aliases and all, as speaker() does one', () => {
    const store = memory();
    try {
      const one = say(store, 'Zelensky spoke.', ['Volodymyr Zelensky', 'Hanna Maliar']);
      const two = say(store, 'Zelenskyy spoke again.', ['Volodymyr Zelenskyy', 'Andriy Yermak']);
      const ids = [...one.claims, ...two.claims].map((c) => store.claimsByIds([c.id])[0]!.speakerId);
      const many = store.speakersByIds([...ids, 'no-such-speaker']);
      assert.equal(many.size, 3, 'one Zelensky, Maliar, Yermak');
      for (const id of ids) assert.deepEqual(many.get(id), store.speaker(id));
      assert.deepEqual(many.get(ids[0]!)!.aliases.sort(), ['Volodymyr Zelensky', 'Volodymyr Zelenskyy']);
    } finally {
      store.close();
    }
  });

  it('canonicalKey folds case, diacritics, honorifics and transliteration', () => {
    const same = (names: string[]) => assert.equal(new Set(names.map((n) => canonicalKey(n))).size, 1, names.join(' / '));
    same(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'ZELENSKI', 'President Zelensky', 'Mr. Zelensky']);
    same(['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Ukrainian President Volodymyr Zelensky']);
    same(['Oleksandr Syrskyi', 'Oleksandr Syrsky', 'Oleksandr Syrskiy']);
    same(['Serhiy Cherevatiy', 'Serhiy Cherevaty', 'Serhii Cherevatyi']);
    same(['Oleksii Reznikov', 'Oleksiy Reznikov']);
    same(['Yevgeny Prigozhin', 'Yevgény Prigozhin', 'Gen. Yevgeny Prigozhin']);
    assert.equal(canonicalKey('Mr. Prigozhin'), 'prigozhin');
    assert.equal(canonicalKey('the Wagner chief'), 'wagner chief');
    assert.notEqual(canonicalKey('Kharkiv'), canonicalKey('Harkiv'));
    assert.equal(canonicalKey('John Major'), 'john major');
    assert.equal(canonicalKey('Institute for the Study of War (ISW)', 'organisation'), canonicalKey('the Institute for the Study of War', 'organisation'));
    assert.equal(canonicalKey('General Staff', 'organisation'), 'general staf');
    // Letters that are letters of their own, not accented ones, fold as readers type them.
    same(['Lech Wałęsa', 'Lech Walesa', 'LECH WAŁĘSA']);
    same(['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan']);
    assert.equal(canonicalKey('Øresund Bridge Authority', 'organisation'), 'oresund bridge authority');
  });

  it('Zelensky / Zelenskyy / Zelenskiy are one speaker with three aliases', () => {
    const store = memory();
    const a = say(store, 'Kyiv Post.', ['Volodymyr Zelensky', 'Volodymyr Zelensky']);
    const b = say(store, 'Guardian.', ['Volodymyr Zelenskyy']);
    const c = say(store, 'Reuters.', [{ name: 'Zelenskiy', role: 'President' }]);
    const speakers = store.speakers();
    assert.equal(speakers.length, 1);
    const zelensky = speakers[0]!;
    assert.equal(zelensky.name, 'Volodymyr Zelensky', 'the most used full spelling');
    assert.deepEqual(new Set(zelensky.aliases), new Set(['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy']));
    assert.equal(zelensky.aliases.length, 3);
    assert.deepEqual(zelensky.roles, ['President']);
    for (const claim of [a, b, c].flatMap((x) => x.claims)) assert.equal(speakerOf(store, claim.id).id, zelensky.id);
    for (const query of ['zelensky', 'Zelenskyy', 'ZELENSKIY', 'Volodymyr Zelenskiy', 'President Zelensky']) {
      assert.deepEqual(store.findSpeakers(query).map((s) => s.id), [zelensky.id], query);
    }
  });

  it('Syrsky / Syrskyi and Cherevatiy / Cherevaty each become one speaker; others stay apart', () => {
    const store = memory();
    say(store, 'One.', ['Oleksandr Syrsky', 'Serhiy Cherevatiy', 'Oleksii Reznikov']);
    say(store, 'Two.', ['Oleksandr Syrskyi', 'Serhiy Cherevaty', 'Hanna Maliar']);
    assert.deepEqual(
      store.speakers().map((s) => [...s.aliases].sort()),
      [['Oleksandr Syrsky', 'Oleksandr Syrskyi'], ['Serhiy Cherevatiy', 'Serhiy Cherevaty'], ['Oleksii Reznikov'], ['Hanna Maliar']],
    );
  });

  it('a bare surname joins the only person with it; two people sharing a surname are never merged', () => {
    const store = memory();
    const joe = say(store, 'Joe.', ['Joe Biden']);
    const bare1 = say(store, 'Bare one.', ['Biden']);
    assert.equal(speakerOf(store, bare1.claims[0]!.id).id, speakerOf(store, joe.claims[0]!.id).id, '"Biden" joins the only Biden');

    const hunter = say(store, 'Hunter.', ['Hunter Biden']);
    const joeId = speakerOf(store, joe.claims[0]!.id).id;
    const hunterId = speakerOf(store, hunter.claims[0]!.id).id;
    assert.notEqual(hunterId, joeId, 'different first names are different people');

    const bare2 = say(store, 'Bare two.', ['Biden']);
    const bareId = speakerOf(store, bare2.claims[0]!.id).id;
    assert.ok(bareId !== joeId && bareId !== hunterId, 'a later bare "Biden" joins neither');
    const bare3 = say(store, 'Bare three.', ['Mr. Biden']);
    assert.equal(speakerOf(store, bare3.claims[0]!.id).id, bareId, 'and later bare ones keep to that speaker');

    // "Joe Biden" spelled again still goes to Joe, and "J. Biden" is compatible with Joe only.
    assert.equal(speakerOf(store, say(store, 'Joe again.', ['Joe Biden']).claims[0]!.id).id, joeId);
    assert.equal(speakerOf(store, say(store, 'Initial.', ['J. Biden']).claims[0]!.id).id, joeId);
    assert.equal(store.speaker(joeId)!.name, 'Joe Biden');

    // from:biden finds all three; a full name finds only that person.
    assert.deepEqual(new Set(store.findSpeakers('biden').map((s) => s.id)), new Set([joeId, hunterId, bareId]));
    assert.deepEqual(store.findSpeakers('Hunter Biden').map((s) => s.id), [hunterId]);
  });

  it('an initial matches a first name only when one person has it', () => {
    const store = memory();
    const jill = speakerOf(store, say(store, 'Jill.', ['Jill Biden']).claims[0]!.id).id;
    const joe = speakerOf(store, say(store, 'Joe.', ['Joe Biden']).claims[0]!.id).id;
    const j = speakerOf(store, say(store, 'J.', ['J. Biden']).claims[0]!.id).id;
    assert.ok(j !== jill && j !== joe);
    assert.equal(speakerOf(store, say(store, 'J again.', ['J. Biden']).claims[0]!.id).id, j);
    const store2 = memory();
    const only = speakerOf(store2, say(store2, 'H.', ['H. Biden']).claims[0]!.id).id;
    assert.equal(speakerOf(store2, say(store2, 'Hunter.', ['Hunter Biden']).claims[0]!.id).id, only, 'a full name fills in the initial');
    assert.equal(store2.speaker(only)!.name, 'Hunter Biden');
  });

  it('a surname seen first is joined by the full name later', () => {
    const store = memory();
    const bare = say(store, 'Bare.', ['Prigozhin', 'Prigozhin']);
    const full = say(store, 'Full.', [{ name: 'Yevgeny Prigozhin', role: 'head of the Wagner group' }]);
    const id = speakerOf(store, bare.claims[0]!.id).id;
    assert.equal(speakerOf(store, full.claims[0]!.id).id, id);
    assert.equal(store.speaker(id)!.name, 'Yevgeny Prigozhin', 'a full spelling is preferred even when used less');
    // Within one article, the full name is resolved first whatever the order of the claims.
    const store2 = memory();
    const mixed = say(store2, 'Mixed.', ['Biden', 'Hunter Biden']);
    assert.equal(speakerOf(store2, mixed.claims[0]!.id).id, speakerOf(store2, mixed.claims[1]!.id).id);
  });

  it('role descriptions stay their own speaker; organisations merge only on the same folded name', () => {
    const store = memory();
    const one = say(store, 'One.', [
      'Yevgeny Prigozhin',
      'the Wagner chief',
      { name: 'Wagner Group', kind: 'organisation' },
      { name: "Russia's defense ministry", kind: 'organisation' },
    ]);
    const two = say(store, 'Two.', [
      'the Wagner chief',
      { name: 'The Wagner Group', kind: 'group' },
      { name: 'the defense ministry', kind: 'organisation' },
      { name: 'Institute for the Study of War (ISW)', kind: 'organisation' },
    ]);
    say(store, 'Three.', [{ name: 'Institute for the Study of War', kind: 'organisation' }]);
    const id = (x: { claims: Claim[] }, i: number) => speakerOf(store, x.claims[i]!.id).id;
    assert.notEqual(id(one, 1), id(one, 0), '"the Wagner chief" is not merged into Prigozhin');
    assert.notEqual(id(two, 0), id(one, 1), 'nor with the same description in another article');
    assert.equal(id(two, 1), id(one, 2), '"The Wagner Group" is "Wagner Group"');
    assert.notEqual(id(two, 2), id(one, 3), '"the defense ministry" is not assumed to be Russia\'s');
    assert.equal(store.findSpeakers('Institute for the Study of War').length, 1);
    assert.deepEqual(store.findSpeakers('prigozhin').map((s) => s.id), [id(one, 0)]);
    assert.ok(store.findSpeakers('wagner').some((s) => s.id === id(one, 2)));
  });

  it('a correction that drops a spelling drops the alias and keeps the speaker id', () => {
    const store = memory();
    const v1 = articleWith('V1.', ['Volodymyr Zelenskiy', 'Hanna Maliar'], { source: 'item' });
    store.ingest(v1.article, v1.claims);
    say(store, 'Other.', ['Volodymyr Zelensky']);
    const id = speakerOf(store, v1.claims[0]!.id).id;
    const v2 = articleWith('V2.', ['Volodymyr Zelensky'], { source: 'item' });
    store.ingest(v2.article, v2.claims);
    assert.equal(speakerOf(store, v2.claims[0]!.id).id, id);
    assert.deepEqual(store.speaker(id)!.aliases, ['Volodymyr Zelensky']);
    assert.deepEqual(store.verify(), []);
  });
});

describe('claimPages', () => {
  it('reads every claim once, in storage order, a page at a time, and sees a new outlet in outlets()', () => {
    const store = memory();
    try {
      const stored = [0, 1, 2, 3, 4].map((i) => {
        const x = articleWith(`Body ${i} of the paging test.`, ['Olena Kovalenko', 'Ihor Marchenko', 'Lena Ortiz'], { source: `page-${i}.txt` });
        store.ingest(x.article, x.claims);
        return x;
      });
      // A corrected third article: its three claims go, its one new claim comes last.
      const corrected = articleWith('Body 2 of the paging test, corrected.', ['Lena Ortiz'], { source: 'page-2.txt' });
      assert.equal(store.ingest(corrected.article, corrected.claims).status, 'replaced');
      const pages = [...store.claimPages(4)];
      assert.deepEqual(pages.map((p) => p.length), [4, 4, 4, 1]);
      const expected = [...stored.filter((_, i) => i !== 2), corrected].flatMap((x) => x.claims.map((c) => c.id));
      assert.deepEqual(pages.flat().map((c) => c.id), expected);
      assert.deepEqual(store.allClaims().map((c) => c.id), expected);
      assert.deepEqual([...store.claimPages(100)].length, 1);

      assert.deepEqual(store.outlets(), ['Test Gazette']);
      const other = articleWith('Body from another outlet.', ['Lena Ortiz'], { outlet: 'Odesa Courier' });
      store.ingest(other.article, other.claims);
      assert.deepEqual(store.outlets(), ['Odesa Courier', 'Test Gazette'], 'the cached list follows the store version');
    } finally {
      store.close();
    }
  });
});

describe('files', () => {
  it('persists across close and open, in WAL mode, under the data folder', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const store = ClaimStore.open(dataDir);
    const a = say(store, 'Persisted.', ['Volodymyr Zelenskyy', { name: 'Wagner Group', kind: 'organisation' }]);
    say(store, 'Persisted two.', ['Zelensky']);
    store.logIngest('x.txt', 'added', '2 claims');
    const before = { counts: store.counts(), version: store.version(), speakers: store.speakers(), claims: store.allClaims() };
    store.close();
    store.close(); // twice is fine
    throwsStoreError(() => store.counts(), 'closed');

    const file = join(dataDir, 'claimdesk.db');
    assert.ok(existsSync(file));
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    raw.close();

    const again = ClaimStore.open(dataDir);
    assert.deepEqual({ counts: again.counts(), version: again.version(), speakers: again.speakers(), claims: again.allClaims() }, before);
    assert.equal(again.ingest(a.article, a.claims).status, 'unchanged');
    assert.deepEqual(again.ingestLog(1).map((e) => [e.source, e.outcome, e.detail]), [['x.txt', 'added', '2 claims']]);
    again.close();
  });

  it('migrating a store written with the older folding re-keys its speakers: old and new spellings meet', () => {
    const file = join(tempDir(), 'old.db');
    const store = ClaimStore.openFile(file);
    const { claims } = say(store, 'Wałęsa spoke.', [{ name: 'Lech Wałęsa', role: 'Łódź mayor' }]);
    say(store, 'Wałęsa spoke again.', [{ name: 'Lech Wałęsa', role: 'Lodz mayor' }]);
    const id = speakerOf(store, claims[0]!.id).id;
    store.close();

    // Put the file back as schema 3 wrote it: "ł" was kept by the folding, so the keys held it.
    const raw = new Database(file);
    raw.prepare(`UPDATE speaker_aliases SET key = 'lech wałesa', last = 'wałesa'`).run();
    raw.prepare(`UPDATE speaker_roles SET key = 'łodz mayor', uses = 1`).run();
    raw.prepare(`INSERT INTO speaker_roles (speaker_id, key, role, uses, last_seen) VALUES (?, 'lodz mayor', 'Lodz mayor', 1, 99)`).run(id);
    raw.pragma('user_version = 3');
    raw.close();
    const old = new Database(file, { readonly: true });
    assert.equal((old.prepare(`SELECT count(*) AS n FROM speaker_roles`).get() as { n: number }).n, 2);
    old.close();

    const again = ClaimStore.openFile(file);
    assert.deepEqual(again.findSpeakers('walesa').map((s) => s.id), [id]);
    assert.deepEqual(again.findSpeakers('Lech Walesa').map((s) => s.id), [id]);
    const later = say(again, 'Walesa spoke once more.', ['Lech Walesa']);
    assert.equal(speakerOf(again, later.claims[0]!.id).id, id, 'a new spelling joins the stored speaker');
    again.close();
    const migrated = new Database(file, { readonly: true });
    assert.equal(migrated.pragma('user_version', { simple: true }), MIGRATIONS.length);
    assert.deepEqual(migrated.prepare(`SELECT key, uses, last_seen FROM speaker_roles`).all(), [{ key: 'lodz mayor', uses: 2, last_seen: 99 }]);
    migrated.close();
  });

  it('names the file in errors: not a database, another program\'s database, a newer schema', () => {
    const dir = tempDir();
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'this is not a database, just text '.repeat(200));
    throwsStoreError(() => ClaimStore.openFile(garbage), 'corrupt', garbage);

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    throwsStoreError(() => ClaimStore.openFile(foreign), 'not_a_store', foreign);

    const newer = join(dir, 'newer.db');
    ClaimStore.openFile(newer).close();
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    throwsStoreError(() => ClaimStore.openFile(newer), 'too_new', newer);

    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    throwsStoreError(() => ClaimStore.open(join(blocked, 'data')), 'open_failed', 'a-file');
  });
});

describe('ensureSeeded', () => {
  it('fills an empty store with the seeds, once', async () => {
    const store = ClaimStore.open(tempDir());
    const first = await ensureSeeded(store, SEEDS);
    assert.equal(first.seeded, true);
    assert.equal(first.report?.counts.added, 5);
    assert.equal(first.report?.counts.failed, 0);
    const counts = store.counts();
    assert.equal(counts.articles, 5);
    assert.ok(counts.claims >= 50, `${counts.claims} claims`);
    assert.equal(store.ingestLog(10).filter((e) => e.outcome === 'added').length, 5);

    const version = store.version();
    const second = await ensureSeeded(store, SEEDS);
    assert.equal(second.seeded, false);
    assert.equal(second.report, null);
    assert.equal(store.version(), version);
    assert.deepEqual(store.counts(), counts);

    // The seeds spell Zelensky two ways and name Prigozhin in five articles: one speaker each.
    // (A bare "Prigozhin said" is now written out as the full name the article gave before.)
    const [zelensky] = store.findSpeakers('zelenskiy');
    assert.ok(zelensky);
    assert.deepEqual(new Set(zelensky.aliases), new Set(['Volodymyr Zelensky', 'Volodymyr Zelenskyy']));
    const [prigozhin, ...rest] = store.findSpeakers('prigozhin');
    assert.equal(rest.length, 0);
    assert.equal(prigozhin!.name, 'Yevgeny Prigozhin');
    assert.deepEqual(store.verify(), []);
    store.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Crash test: a child process ingesting in a loop is killed (SIGKILL) three times, twice while
// blocked inside an ingest transaction (once in a replacement), once wherever it happens to be.
// After each kill the store must be intact, every article must have all its claims, and an
// index kept in step through changesSince must hold exactly the stored claims.

interface ChildRun {
  lines: string[];
  stderr: string;
}

/** Runs the child until `killWhen` says so for a line, then SIGKILLs it. */
function runChild(file: string, start: number, stallAt: number | null, killWhen: (line: string, lines: string[]) => boolean): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const args = ['--import', 'tsx', CHILD, file, String(start), ...(stallAt === null ? [] : [String(stallAt)])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    let pending = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not reach the kill point in 60 s; lines: ${lines.slice(-5).join(' | ')}; stderr: ${stderr}`));
    }, 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (killed) continue; // anything after the kill decision is ignored, as if never seen
        lines.push(line);
        if (killWhen(line, lines)) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killed) resolvePromise({ lines, stderr });
      else reject(new Error(`child exited early (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('a child killed mid-ingest leaves the store consistent and the index in step', async () => {
    const file = join(tempDir(), 'crash.db');
    const index = new ClaimIndex();
    let indexedVersion = 0;
    let writes = 0; // committed ingests that wrote (each bumps the version once)
    const present = new Set<string>(); // articles whose commit the child reported, minus those replaced
    let next = 0;

    const rounds: Array<{ stallAt: number | null; killWhen: (line: string, lines: string[]) => boolean }> = [
      // Index 5 is a correction of 4: killed half-way through replacing it.
      { stallAt: 5, killWhen: (line) => line.startsWith('mid ') },
      // Index 9 is a new article: killed half-way through adding it.
      { stallAt: 9, killWhen: (line) => line.startsWith('mid ') },
      // No stall: killed as the child starts its fourth ingest of the round, wherever it is then.
      { stallAt: null, killWhen: (_line, lines) => lines.filter((l) => l.startsWith('begin ')).length === 4 },
    ];

    for (const [round, { stallAt, killWhen }] of rounds.entries()) {
      const { lines } = await runChild(file, next, stallAt, killWhen);
      let inFlight: { index: number; id: string } | null = null;
      for (const line of lines) {
        const [what, index, id, status, replaced] = line.split(' ');
        if (what === 'begin') inFlight = { index: Number(index), id: id! };
        if (what === 'commit') {
          inFlight = null;
          present.add(id!);
          if (replaced !== '-') present.delete(replaced!);
          if (status !== 'unchanged') writes++;
          next = Number(index) + 1;
        }
      }
      assert.ok(inFlight, `round ${round}: an ingest was in flight when the child was killed`);
      if (stallAt !== null) assert.equal(inFlight.index, stallAt);
      next = inFlight.index; // the next round starts again with the interrupted article

      const store = ClaimStore.openFile(file);
      const raw = new Database(file, { readonly: true });
      try {
        assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
        assert.deepEqual(store.verify(), [], `round ${round}: store invariants`);

        // Every article has exactly the claims it was generated with.
        const articles = raw.prepare('SELECT id, headline FROM articles').all() as Array<{ id: string; headline: string }>;
        for (const a of articles) {
          const expected = Number(/^claims=(\d+)$/.exec(a.headline)![1]);
          assert.equal(store.claimsOfArticle(a.id).length, expected, `round ${round}: article ${a.id} has all ${expected} claims`);
        }
        // Every reported commit survived; the interrupted ingest left nothing when it was stopped
        // inside its transaction (and a replacement it was making left the old version in place).
        const stored = new Set(articles.map((a) => a.id));
        for (const id of present) assert.ok(stored.has(id), `round ${round}: committed article ${id} is stored`);
        const extra = [...stored].filter((id) => !present.has(id));
        if (stallAt !== null) {
          assert.deepEqual(extra, [], `round ${round}: nothing of the interrupted article`);
          assert.equal(store.version(), writes);
        } else {
          // Killed without a stall, the in-flight ingest may have committed just before the kill.
          assert.ok(extra.length === 0 || (extra.length === 1 && extra[0] === inFlight.id), `round ${round}: unexpected articles ${extra.join(', ')}`);
          assert.ok(store.version() === writes || store.version() === writes + 1);
        }

        // The change log agrees with the stored claims…
        const storedIds = new Set(store.allClaims().map((c) => c.id));
        const all = store.changesSince(0);
        assert.equal(all.version, store.version());
        assert.deepEqual(new Set(all.added.map((c) => c.id)), storedIds);
        for (const id of all.removedIds) assert.ok(!storedIds.has(id) || all.added.some((c) => c.id === id));
        // …and an index kept in step with it, as the core does at start, holds exactly them.
        const changes = store.changesSince(indexedVersion);
        index.remove(changes.removedIds);
        index.add(changes.added);
        indexedVersion = changes.version;
        assert.equal(index.size, storedIds.size, `round ${round}: index size`);
        for (const id of storedIds) assert.ok(index.has(id));
        assert.ok(articles.length >= 3, `round ${round}: the child stored some articles (${articles.length})`);
      } finally {
        raw.close();
        store.close();
      }
    }
  });
});
