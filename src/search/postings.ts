// The inverted index under ClaimIndex: a term dictionary and compact postings, scored with
// BM25 per field and cut to the best k hits.
//
// Why not minisearch's own index: it keeps a Map of document → term frequency for every term and
// field, and a search builds a result object for every matching document before sorting them
// all. At a million claims that is ~1.5 KB of heap a claim and seconds for a common word
// (PACKAGES.md, bench/results/query.json). Here the dictionary is still minisearch's radix tree
// (SearchableMap: exact, prefix and fuzzy lookup of terms), but a term's postings are 4-byte
// entries (and a byte of field length beside each) in shared typed arrays, and a search scores a
// window of documents at a time in a small reused table and keeps a bounded heap of the best hits,
// so it allocates next to nothing per matching document.
import SearchableMap from 'minisearch/SearchableMap';

/** BM25 as minisearch computes it (k, b, and d from BM25+), so scores keep their scale. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Entry layout: doc × 64 + field × 8 + term frequency (capped at 7: BM25 saturates well before).
 * The low six bits (field × 8 + tf) are also the row of the scoring table (Postings.tfTable). */
const FIELD_SHIFT = 3;
const DOC_SHIFT = 6;
const MAX_TF = 7;
/** Field lengths past this count as this in scoring (a claim's fields are far shorter). */
const MAX_LENGTH = 255;
export const MAX_FIELDS = 8;
/** 2^26 documents fit the entry layout; a store beyond that needs another layout. */
export const MAX_DOCS = 2 ** (32 - DOC_SHIFT);
/** Set bits of each byte: how many query words a document matched. */
const BITS = Uint8Array.from({ length: 256 }, (_, x) => popcount(x));

/** A term's postings are a chain of blocks, each twice the last up to MAX_BLOCK entries, with
 * the next block's address in the slot after its entries. Rare terms (most of them) cost a few
 * slots; common ones grow in large blocks. */
const FIRST_BLOCK = 2;
const MAX_BLOCK = 1024;
/** Documents scored together in one search step: their table (48 KiB) stays in cache. */
const WINDOW = 4096;

/** One derived term (exact, prefix or fuzzy) of a query term, with its weight. */
export interface TermMatch {
  term: number;
  weight: number;
}

export interface TopHits {
  docs: number[];
  scores: number[];
  /** Documents that matched and passed `accept`, beyond the k returned. */
  matched: number;
  /** Documents that matched, whether they passed `accept` or not. */
  matchedBeforeFilter: number;
  /** With a tally floor: the accepted documents at or above it, in document order. Valid until
   * the next search (it is the search's scratch space). */
  tallied: Uint32Array;
}

/** The arrays a Postings is made of: what a snapshot writes and reads back. */
export interface PostingsData {
  fieldCount: number;
  terms: string[];
  pool: Uint32Array;
  /** Beside each entry of the pool, its field's length in the document (capped at MAX_LENGTH):
   * scoring reads it in step with the entries instead of looking it up by document, which at a
   * million documents was a cache miss per entry. */
  lengths: Uint8Array;
  poolUsed: number;
  head: Uint32Array;
  tail: Uint32Array;
  tailUsed: Uint32Array;
  tailSize: Uint32Array;
  /** Documents holding the term, per field (term × fieldCount + field). */
  docFreq: Uint32Array;
  docs: number;
  fieldLength: Uint16Array;
  deleted: Uint8Array;
}

export class Postings {
  readonly fieldCount: number;
  private readonly dict: SearchableMap<number>;
  private terms: string[];
  private pool: Uint32Array;
  private lengths: Uint8Array;
  private poolUsed: number;
  private head: Uint32Array;
  private tail: Uint32Array;
  private tailUsed: Uint32Array;
  private tailSize: Uint32Array;
  private docFreq: Uint32Array;
  private docs: number;
  private live: number;
  private fieldLength: Uint16Array;
  private readonly fieldLengthSum: Float64Array;
  private deleted: Uint8Array;
  // The tally list of the last search (documents and scores), kept so that a search allocates
  // nothing per document once it has grown.
  private tallyDocs: Uint32Array = new Uint32Array(0);
  private tallyScores: Float32Array = new Float32Array(0);
  // The window's scores, query-word masks and which of its documents matched (see search).
  private readonly windowScore = new Float64Array(WINDOW);
  private readonly windowMask = new Uint8Array(WINDOW);
  private readonly windowBits = new Int32Array(WINDOW / 32);
  private tfCache: { avg: Float64Array; table: Float64Array } | null = null;

