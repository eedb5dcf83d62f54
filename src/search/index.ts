// The claim index: full-text search over claims. Only ids, the index and a few numbers per claim
// (speaker, outlet, date: what the query filters test) live in memory; the claims themselves stay
// in the store and are loaded for the results. The engine is in postings.ts.
import type { StoredClaim } from '../store/types.ts';
import { stripDiacritics } from '../text/index.ts';
import { MAX_DOCS, Postings, TopK, type PostingsData, type TermMatch } from './postings.ts';

/** What the index reads of a claim. Speaker aliases make every spelling findable. */
export interface IndexedClaim {
  id: string;
  content: string;
  speaker: string;
  role: string;
  sentence: string;
  headline: string;
  outlet: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Claims that matched the words and passed the filters, beyond the hits returned. */
  matched: number;
  /** Claims that matched the words, filters aside (to tell "no such words" from "filtered out"). */
  matchedWords: number;
  /** With `tallyFloor`: totals over every claim that passed and scored at least that share of the best. */
  tally?: MatchTally;
}

export interface MatchTally {
  claims: number;
  speakers: number;
  outlets: number;
  /** Earliest and latest date said (or published), as precise as the claims give them. */
  dates: { from: string; to: string } | null;
}

export interface SearchOptions {
  /** At most this many hits. */
  limit?: number;
  /** Only claims with these ids. */
  onlyIds?: ReadonlySet<string>;
  /** Only claims by these canonical speakers. */
  speakerIds?: ReadonlySet<string>;
  /** Only claims reported by these outlets (exact stored names). */
  outlets?: ReadonlySet<string>;
  /** Only claims said (or, undated, published) on a day that overlaps this range (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Count what matched (claims, speakers, outlets, dates) down to this share of the best score. */
  tallyFloor?: number;
}

const FIELDS = ['content', 'speaker', 'role', 'sentence', 'headline', 'outlet'] as const;
/** Names what a saved index holds: change it whenever FIELDS, toIndexed, normaliseTerm or the
 * binary layout change. */
export const INDEX_FORMAT = 'claims-v6';
/** Speaker and content say what a claim is; the sentence and headline only support it. */
const BOOST = [2, 3, 1, 0.6, 0.3, 1];
/** Fuzzy matching is tried only when exact and prefix matching find too little. */
const FEW_RESULTS = 3;
/** Prefix matching only for words long enough to mean something ("bakh" → Bakhmut). */
const PREFIX_MIN = 4;
/** A prefix stands for at most this many words, the most used first: "stat" should not sum the
 * postings of every word that starts with it. */
const MAX_COMPLETIONS = 50;
/** minisearch's weights for derived terms, so that exact matches lead. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he',
  'her', 'his', 'i', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'they',
  'this', 'to', 'was', 'we', 'were', 'what', 'which', 'who', 'with', 'said', 'says', 'say', 'did', 'do', 'does',
]);

/** Words are split at spaces and punctuation (minisearch's default tokenizer). */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** Lower case, no diacritics, no possessive: "Zelenskyy’s" → "zelenskyy". */
export function normaliseTerm(term: string): string | null {
  let t = stripDiacritics(term).toLowerCase();
  if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
  return t.length === 0 || STOP_WORDS.has(t) ? null : t;
}

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(SPACE_OR_PUNCTUATION)) {
    const t = normaliseTerm(token);
    if (t) out.push(t);
  }
  return out;
}

/** A day as a number that sorts like the date: 2023-05-21 → 20230521; 0 for no date. */
function dayNumber(date: string | null | undefined, end: boolean): number {
  if (!date) return 0;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return 0;
  const y = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  const day = m[3] ? Number(m[3]) : end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1;
  return y * 10000 + month * 100 + day;
}

