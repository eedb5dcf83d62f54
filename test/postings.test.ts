// The search engine under the claim index, checked against a plain scorer written from the
// definition (BM25 per field, boosted, summed, times the query words matched) on a generated
// corpus large enough to span several of the engine's windows and many chained postings blocks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prng } from '../bench/corpus.ts';
import { Postings, TopK, type TermMatch } from '../src/search/postings.ts';

const FIELDS = 3;
const BOOST = [2, 3, 0.5];
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Documents of words from a skewed vocabulary: a few words in most documents, most in few. */
function corpus(docs: number, seed: number): string[][][] {
  // Seeded, so that a failure can be replayed.
  const next = prng(seed);
  const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
  return Array.from({ length: docs }, (_, d) => [
    Array.from({ length: Math.floor(next() * 12) }, word),
    // One long field in a while: lengths past 255 count as 255.
    Array.from({ length: d % 997 === 0 ? 300 : Math.floor(next() * 4) }, word),
    Array.from({ length: Math.floor(next() * 20) }, word),
  ]);
}

/** The score of every document for the query, from the documents' words alone. */
function reference(docs: string[][][], deleted: Set<number>, query: Array<Array<{ word: string; weight: number }>>): Map<number, number> {
  const live = docs.length - deleted.size;
  const avg = Array.from({ length: FIELDS }, (_, f) => docs.reduce((sum, doc, d) => sum + (deleted.has(d) ? 0 : doc[f]!.length), 0) / live);
  // As the engine documents: deleted documents still count in a term's document frequency,
  // never more than the live documents.
  const dfs = new Map<string, number>();
  const df = (word: string, f: number) => {
    const key = `${word} ${f}`;
    if (!dfs.has(key)) dfs.set(key, Math.min(docs.filter((doc) => doc[f]!.includes(word)).length, live));
    return dfs.get(key)!;
  };
  const scores = new Map<number, number>();
  docs.forEach((doc, d) => {
    if (deleted.has(d)) return;
    let sum = 0;
    let words = 0;
    for (const matches of query) {
      let matchedWord = false;
      for (const { word, weight } of matches) {
        for (let f = 0; f < FIELDS; f++) {
          const tf = Math.min(doc[f]!.filter((w) => w === word).length, 7);
          if (tf === 0) continue;
          matchedWord = true;
          const n = df(word, f);
          const idf = Math.log(1 + (live - n + 0.5) / (n + 0.5));
          const length = Math.min(doc[f]!.length, 255);
          sum += idf * weight * BOOST[f]! * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg[f]!)));
        }
      }
      if (matchedWord) words++;
    }
    if (sum > 0) scores.set(d, sum * words);
  });
  return scores;
}

function build(docs: string[][][], deleted: Set<number>): Postings {
  const postings = new Postings(FIELDS);
  for (const doc of docs) postings.add(doc);
  for (const d of deleted) postings.delete(d);
  return postings;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('postings search', () => {
  const docs = corpus(12_000, 7);
  const deleted = new Set([3, 4096, 4097, 8191, 9000]);
  const postings = build(docs, deleted);
  const queries: Array<Array<Array<{ word: string; weight: number }>>> = [
    [[{ word: 'w0', weight: 1 }]],
    [[{ word: 'w3', weight: 1 }], [{ word: 'w41', weight: 1 }]],
    [[{ word: 'w1', weight: 1 }, { word: 'w17', weight: 0.375 }], [{ word: 'w58', weight: 1 }], [{ word: 'w9', weight: 0.45 }]],
    [[{ word: 'w59', weight: 1 }]],
  ];
  const asTerms = (query: Array<Array<{ word: string; weight: number }>>): TermMatch[][] =>
    query.map((matches) => matches.flatMap(({ word, weight }) => {
      const term = postings.exact(word);
      return term === undefined ? [] : [{ term, weight }];
    }));

  it('scores every document as the definition does, and keeps the best', () => {
    for (const query of queries) {
      const expected = reference(docs, deleted, query);
      const found = postings.search(asTerms(query), BOOST, 25);
      assert.equal(found.matched, expected.size, `${JSON.stringify(query)}: every matching document counted`);
      assert.equal(found.docs.length, Math.min(25, expected.size));
      found.docs.forEach((doc, i) => assert.ok(close(found.scores[i]!, expected.get(doc)!), `doc ${doc}: ${found.scores[i]} against ${expected.get(doc)}`));
      // The best 25 by the definition: the kept ones score no lower than the 25th of them.
      const ranked = [...expected.values()].sort((a, b) => b - a);
      const kth = ranked[Math.min(25, ranked.length) - 1]!;
      assert.ok(found.scores.every((s) => s >= kth - 1e-9), 'nothing better was left out');
      assert.ok(close(found.scores[0]!, ranked[0]!), 'the best leads');
      for (let i = 1; i < found.scores.length; i++) assert.ok(found.scores[i - 1]! >= found.scores[i]!, 'best first');
      assert.ok(found.docs.every((d) => !deleted.has(d)), 'deleted documents never come back');
    }
  });

  it('filters before the cut and tallies every accepted document above the floor', () => {
    const query = queries[2]!;
    const expected = reference(docs, deleted, query);
    const accept = (doc: number) => doc % 3 === 0;
    const found = postings.search(asTerms(query), BOOST, 10, accept, 0.3);
    const accepted = [...expected].filter(([doc]) => accept(doc));
    assert.equal(found.matchedBeforeFilter, expected.size);
    assert.equal(found.matched, accepted.length);
    assert.ok(found.docs.every(accept));
    const best = Math.max(...accepted.map(([, s]) => s));
    const above = accepted.filter(([, s]) => s >= best * 0.3 + 1e-9).map(([doc]) => doc);
    const tallied = new Set(found.tallied);
    assert.ok(above.every((doc) => tallied.has(doc)), 'every accepted document above the floor is tallied');
    assert.ok([...tallied].every((doc) => accept(doc) && expected.get(doc)! >= best * 0.3 - 1e-9), 'and nothing else');
  });

  it('finds a word held by one document only, in any window', () => {
    const lonely = [...docs.map((d) => d.map((f) => [...f]))];
    lonely[11_999]![0]!.push('rare');
    lonely[5000]![2]!.push('rarer');
    const index = build(lonely, new Set());
    const rare = index.exact('rare')!;
    const rarer = index.exact('rarer')!;
    assert.deepEqual(index.search([[{ term: rare, weight: 1 }]], BOOST, 5).docs, [11_999]);
    const both = index.search([[{ term: rare, weight: 1 }], [{ term: rarer, weight: 1 }]], BOOST, 5);
    assert.deepEqual([...both.docs].sort((a, b) => a - b), [5000, 11_999]);
    assert.equal(both.matched, 2);
  });
});

describe('TopK', () => {
  it('keeps the best; on equal scores, the one offered first (the search offers in document order)', () => {
    const top = new TopK(3);
    [[5, 1], [1, 2], [9, 2], [4, 3], [2, 0.5], [0, 2]].forEach(([doc, score]) => top.offer(doc!, score!));
    assert.deepEqual(top.best(), { docs: [4, 1, 9], scores: [3, 2, 2] });
    assert.equal(top.threshold, 2);
    assert.equal(new TopK(0).threshold, Infinity, 'a heap of none keeps nothing');
  });
});