  constructor(fieldCount: number, data?: PostingsData) {
    if (fieldCount < 1 || fieldCount > MAX_FIELDS) throw new Error(`postings: 1 to ${MAX_FIELDS} fields, not ${fieldCount}`);
    this.fieldCount = fieldCount;
    this.fieldLengthSum = new Float64Array(fieldCount);
    if (data) {
      if (data.fieldCount !== fieldCount) throw new Error(`postings: saved with ${data.fieldCount} fields, not ${fieldCount}`);
      this.terms = data.terms;
      this.pool = data.pool;
      this.lengths = data.lengths;
      this.poolUsed = data.poolUsed;
      this.head = data.head;
      this.tail = data.tail;
      this.tailUsed = data.tailUsed;
      this.tailSize = data.tailSize;
      this.docFreq = data.docFreq;
      this.docs = data.docs;
      this.fieldLength = data.fieldLength;
      this.deleted = data.deleted;
      this.dict = new SearchableMap<number>();
      this.terms.forEach((t, i) => this.dict.set(t, i));
      this.live = 0;
      for (let d = 0; d < this.docs; d++) {
        if (this.deleted[d]) continue;
        this.live++;
        for (let f = 0; f < fieldCount; f++) this.fieldLengthSum[f]! += this.fieldLength[d * fieldCount + f]!;
      }
      return;
    }
    this.dict = new SearchableMap<number>();
    this.terms = [];
    this.pool = new Uint32Array(1024);
    this.lengths = new Uint8Array(1024);
    this.poolUsed = 0;
    this.head = new Uint32Array(64);
    this.tail = new Uint32Array(64);
    this.tailUsed = new Uint32Array(64);
    this.tailSize = new Uint32Array(64);
    this.docFreq = new Uint32Array(64 * fieldCount);
    this.docs = 0;
    this.live = 0;
    this.fieldLength = new Uint16Array(64 * fieldCount);
    this.deleted = new Uint8Array(64);
  }

  /** Live documents. */
  get size(): number {
    return this.live;
  }

  /** Document numbers handed out so far, deleted ones included. */
  get docSlots(): number {
    return this.docs;
  }