/** A string ↔ small number table (speakers, outlets), so a claim holds numbers, not strings. */
class Names {
  readonly list: string[];
  private readonly numbers = new Map<string, number>();
  constructor(list: string[] = []) {
    this.list = list;
    list.forEach((name, i) => this.numbers.set(name, i));
  }
  numberOf(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.list.length;
      this.list.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
  find(name: string): number | undefined {
    return this.numbers.get(name);
  }
}

/** What a snapshot holds beyond the postings. */
interface ClaimTable {
  ids: string[];
  speakers: string[];
  outlets: string[];
  /** Per claim (see ClaimIndex.columns). */
  columns: Columns;
}

/**
 * The numbers kept per claim, one array each: speaker number, outlet number + 1 (0: none), first
 * and last day it may have been said (YYYYMMDD; 0: undated). The filters and the tally read them
 * for every matching claim, in claim order. One array each, not the four side by side: a tally of
 * a common word (150,000 claims of a million) ran four times faster, as the claims it reads share
 * cache lines.
 */
interface Columns {
  speaker: Uint32Array;
  outlet: Uint32Array;
  from: Uint32Array;
  to: Uint32Array;
}
const COLUMNS = ['speaker', 'outlet', 'from', 'to'] as const;

/** Each column made by `make` from its name. */
function eachColumn(make: (name: (typeof COLUMNS)[number]) => Uint32Array): Columns {
  return Object.fromEntries(COLUMNS.map((name) => [name, make(name)])) as unknown as Columns;
}

export class ClaimIndex {
  private readonly postings: Postings;
  private readonly ids: string[];
  private readonly docOf = new Map<string, number>();
  private readonly speakers: Names;
  private readonly outletNames: Names;
  private columns: Columns;

  constructor(saved?: { postings: PostingsData; table: ClaimTable }) {
    this.postings = new Postings(FIELDS.length, saved?.postings);
    const table = saved?.table;
    this.ids = table?.ids ?? [];
    this.speakers = new Names(table?.speakers);
    this.outletNames = new Names(table?.outlets);
    this.columns = table?.columns ?? eachColumn(() => new Uint32Array(64));
    this.ids.forEach((id, doc) => {
      if (!this.postings.isDeleted(doc)) this.docOf.set(id, doc);
    });
  }

  get size(): number {
    return this.postings.size;
  }

  /** The share of the index's claim slots held by removed claims (kept as tombstones until the
   * index is built again; corrected articles leave them). */
  get removedShare(): number {
    const slots = this.postings.docSlots;
    return slots === 0 ? 0 : (slots - this.postings.size) / slots;
  }

  add(claims: Iterable<StoredClaim>, aliasesOf: (speakerId: string) => string[] = () => []): void {
    for (const c of claims) {
      if (this.docOf.has(c.id)) continue;
      const doc = toIndexed(c, aliasesOf(c.speakerId));
      const n = this.postings.add(FIELDS.map((f) => termsOf(doc[f])));
      this.ensure(n + 1);
      this.ids[n] = c.id;
      this.docOf.set(c.id, n);
      const columns = this.columns;
      columns.speaker[n] = this.speakers.numberOf(c.speakerId);
      columns.outlet[n] = c.outlet ? this.outletNames.numberOf(c.outlet) + 1 : 0;
      const date = c.saidOn ?? c.publishedAt;
      columns.from[n] = dayNumber(date, false);
      columns.to[n] = dayNumber(date, true);
    }
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const doc = this.docOf.get(id);
      if (doc === undefined) continue;
      this.postings.delete(doc);
      this.docOf.delete(id);
    }
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /**
   * The best claims for the words that pass the filters. Claims that match every word rank first
   * (a claim's score is multiplied by the number of words it matched); claims that match some still
   * come, so a topic query ("bakhmut control") also finds the claims about Bakhmut that do not say
   * "control". Filters apply before the cut, so `from:` or a date range never loses claims that a
   * more common speaker or date pushed out of the top.
   */
  search(words: string[], options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 200;
    const terms = [...new Set(termsOf(words.join(' ')))];
    if (terms.length === 0) return { hits: [], matched: 0, matchedWords: 0 };
    // null: no claim can pass (an unknown speaker or outlet); the words are still looked up.
    const filter = this.filter(options);
    const accept = filter === null ? () => false : filter;
    let top = this.postings.search(terms.map((t) => this.matches(t, false)), BOOST, limit, accept, options.tallyFloor);
    let tallied = top.tallied;
    if (top.matchedBeforeFilter < FEW_RESULTS) {
      // A copy: the next search writes its own list into the scratch this one points into.
      tallied = tallied.slice();
      const fuzzy = this.postings.search(terms.map((t) => this.matches(t, true)), BOOST, limit, accept, options.tallyFloor);
      if (fuzzy.matchedBeforeFilter > top.matchedBeforeFilter) {
        top = fuzzy;
        tallied = fuzzy.tallied;
      }
    }
    return {
      hits: top.docs.map((doc, i) => ({ id: this.ids[doc]!, score: top.scores[i]! })),
      matched: top.matched,
      matchedWords: top.matchedBeforeFilter,
      ...(options.tallyFloor === undefined ? {} : { tally: this.tally(tallied) }),
    };
  }

