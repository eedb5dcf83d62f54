// The claim index on its own: ranking, prefix and fuzzy matching, filters applied before the cut,
// removal, the saved form, suggestions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClaimIndex, normaliseTerm } from '../src/search/index.ts';
import type { StoredClaim } from '../src/store/index.ts';

let serial = 0;
function claim(content: string, over: Partial<StoredClaim> & { speakerName?: string; role?: string } = {}): StoredClaim {
  const id = over.id ?? `c${++serial}`;
  const name = over.speakerName ?? 'Hanna Maliar';
  return {
    id,
    articleId: over.articleId ?? `a${serial}`,
    speaker: { name, role: over.role ?? null, kind: 'person', mention: name },
    cue: 'said',
    kind: 'indirect',
    content,
    start: 0,
    end: content.length,
    sentence: `${name} said ${content}`,
    saidOn: over.saidOn ?? null,
    via: null,
    speakerId: over.speakerId ?? `s-${name}`,
    outlet: over.outlet === undefined ? 'Kyiv Independent' : over.outlet,
    headline: over.headline ?? null,
    publishedAt: over.publishedAt === undefined ? '2023-05-20' : over.publishedAt,
    url: null,
    source: `${id}.txt`,
  };
}

const ids = (index: ClaimIndex, words: string, options: Parameters<ClaimIndex['search']>[1] = {}) => index.search(words.split(' '), options).hits.map((h) => h.id);