  /** Adds a document from its terms per field; returns its number. */
  add(fieldTerms: string[][]): number {
    if (this.docs >= MAX_DOCS) throw new Error(`postings: more than ${MAX_DOCS} documents`);
    const doc = this.docs++;
    this.live++;
    this.ensureDocs(this.docs);
    for (let f = 0; f < this.fieldCount; f++) {
      const words = fieldTerms[f] ?? [];
      const length = Math.min(words.length, 0xffff);
      this.fieldLength[doc * this.fieldCount + f] = length;
      this.fieldLengthSum[f]! += length;
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [word, tf] of counts) {
        const term = this.termId(word);
        this.docFreq[term * this.fieldCount + f]!++;
        this.append(term, doc * 2 ** DOC_SHIFT + f * 2 ** FIELD_SHIFT + Math.min(tf, MAX_TF), Math.min(length, MAX_LENGTH));
      }
    }
    return doc;
  }

  /** Marks a document deleted: searches skip it. Its postings stay until the index is rebuilt
   * (a corrected article is rare; the space is not worth a compaction pass). */
  delete(doc: number): void {
    if (doc >= this.docs || this.deleted[doc]) return;
    this.deleted[doc] = 1;
    this.live--;
    for (let f = 0; f < this.fieldCount; f++) this.fieldLengthSum[f]! -= this.fieldLength[doc * this.fieldCount + f]!;
  }

  isDeleted(doc: number): boolean {
    return this.deleted[doc] === 1;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** The term's id, if any document holds it. */
  exact(term: string): number | undefined {
    return this.dict.get(term);
  }

  /** Terms that start with `prefix` (itself excluded), the most widely used first, at most `max`. */
  completions(prefix: string, max: number): number[] {
    const found: number[] = [];
    for (const [term, id] of this.dict.atPrefix(prefix)) if (term !== prefix) found.push(id);
    return found.length <= max ? found : found.sort((a, b) => this.docCount(b) - this.docCount(a)).slice(0, max);
  }

  /** Terms within `distance` edits of `term`, with their distance. */
  near(term: string, distance: number): Array<{ term: number; distance: number }> {
    const out: Array<{ term: number; distance: number }> = [];
    for (const [, [id, d]] of this.dict.fuzzyGet(term, distance)) out.push({ term: id, distance: d });
    return out;
  }

  /** Documents holding the term in any field (an upper bound: a document counts once per field). */
  docCount(term: number): number {
    let n = 0;
    for (let f = 0; f < this.fieldCount; f++) n += this.docFreq[term * this.fieldCount + f]!;
    return n;
  }

  /**
   * The `limit` best documents for the query: one list of term matches per query word. A
   * document's score is the BM25 of every match, field-boosted, summed, then multiplied by the
   * number of query words it matched (as minisearch does), so documents with every word lead.
   * `accept` filters before the cut. With `tallyFloor`, `tallied` lists every accepted document
   * scoring at least that share of the best, kept or not (for totals over all that matched).
   *
   * A window of WINDOW documents at a time: every term's postings are in document order, so each
   * term adds its entries for the window into a small table of scores (which stays in the
   * processor's cache), then the window's matching documents are read off a bitset in order.
   * Adding into one table indexed by every document (term at a time) cost a cache miss per entry
   * and a pass over all documents at a million claims; merging the lists with a heap (document at
   * a time) cost heap work per document. This is the shape of Lucene's BooleanScorer.
   */
  search(query: TermMatch[][], boost: ArrayLike<number>, limit: number, accept?: (doc: number) => boolean, tallyFloor?: number): TopHits {
    const F = this.fieldCount;
    const { pool, lengths, deleted } = this;
    const n = Math.max(this.live, 1);
    const avg = new Float64Array(F);
    for (let f = 0; f < F; f++) avg[f] = Math.max(this.fieldLengthSum[f]! / n, 1e-9);
    const tfPart = this.tfTable(avg);
    const noneDeleted = this.live === this.docs;

    // One cursor per term match: where it is in its chain of blocks, its query word's bit (words
    // past the eighth share the last bit: they score, but count once together) and its weight
    // per field. `live` lists the cursors with entries left.
    const cursors = query.flatMap((matches, q) => matches.map((match) => ({ match, bit: 1 << Math.min(q, 7) })));
    const count = cursors.length;
    const block = new Uint32Array(count);
    const blockSize = new Uint32Array(count);
    const last = new Uint32Array(count);
    const lastUsed = new Uint32Array(count);
    const at = new Uint32Array(count);
    const end = new Uint32Array(count);
    const bit = new Uint8Array(count);
    const weight = new Float64Array(count * F);
    const live = new Uint32Array(count);
    let liveCount = 0;
    for (let c = 0; c < count; c++) {
      const { match, bit: b } = cursors[c]!;
      const term = match.term;
      for (let f = 0; f < F; f++) {
        // Deleted documents still count in docFreq (see delete): never more than are live.
        const df = Math.min(this.docFreq[term * F + f]!, n);
        weight[c * F + f] = df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5)) * match.weight * (boost[f] ?? 1);
      }
      bit[c] = b;
      block[c] = at[c] = this.head[term]!;
      blockSize[c] = FIRST_BLOCK;
      last[c] = this.tail[term]!;
      lastUsed[c] = this.tailUsed[term]!;
      end[c] = at[c]! + (at[c] === last[c] ? lastUsed[c]! : FIRST_BLOCK);
      // Every term has an entry (a term is made for one); an empty list is skipped all the same.
      if (at[c] !== end[c]) live[liveCount++] = c;
    }

    const { windowScore, windowMask, windowBits } = this;
    const top = new TopK(limit);
    let matched = 0;
    let matchedBeforeFilter = 0;
    let best = 0;
    // To tally: the accepted documents and their scores, in document order.
    const tally = tallyFloor !== undefined;
    let list = this.tallyDocs;
    let listScore = this.tallyScores;
    let kept = 0;

    while (liveCount > 0) {
      // The next window starts at the first document any cursor is at.
      let first = MAX_DOCS;
      for (let j = 0; j < liveCount; j++) first = Math.min(first, pool[at[live[j]!]!]! >>> DOC_SHIFT);
      const base = first - (first % WINDOW);
      const limitDoc = base + WINDOW;
      for (let j = 0; j < liveCount; j++) {
        const c = live[j]!;
        const b = bit[c]!;
        const w = c * F;
        let i = at[c]!;
        let stop = end[c]!;
        for (;;) {
          const entry = pool[i]!;
          const doc = entry >>> DOC_SHIFT;
          if (doc >= limitDoc) break;
          const o = doc - base;
          // The entry's low bits are field × 8 + tf: the table's row.
          windowScore[o]! += weight[w + ((entry >>> FIELD_SHIFT) & (MAX_FIELDS - 1))]! * tfPart[(entry & ((1 << DOC_SHIFT) - 1)) * (MAX_LENGTH + 1) + lengths[i]!]!;
          windowMask[o]! |= b;
          windowBits[o >>> 5]! |= 1 << (o & 31);
          if (++i === stop) {
            // The end of a block: on to the next, whose address is in the slot after this one's
            // entries, unless this was the last.
            if (block[c] === last[c]) break;
            const next = pool[stop]!;
            const size = Math.min(blockSize[c]! * 2, MAX_BLOCK);
            block[c] = next;
            blockSize[c] = size;
            i = next;
            stop = next + (next === last[c] ? lastUsed[c]! : size);
          }
        }
        at[c] = i;
        end[c] = stop;
      }
      // Drop the cursors that reached their end.
      let still = 0;
      for (let j = 0; j < liveCount; j++) {
        const c = live[j]!;
        if (at[c] !== end[c]) live[still++] = c;
      }
      liveCount = still;

      // The window's documents, in order, from the set bits; the table is cleared as it is read.
      for (let word = 0; word < WINDOW / 32; word++) {
        let bits = windowBits[word]!;
        if (bits === 0) continue;
        windowBits[word] = 0;
        while (bits !== 0) {
          const o = (word << 5) + 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          const s = windowScore[o]! * BITS[windowMask[o]!]!;
          windowScore[o] = 0;
          windowMask[o] = 0;
          const doc = base + o;
          if (s <= 0 || (!noneDeleted && deleted[doc])) continue;
          matchedBeforeFilter++;
          if (accept && !accept(doc)) continue;
          matched++;
          if (s > best) best = s;
          if (s > top.threshold) top.offer(doc, s);
          if (tally) {
            if (kept === list.length) {
              list = this.tallyDocs = grow(list, Math.max(1024, kept * 2));
              listScore = this.tallyScores = growFloat(listScore, list.length);
            }
            list[kept] = doc;
            listScore[kept++] = s;
          }
        }
      }
    }

    let tallied = 0;
    if (tally) {
      const floor = best * tallyFloor;
      for (let i = 0; i < kept; i++) if (listScore[i]! >= floor) list[tallied++] = list[i]!;
    }
    const { docs, scores } = top.best();
    return { docs, scores, matched, matchedBeforeFilter, tallied: list.subarray(0, tallied) };
  }

  /**
   * BM25's term-frequency part for every (field, tf, length), so that the loop over the entries
   * does one multiplication each. It depends on the average field lengths only: made again when
   * documents came or went since the last search.
   */
  private tfTable(avg: Float64Array): Float64Array {
    if (this.tfCache && this.tfCache.avg.every((a, f) => a === avg[f])) return this.tfCache.table;
    const { k, b, d } = BM25;
    const table = new Float64Array(this.fieldCount * (MAX_TF + 1) * (MAX_LENGTH + 1));
    for (let f = 0; f < this.fieldCount; f++) {
      for (let tf = 1; tf <= MAX_TF; tf++) {
        const row = (f * (MAX_TF + 1) + tf) * (MAX_LENGTH + 1);
        for (let length = 0; length <= MAX_LENGTH; length++) table[row + length] = d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg[f]!));
      }
    }
    this.tfCache = { avg, table };
    return table;
  }

  /** The arrays to save, trimmed to what is used. */
  data(): PostingsData {
    const t = this.terms.length;
    return {
      fieldCount: this.fieldCount,
      terms: this.terms,
      pool: this.pool.subarray(0, this.poolUsed),
      lengths: this.lengths.subarray(0, this.poolUsed),
      poolUsed: this.poolUsed,
      head: this.head.subarray(0, t),
      tail: this.tail.subarray(0, t),
      tailUsed: this.tailUsed.subarray(0, t),
      tailSize: this.tailSize.subarray(0, t),
      docFreq: this.docFreq.subarray(0, t * this.fieldCount),
      docs: this.docs,
      fieldLength: this.fieldLength.subarray(0, this.docs * this.fieldCount),
      deleted: this.deleted.subarray(0, this.docs),
    };
  }

  private termId(word: string): number {
    const known = this.dict.get(word);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(word);
    this.dict.set(word, id);
    if (id >= this.head.length) {
      const cap = this.head.length * 2;
      this.head = grow(this.head, cap);
      this.tail = grow(this.tail, cap);
      this.tailUsed = grow(this.tailUsed, cap);
      this.tailSize = grow(this.tailSize, cap);
      this.docFreq = grow(this.docFreq, cap * this.fieldCount);
    }
    const block = this.allocate(FIRST_BLOCK);
    this.head[id] = block;
    this.tail[id] = block;
    this.tailUsed[id] = 0;
    this.tailSize[id] = FIRST_BLOCK;
    return id;
  }

  private append(term: number, entry: number, length: number): void {
    let used = this.tailUsed[term]!;
    const size = this.tailSize[term]!;
    if (used === size) {
      const nextSize = Math.min(size * 2, MAX_BLOCK);
      const block = this.allocate(nextSize);
      this.pool[this.tail[term]! + size] = block;
      this.tail[term] = block;
      this.tailSize[term] = nextSize;
      used = 0;
    }
    this.pool[this.tail[term]! + used] = entry;
    this.lengths[this.tail[term]! + used] = length;
    this.tailUsed[term] = used + 1;
  }

  /** A block of `size` entries plus its next-block slot. */
  private allocate(size: number): number {
    const at = this.poolUsed;
    const need = at + size + 1;
    if (need > this.pool.length) {
      const capacity = Math.max(need, Math.ceil(this.pool.length * 1.5));
      this.pool = grow(this.pool, capacity);
      this.lengths = grow(this.lengths, capacity);
    }
    this.poolUsed = need;
    return at;
  }

  private ensureDocs(count: number): void {
    if (count <= this.deleted.length) return;
    const cap = Math.max(count, this.deleted.length * 2);
    this.deleted = grow(this.deleted, cap);
    this.fieldLength = grow(this.fieldLength, cap * this.fieldCount);
  }
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

