// Comparing lines and sentences by their words (wordsOf: lower-cased, punctuation ignored), as
// the cleaner's duplicate and caption rules do for every line of an article against the others.
// Almost every comparison fails, so each text carries a hash of each of its words, and the
// words themselves are built only when the hashes say two texts may match. Hashes only ever
// rule matches out; a match is always confirmed on the words, so results are exact.
import { hashOfHashes, hashWords, wordsOf } from './lines.ts';

/** A sentence or a line, ready to be compared word by word. */
export class Comparable {
  readonly text: string;
  /** The hash of each word of wordsOf(text), in order. */
  readonly hashes: readonly number[];
  /** The hash of the whole word list: equal word lists have equal hashes. */
  readonly hash: number;
  #words: string[] | undefined;

  /** `hashes` (hashWords(text)) may be given when already known: the cleaner finds them as it reads a line. */
  constructor(text: string, hashes: readonly number[] = hashWords(text)) {
    this.text = text;
    this.hashes = hashes;
    this.hash = hashOfHashes(hashes);
  }

  /** How many words wordsOf(text) has. */
  get length(): number {
    return this.hashes.length;
  }

  /** wordsOf(text), built on first use. */
  words(): string[] {
    this.#words ??= wordsOf(this.text);
    return this.#words;
  }
}

/** The same word list (what comparing `wordsOf(…).join(' ')` keys tells): hashes first. */
export function sameWords(a: Comparable, b: Comparable): boolean {
  if (a.hash !== b.hash || a.length !== b.length) return false;
  const x = a.words();
  const y = b.words();
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Texts looked up by word list, as a Set of `wordsOf(…).join(' ')` keys would be. */
export class WordListSet {
  readonly #byHash = new Map<number, Comparable[]>();

  add(text: Comparable): void {
    const bucket = this.#byHash.get(text.hash);
    if (bucket) bucket.push(text);
    else this.#byHash.set(text.hash, [text]);
  }

  /** How many texts added so far have the same words as `text` (itself included if added). */
  count(text: Comparable): number {
    let n = 0;
    for (const other of this.#byHash.get(text.hash) ?? []) if (sameWords(other, text)) n++;
    return n;
  }

  has(text: Comparable): boolean {
    return (this.#byHash.get(text.hash) ?? []).some((other) => sameWords(other, text));
  }
}

/**
 * Dice coefficient on word bags (1 for the same words in any order) of at least `threshold`.
 * The hashes are scored first: different words may share a hash but equal words always do, so
 * the hashes' score is never below the words' score, and a low one settles the question.
 */
export function diceAtLeast(a: Comparable, b: Comparable, threshold: number): boolean {
  if (dice(a.hashes, b.hashes) < threshold) return false;
  return dice(a.words(), b.words()) >= threshold;
}

function dice<T>(a: readonly T[], b: readonly T[]): number {
  const bag = new Map<T, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