  /**
   * The newest claims that pass the filters (by the last day they may have been said; the later
   * stored first on the same day; undated last), for a query of filters alone, with totals over
   * all that pass: one pass over the claims' numbers, no postings read.
   */
  newest(options: Omit<SearchOptions, 'tallyFloor'> = {}): SearchResult {
    const limit = options.limit ?? 200;
    const accept = this.filter(options);
    if (accept === null) return { hits: [], matched: 0, matchedWords: 0, tally: this.tally(new Uint32Array(0)) };
    const passing = new Uint32Array(this.postings.docSlots);
    let count = 0;
    const top = new TopK(limit);
    for (let doc = 0; doc < this.postings.docSlots; doc++) {
      if (this.postings.isDeleted(doc) || (accept && !accept(doc))) continue;
      passing[count++] = doc;
      // Day, then the order stored: exact in a double (YYYYMMDD × 2^26 < 2^53).
      top.offer(doc, this.columns.to[doc]! * MAX_DOCS + doc);
    }
    const { docs } = top.best();
    return { hits: docs.map((doc) => ({ id: this.ids[doc]!, score: 1 })), matched: count, matchedWords: 0, tally: this.tally(passing.subarray(0, count)) };
  }

  /** Spellings close to the words, for "did you mean" when nothing matched. */
  suggest(text: string): string[] {
    const words = termsOf(text);
    let changed = false;
    const fixed: string[] = [];
    for (const word of words) {
      if (this.postings.exact(word) !== undefined) {
        fixed.push(word);
        continue;
      }
      const near = this.postings
        .near(word, Math.min(3, Math.max(1, Math.round(word.length * 0.3))))
        .sort((a, b) => a.distance - b.distance || this.postings.docCount(b.term) - this.postings.docCount(a.term))[0];
      if (!near) return [];
      fixed.push(this.postings.term(near.term));
      changed = true;
    }
    return changed ? [fixed.join(' ')] : [];
  }

  /** The index as bytes (see snapshot.ts for the file around them). */
  toBuffer(): Buffer {
    const p = this.postings.data();
    const n = p.docs;
    const arrays = {
      pool: p.pool,
      lengths: p.lengths,
      head: p.head,
      tail: p.tail,
      tailUsed: p.tailUsed,
      tailSize: p.tailSize,
      docFreq: p.docFreq,
      fieldLength: p.fieldLength,
      deleted: p.deleted,
      ...eachColumn((name) => this.columns[name].subarray(0, n)),
    };
    const sections = Object.entries(arrays).map(([name, a]) => ({ name, type: a.constructor.name, length: a.length }));
    const meta = Buffer.from(
      JSON.stringify({ fieldCount: p.fieldCount, poolUsed: p.poolUsed, docs: n, sections, terms: p.terms, ids: this.ids.slice(0, n), speakers: this.speakers.list, outlets: this.outletNames.list }),
    );
    const parts: Buffer[] = [];
    const length = Buffer.alloc(4);
    length.writeUInt32LE(meta.length);
    parts.push(length, meta, Buffer.alloc(pad8(4 + meta.length)));
    for (const a of Object.values(arrays)) {
      parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.alloc(pad8(a.byteLength)));
    }
    return Buffer.concat(parts);
  }