function growFloat(array: Float32Array, length: number): Float32Array {
  const next = new Float32Array(length);
  next.set(array);
  return next;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The `limit` documents with the highest scores offered (ties: the earlier document), best first. */
export class TopK {
  // A min-heap on score: the root is the weakest kept, the one a better document replaces.
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  /** A document must score above this to be kept: the weakest kept once full, else -Infinity.
   * Callers with many documents test it before calling offer. */
  threshold = -Infinity;
  constructor(private readonly limit: number) {
    if (limit <= 0) this.threshold = Infinity;
  }

  offer(doc: number, score: number): void {
    if (this.docs.length < this.limit) heapPush(this.docs, this.scores, doc, score);
    else if (this.limit > 0 && score > this.scores[0]!) heapReplaceTop(this.docs, this.scores, doc, score);
    if (this.docs.length === this.limit) this.threshold = this.scores[0]!;
  }

  best(): { docs: number[]; scores: number[] } {
    const order = this.docs.map((_, i) => i).sort((x, y) => this.scores[y]! - this.scores[x]! || this.docs[x]! - this.docs[y]!);
    return { docs: order.map((i) => this.docs[i]!), scores: order.map((i) => this.scores[i]!) };
  }
}

// A min-heap on score (ties: the later document is smaller, so earlier documents are kept).
function less(docs: number[], scores: number[], i: number, j: number): boolean {
  return scores[i]! < scores[j]! || (scores[i] === scores[j] && docs[i]! > docs[j]!);
}

function swap(docs: number[], scores: number[], i: number, j: number): void {
  [docs[i], docs[j]] = [docs[j]!, docs[i]!];
  [scores[i], scores[j]] = [scores[j]!, scores[i]!];
}

function heapPush(docs: number[], scores: number[], doc: number, score: number): void {
  docs.push(doc);
  scores.push(score);
  let i = docs.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(docs, scores, i, parent)) break;
    swap(docs, scores, i, parent);
    i = parent;
  }
}

function heapReplaceTop(docs: number[], scores: number[], doc: number, score: number): void {
  docs[0] = doc;
  scores[0] = score;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let least = i;
    if (l < docs.length && less(docs, scores, l, least)) least = l;
    if (r < docs.length && less(docs, scores, r, least)) least = r;
    if (least === i) return;
    swap(docs, scores, i, least);
    i = least;
  }
}