describe('claim index', () => {
  it('ranks claims with every word first, and the speaker and content above the headline', () => {
    const index = new ClaimIndex();
    index.add([
      claim('fighting continues in Bakhmut', { id: 'one-word' }),
      claim('Russian forces do not control Bakhmut', { id: 'both-words' }),
      claim('supplies reached the front', { id: 'headline-only', headline: 'Bakhmut control disputed' }),
      claim('the weather was cold', { id: 'none' }),
    ]);
    const found = ids(index, 'bakhmut control');
    assert.equal(found[0], 'both-words');
    assert.ok(found.includes('one-word') && found.includes('headline-only'));
    assert.ok(!found.includes('none'));
    assert.ok(found.indexOf('one-word') < found.indexOf('headline-only'), 'content outweighs the headline');
    const byName = index.search(['maliar']).hits;
    assert.equal(byName.length, 4, 'the speaker field is searched');
  });

  it('folds case, diacritics and possessives the same way in claims and queries', () => {
    assert.deepEqual(
      ['Zelenskyy’s', "Trump's", 'ŁÓDŹ', 'Café', 'İstanbul', 'ﬁnance', 'Øresund', 'Straße', 'Said', 'THE'].map(normaliseTerm),
      ['zelenskyy', 'trump', 'lodz', 'cafe', 'istanbul', 'finance', 'oresund', 'strasse', null, null],
    );
    const index = new ClaimIndex();
    index.add([claim('the café in Łódź reopened, Wałęsa said', { id: 'cafe' })]);
    // "Ł" has no accent to strip (it is a letter of its own), yet readers type it as "L".
    assert.deepEqual(ids(index, 'lodz'), ['cafe']);
    assert.deepEqual(ids(index, 'walesa'), ['cafe']);
    assert.deepEqual(ids(index, 'ŁÓDŹ'), ['cafe']);
    assert.deepEqual(ids(index, 'Café'), ['cafe']);
  });

  it('matches a prefix of four letters or more, and a typo only when exact matching finds too little', () => {
    const index = new ClaimIndex();
    index.add([claim('Wagner fighters entered Bakhmut', { id: 'b' }), claim('the bakery in the town was shelled', { id: 'bakery' })]);
    assert.deepEqual(ids(index, 'bakh'), ['b'], 'prefix "bakh"');
    assert.deepEqual(ids(index, 'bak'), [], 'no prefix match under four letters');
    assert.deepEqual(ids(index, 'bakhmutt'), ['b'], 'one letter too many is within reach');
    assert.deepEqual(ids(index, 'wagner'), ['b']);
    assert.deepEqual(ids(index, 'the said'), [], 'stop words alone match nothing');
  });

  it('applies speaker, outlet, date and id filters before it keeps the best hits', () => {
    const index = new ClaimIndex();
    // 300 claims that say "ceasefire" twice outrank the one that says it once, by another speaker.
    const crowd = Array.from({ length: 300 }, (_, i) => claim('ceasefire now, ceasefire soon', { id: `crowd${i}`, speakerName: 'Ivo Brandt', outlet: 'AFP', publishedAt: '2024-02-01' }));
    const lone = claim('a ceasefire is possible but not this month', { id: 'lone', speakerName: 'Lena Ortiz', outlet: 'Reuters', saidOn: '2023-05', publishedAt: '2023-06-02' });
    index.add([...crowd, lone]);
    assert.equal(ids(index, 'ceasefire', { limit: 10 }).includes('lone'), false, 'outranked without a filter');
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, speakerIds: new Set(['s-Lena Ortiz']) }), ['lone']);
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, outlets: new Set(['Reuters']) }), ['lone']);
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, until: '2023-12-31' }), ['lone'], 'said in May 2023');
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, since: '2023-05-31', until: '2023-05-31' }), ['lone'], 'a month-precision date overlaps its last day');
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, since: '2023-06-01', until: '2023-12-31' }), [], 'saidOn wins over the publication date');
    assert.deepEqual(ids(index, 'ceasefire', { limit: 10, onlyIds: new Set(['lone', 'crowd7']) }).sort(), ['crowd7', 'lone']);
    const filtered = index.search(['ceasefire'], { limit: 10, speakerIds: new Set(['s-nobody']) });
    assert.deepEqual(filtered, { hits: [], matched: 0, matchedWords: 301 }, 'the words matched, the filter let none through');
    const all = index.search(['ceasefire'], { limit: 10 });
    assert.equal(all.hits.length, 10);
    assert.equal(all.matched, 301);
  });

  it('lists the newest claims that pass the filters, with totals over all of them', () => {
    const index = new ClaimIndex();
    index.add([
      claim('the port reopened', { id: 'may', speakerName: 'Ivo Brandt', saidOn: '2024-05-02', outlet: 'AFP' }),
      claim('the port will reopen', { id: 'april', speakerName: 'Ivo Brandt', saidOn: '2024-04-20', outlet: 'Reuters' }),
      claim('the port stays shut', { id: 'month', speakerName: 'Ivo Brandt', saidOn: '2024-05', publishedAt: null, outlet: 'AFP' }),
      claim('no date at all', { id: 'undated', speakerName: 'Ivo Brandt', publishedAt: null, outlet: null }),
      claim('someone else', { id: 'other', speakerName: 'Lena Ortiz', saidOn: '2024-06-01' }),
    ]);
    const brandt = index.newest({ speakerIds: new Set(['s-Ivo Brandt']), limit: 10 });
    assert.deepEqual(brandt.hits.map((h) => h.id), ['month', 'may', 'april', 'undated'], 'a month counts as its last day; undated last');
    assert.deepEqual(brandt.tally, { claims: 4, speakers: 1, outlets: 2, dates: { from: '2024-04-20', to: '2024-05' } });
    assert.equal(brandt.matched, 4);
    assert.deepEqual(index.newest({ speakerIds: new Set(['s-Ivo Brandt']), limit: 2 }).hits.map((h) => h.id), ['month', 'may']);
    assert.deepEqual(index.newest({ outlets: new Set(['AFP']), since: '2024-05-01', until: '2024-05-01', limit: 10 }).hits.map((h) => h.id), ['month']);
    index.remove(['month']);
    assert.deepEqual(index.newest({ speakerIds: new Set(['s-Ivo Brandt']), limit: 1 }).hits.map((h) => h.id), ['may']);
    assert.deepEqual(index.newest({ speakerIds: new Set(['s-nobody']) }).hits, []);
  });

  it('leaves undated claims out of a date range', () => {
    const index = new ClaimIndex();
    index.add([claim('the dam was destroyed', { id: 'undated', publishedAt: null }), claim('the dam was destroyed overnight', { id: 'dated', saidOn: '2023-06-06' })]);
    assert.deepEqual(ids(index, 'dam', { since: '2023-01-01' }), ['dated']);
    assert.deepEqual(ids(index, 'dam').sort(), ['dated', 'undated']);
  });

  it('forgets removed claims and takes them back', () => {
    const index = new ClaimIndex();
    index.add([claim('grain exports resumed', { id: 'x' }), claim('grain prices fell', { id: 'y' })]);
    index.remove(['x', 'not-there']);
    assert.equal(index.size, 1);
    assert.equal(index.has('x'), false);
    assert.deepEqual(ids(index, 'grain'), ['y']);
    index.add([claim('grain exports resumed', { id: 'x' })]);
    assert.deepEqual(ids(index, 'grain').sort(), ['x', 'y']);
    index.add([claim('grain exports resumed again', { id: 'x' })]);
    assert.equal(index.size, 2, 'adding an indexed id again is a no-op');
  });

  it('scores a claim once however many fields hold the word, summed over its fields', () => {
    const index = new ClaimIndex();
    index.add([claim('Zelensky will visit', { id: 'content', speakerName: 'Andriy Yermak' }), claim('the visit is planned', { id: 'speaker', speakerName: 'Volodymyr Zelensky' })]);
    const hits = index.search(['zelensky']).hits;
    assert.deepEqual(hits.map((h) => h.id), ['speaker', 'content'], 'the speaker field weighs more');
    assert.ok(hits.every((h) => Number.isFinite(h.score) && h.score > 0));
  });

  it('saves to bytes and loads back the same answers; cut or altered bytes are refused', () => {
    const index = new ClaimIndex();
    const claims = Array.from({ length: 200 }, (_, i) =>
      claim(`${i % 2 ? 'offensive' : 'counteroffensive'} near ${i % 3 ? 'Avdiivka' : 'Kherson'} claim ${i}`, { id: `k${i}`, speakerName: i % 5 ? 'Ivo Brandt' : 'Lena Ortiz', saidOn: `2023-0${1 + (i % 9)}-1${i % 10}` }),
    );
    index.add(claims);
    index.remove(['k3', 'k4']);
    const bytes = index.toBuffer();
    const loaded = ClaimIndex.fromBuffer(bytes);
    assert.equal(loaded.size, 198);
    assert.equal(loaded.has('k3'), false);
    for (const [words, options] of [
      ['avdiivka offensive', {}],
      ['kherson', { speakerIds: new Set(['s-Lena Ortiz']) }],
      ['offen', { since: '2023-03-01', until: '2023-04-30' }],
    ] as const) {
      assert.deepEqual(loaded.search(words.split(' '), options), index.search(words.split(' '), options), words);
    }
    // The loaded index keeps growing like the original.
    loaded.add([claim('a new offensive near Bakhmut', { id: 'new' })]);
    assert.equal(ids(loaded, 'bakhmut')[0], 'new');
    assert.throws(() => ClaimIndex.fromBuffer(bytes.subarray(0, bytes.length - 100)), /not a claim index \(.*cut short/);
    assert.throws(() => ClaimIndex.fromBuffer(Buffer.from('nonsense')), /not a claim index/);
  });

  it('suggests the nearest known spelling', () => {
    const index = new ClaimIndex();
    index.add([claim('Russian forces captured Bakhmut', { id: 'a' }), claim('Bakhmut still holds', { id: 'b' })]);
    assert.deepEqual(index.suggest('bakmut'), ['bakhmut']);
    assert.deepEqual(index.suggest('bakhmut'), [], 'nothing to correct');
    assert.deepEqual(index.suggest('qwertyuiop'), [], 'nothing near');
  });
});