  /** Reads what toBuffer wrote; throws on bytes that do not hold a whole index. */
  static fromBuffer(bytes: Buffer): ClaimIndex {
    const fail = (why: string): never => {
      throw new Error(`not a claim index (${why})`);
    };
    if (bytes.length < 4) fail('too short');
    const metaLength = bytes.readUInt32LE(0);
    if (4 + metaLength > bytes.length) fail('cut short');
    const meta = JSON.parse(bytes.toString('utf8', 4, 4 + metaLength)) as {
      fieldCount: number;
      poolUsed: number;
      docs: number;
      sections: Array<{ name: string; type: string; length: number }>;
      terms: string[];
      ids: string[];
      speakers: string[];
      outlets: string[];
    };
    let offset = 4 + metaLength + pad8(4 + metaLength);
    const arrays: Record<string, Uint8Array | Uint16Array | Uint32Array> = {};
    const types = { Uint8Array, Uint16Array, Uint32Array } as const;
    for (const s of meta.sections) {
      const Type = types[s.type as keyof typeof types] ?? fail(`section ${s.name} of type ${s.type}`);
      const byteLength = s.length * Type.BYTES_PER_ELEMENT;
      if (offset + byteLength > bytes.length) fail(`section ${s.name} cut short`);
      // A copy, aligned and independent of the file's buffer.
      const array = new Type(s.length);
      new Uint8Array(array.buffer).set(bytes.subarray(offset, offset + byteLength));
      arrays[s.name] = array;
      offset += byteLength + pad8(byteLength);
    }
    const get = <T,>(name: string): T => (arrays[name] as T | undefined) ?? fail(`no ${name}`);
    const terms = meta.terms.length;
    const pool = get<Uint32Array>('pool');
    const postings: PostingsData = {
      fieldCount: meta.fieldCount,
      terms: meta.terms,
      pool,
      lengths: get('lengths'),
      poolUsed: meta.poolUsed,
      head: get('head'),
      tail: get('tail'),
      tailUsed: get('tailUsed'),
      tailSize: get('tailSize'),
      docFreq: get('docFreq'),
      docs: meta.docs,
      fieldLength: get('fieldLength'),
      deleted: get('deleted'),
    };
    // Lengths that must agree, or a search would read past the arrays.
    if (postings.head.length !== terms || postings.tail.length !== terms || postings.tailUsed.length !== terms || postings.tailSize.length !== terms) fail('term tables disagree');
    if (pool.length !== meta.poolUsed || postings.lengths.length !== meta.poolUsed || postings.docFreq.length !== terms * meta.fieldCount) fail('postings tables disagree');
    const columns = eachColumn((name) => get<Uint32Array>(name));
    if (
      postings.deleted.length !== meta.docs ||
      postings.fieldLength.length !== meta.docs * meta.fieldCount ||
      meta.ids.length !== meta.docs ||
      COLUMNS.some((name) => columns[name].length !== meta.docs)
    ) {
      fail('document tables disagree');
    }
    const table: ClaimTable = {
      ids: meta.ids,
      speakers: meta.speakers,
      outlets: meta.outlets,
      columns,
    };
    return new ClaimIndex({ postings, table });
  }

  /** Claims, distinct speakers and outlets, and the date range of these documents. */
  private tally(docs: Uint32Array): MatchTally {
    const [speakers, outlets, fromDoc, toDoc] = tallyColumns(this.columns, docs, new Uint8Array(this.speakers.list.length), new Uint8Array(this.outletNames.list.length + 1));
    return { claims: docs.length, speakers, outlets, dates: fromDoc < 0 ? null : { from: this.dateText(fromDoc), to: this.dateText(toDoc) } };
  }

  /** A claim's date as stored: a day, a month (2023-05) or a year. */
  private dateText(doc: number): string {
    const [from, to] = [this.columns.from[doc]!, this.columns.to[doc]!];
    const day = (n: number) => `${Math.floor(n / 10000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;
    if (from === to) return day(from);
    if (Math.floor(from / 100) === Math.floor(to / 100)) return day(from).slice(0, 7);
    return day(from).slice(0, 4);
  }

  /** Exact, prefix and (if asked) fuzzy matches of one query word. */
  private matches(term: string, fuzzy: boolean): TermMatch[] {
    const out: TermMatch[] = [];
    const exact = this.postings.exact(term);
    if (exact !== undefined) out.push({ term: exact, weight: 1 });
    if (term.length >= PREFIX_MIN) {
      for (const id of this.postings.completions(term, MAX_COMPLETIONS)) {
        const length = this.postings.term(id).length;
        out.push({ term: id, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)) });
      }
    }
    if (fuzzy && term.length >= 5) {
      const seen = new Set(out.map((m) => m.term));
      for (const { term: id, distance } of this.postings.near(term, Math.round(term.length * 0.2))) {
        if (seen.has(id) || distance === 0) continue;
        const length = this.postings.term(id).length;
        out.push({ term: id, weight: (FUZZY_WEIGHT * length) / (length + distance) });
      }
    }
    return out;
  }

  /** The filters as a test on a document number; null when no claim can pass. */
  private filter(o: SearchOptions): ((doc: number) => boolean) | undefined | null {
    const tests: Array<(doc: number) => boolean> = [];
    if (o.onlyIds) {
      const docs = new Set<number>();
      for (const id of o.onlyIds) {
        const doc = this.docOf.get(id);
        if (doc !== undefined) docs.add(doc);
      }
      if (docs.size === 0) return null;
      tests.push((doc) => docs.has(doc));
    }
    // Marks by number, not Sets: a filter is tested on every claim that matched the words.
    if (o.speakerIds) {
      const wanted = marks(this.speakers.list.length, [...o.speakerIds].map((s) => this.speakers.find(s)));
      if (!wanted) return null;
      const speaker = this.columns.speaker;
      tests.push((doc) => wanted[speaker[doc]!] === 1);
    }
    if (o.outlets) {
      const wanted = marks(this.outletNames.list.length + 1, [...o.outlets].map((s) => this.outletNames.find(s)).map((n) => (n === undefined ? n : n + 1)));
      if (!wanted) return null;
      const outlet = this.columns.outlet;
      tests.push((doc) => wanted[outlet[doc]!] === 1);
    }
    if (o.since || o.until) {
      // A month-precision date counts when any of its days is inside the range; undated never.
      const since = dayNumber(o.since, false);
      const until = o.until ? dayNumber(o.until, true) : Infinity;
      const { from, to } = this.columns;
      tests.push((doc) => {
        const start = from[doc]!;
        return start > 0 && to[doc]! >= since && start <= until;
      });
    }
    if (tests.length === 0) return undefined;
    if (tests.length === 1) return tests[0];
    return (doc) => tests.every((t) => t(doc));
  }

  private ensure(docs: number): void {
    const capacity = this.columns.speaker.length;
    if (docs <= capacity) return;
    this.columns = eachColumn((name) => {
      const next = new Uint32Array(Math.max(docs, capacity * 2));
      next.set(this.columns[name]);
      return next;
    });
  }

}

function pad8(n: number): number {
  return (8 - (n % 8)) % 8;
}

/**
 * The sentence's words beyond the content: the cue, the channel ("on Telegram", "in a video"), the
 * circumstances ("as fighting raged in Bakhmut"). The content is indexed on its own; indexing it
 * again inside the sentence doubled the index for no match that content alone does not give.
 */
function sentenceRest(c: StoredClaim): string {
  const at = c.sentence.indexOf(c.content);
  return at < 0 ? c.sentence : c.sentence.slice(0, at) + ' ' + c.sentence.slice(at + c.content.length);
}

export function toIndexed(c: StoredClaim, aliases: string[]): IndexedClaim {
  return {
    id: c.id,
    content: c.content,
    speaker: [c.speaker.name, c.speaker.mention, ...aliases].join(' '),
    role: c.speaker.role ?? '',
    sentence: sentenceRest(c),
    headline: c.headline ?? '',
    outlet: c.outlet ?? '',
  };
}
export { saveSnapshot, loadSnapshot, type SnapshotHeader } from './snapshot.ts';

/** A mark for each known number, or null when none is known. */
function marks(size: number, numbers: Array<number | undefined>): Uint8Array | null {
  const marked = new Uint8Array(size);
  let any = false;
  for (const n of numbers) {
    if (n === undefined) continue;
    marked[n] = 1;
    any = true;
  }
  return any ? marked : null;
}

/**
 * Distinct speakers and outlets of these documents, and the documents with the earliest start
 * and latest end date (-1 when none is dated): [speakers, outlets, fromDoc, toDoc]. Marks, not
 * Sets: a common word tallies most claims. A function of its own: with the loop inside the method,
 * V8 threw the method's optimised code away at its end on every call (--trace-deopt).
 */
function tallyColumns(columns: Columns, docs: Uint32Array, speakerSeen: Uint8Array, outletSeen: Uint8Array): [number, number, number, number] {
  const { speaker: speakerOf, outlet: outletOf, from: fromOf, to: toOf } = columns;
  let speakers = 0;
  let outlets = 0;
  let from = Infinity;
  let fromDoc = -1;
  let to = 0;
  let toDoc = -1;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const speaker = speakerOf[doc]!;
    if (speakerSeen[speaker] === 0) {
      speakerSeen[speaker] = 1;
      speakers++;
    }
    const outlet = outletOf[doc]!;
    if (outlet !== 0 && outletSeen[outlet] === 0) {
      outletSeen[outlet] = 1;
      outlets++;
    }
    const start = fromOf[doc]!;
    if (start === 0) continue;
    if (start < from) {
      from = start;
      fromDoc = doc;
    }
    const end = toOf[doc]!;
    if (end > to) {
      to = end;
      toDoc = doc;
    }
  }
  return [speakers, outlets, fromDoc, toDoc];
}
