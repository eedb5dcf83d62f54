// Line-level text helpers shared by the cleaner and the metadata readers: whitespace
// normalisation and the few shape tests ("is this a sentence?") the furniture rules rely on.

// Every Unicode space separator plus tab: scraped pages are full of NBSP (U+00A0), thin and
// narrow spaces (U+2009, U+202F) and ideographic spaces that break word matching downstream.
const UNICODE_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that carry no text: zero-width space, word joiner, a stray BOM, soft
// hyphen. Joiners (U+200C/U+200D) are kept: emoji and some scripts need them.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// C0 controls other than newline survive some scrapers; they are never prose. C1 controls are
// kept: they turn up inside mis-decoded names ("FranÃ\u0083Â§ois") and removing them would
// change the words around them.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
// Any character one of the three classes above removes or replaces: a line without one, and
// without two spaces in a row, is already normalised but for trimming. Most lines are, so two
// quick tests spare four passes. (One regex with " {2}" as an alternative is slower.)
const NEEDS_NORMALISING = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
// Characters normaliseNewlines rewrites.
const OTHER_NEWLINES = /[\r\u2028\u2029\u0085]/;

/** Normalise line endings and Unicode line/paragraph separators to "\n". */
export function normaliseNewlines(text: string): string {
  if (!OTHER_NEWLINES.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\u2029/g, '\n\n').replace(/[\u2028\u0085]/g, '\n');
}

/** One line with its spaces made plain: Unicode spaces → " ", runs collapsed, ends trimmed. */
export function normaliseLine(line: string): string {
  if (!NEEDS_NORMALISING.test(line) && !line.includes('  ')) return line.trim();
  return line.replace(INVISIBLE, '').replace(CONTROLS, '').replace(UNICODE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The text as normalised lines (blank lines kept as ""), so blocks can still be told apart. */
export function toLines(text: string): string[] {
  const plain = normaliseNewlines(text);
  // Many texts hold nothing normaliseLine changes but the ends of lines: one test of the whole
  // text then spares one per line.
  const clean = !NEEDS_NORMALISING.test(plain) && !plain.includes('  ');
  return plain.split('\n').map(clean ? trimLine : normaliseLine);
}

const trimLine = (line: string) => line.trim();

// ---- words ----------------------------------------------------------------------------------
// A word is a run of letters or digits (\p{L}, \p{N}), or several runs each joined to the next
// by one joiner character: "aren't", "Kyiv-based". wordCount and wordsOf used to be Unicode
// regexes (/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) that the cleaner ran several times per
// line, and they dominated its profile. Now one hand-written scan (findRuns) finds the runs
// of letters/digits and each helper joins them by its own joiners; the results are exactly
// the regexes' (a joiner joins two runs only when it is the one character between them, so
// "a--b" and "a'" hold no joined word).

// What the scan needs to know of each BMP character, learnt on first sight (most text uses a
// few hundred distinct characters), in one table so that the scan reads one entry per
// character: UNKNOWN (not learnt yet), OTHER (not a letter or digit), SPECIAL (a surrogate, or
// a character that lower-cases irregularly), or for a letter or digit its lower-case code unit
// (always above SPECIAL). Irregular: lower-cases to more than one unit ("İ" → "i̇"), by context
// (Σ → σ, or ς ending a word), or into another class; a line holding one is lower-cased whole
// before its words are found (see lineWords).
const UNKNOWN = 0;
const OTHER = 1;
const SPECIAL = 2;
const charTable = new Uint16Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CAPITAL_SIGMA = 0x3a3;

function learn(c: number): number {
  let entry = SPECIAL; // a surrogate (see specialInfo), or irregular
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    const letter = LETTER_OR_DIGIT.test(ch);
    const lower = ch.toLowerCase();
    const regular = lower.length === 1 && c !== CAPITAL_SIGMA && LETTER_OR_DIGIT.test(lower) === letter;
    // A letter's entry is its lower-case unit, which must not read as OTHER or SPECIAL.
    if (regular && !letter) entry = OTHER;
    else if (regular && lower.charCodeAt(0) > SPECIAL) entry = lower.charCodeAt(0);
  }
  charTable[c] = entry;
  return entry;
}

// Characters marked SPECIAL, by code point (a surrogate pair read as one): whether a letter,
// whether irregular. Rare, so a Map. Letters beyond the BMP are all taken as irregular.
const specials = new Map<number, { letter: boolean; irregular: boolean }>();

function specialInfo(cp: number): { letter: boolean; irregular: boolean } {
  let info = specials.get(cp);
  if (!info) {
    const ch = String.fromCodePoint(cp); // a lone surrogate is no letter, as with the u flag
    const letter = LETTER_OR_DIGIT.test(ch);
    info = { letter, irregular: letter || ch.toLowerCase() !== ch };
    specials.set(cp, info);
  }
  return info;
}

// 32-bit FNV-1a, for hashing words. Word hashes are cut to 30 bits so that V8 keeps them as
// small integers (unboxed in arrays and as Map keys).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SMALL_INT = 0x3fffffff;

// The runs findRuns found: run i spans [runStarts[i], runEnds[i]) and runHashes[i] hashes its
// characters. Buffers reused by every scan (and grown when needed), so a scan allocates
// nothing; callers read them straight away, before anything scans again.
let runStarts: Int32Array = new Int32Array(256);
let runEnds: Int32Array = new Int32Array(256);
let runHashes: Int32Array = new Int32Array(256);
/** Set by findRuns: no character of the text lower-cases irregularly (see charTable). */
let lowersRegularly = true;

/**
 * Find the maximal runs of letters/digits (code points, as the u flag reads them) in `text`.
 * Each run's hash is of its characters lower-cased one by one when `lowerCase` is set, which is
 * what lower-casing the whole text gives when `lowersRegularly` comes out true.
 */
function findRuns(text: string, lowerCase: boolean): number {
  const n = text.length;
  let runs = 0;
  let start = -1; // start of the current run, -1 when outside one
  let hash = 0;
  lowersRegularly = true;
  for (let i = 0; i < n; ) {
    const at = i;
    let c = text.charCodeAt(i++);
    let entry = charTable[c]!;
    if (entry === UNKNOWN) entry = learn(c);
    if (entry === SPECIAL) {
      c = text.codePointAt(at)!; // a surrogate pair's code point, or the character itself
      if (c > 0xffff) i++;
      const { letter, irregular } = specialInfo(c);
      if (irregular) lowersRegularly = false;
      entry = letter ? c : OTHER; // (lower-case hashes do not matter once irregular)
    }
    if (entry !== OTHER) {
      if (start < 0) {
        start = at;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ (lowerCase ? entry : c), FNV_PRIME);
    } else if (start >= 0) {
      addRun(runs++, start, at, hash);
      start = -1;
    }
  }
  if (start >= 0) addRun(runs++, start, n, hash);
  return runs;
}

function addRun(i: number, start: number, end: number, hash: number): void {
  if (i === runStarts.length) {
    runStarts = grown(runStarts);
    runEnds = grown(runEnds);
    runHashes = grown(runHashes);
  }
  runStarts[i] = start;
  runEnds[i] = end;
  runHashes[i] = hash;
}

function grown(buffer: Int32Array): Int32Array {
  const bigger = new Int32Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

const APOSTROPHE = 0x27; // '
const RIGHT_QUOTE = 0x2019; // ’
const LEFT_QUOTE = 0x2018; // ‘
const HYPHEN = 0x2d; // -

/** Where joinRuns puts the words of wordsOf it finds, in order (each array optional). */
interface CompareWords {
  hashes?: number[];
  starts?: number[];
  ends?: number[];
}

/**
 * Join the runs of the last scan of `text` into words, both ways at once: returns how many
 * words wordCount finds (runs joined by ' ’ or -), and pushes the hash, start and end of each
 * word of wordsOf (runs joined by ' ’ or ‘, all three spelt "'" in its words) into `out`. A
 * word's hash is made of its runs' hashes: the runs say what the word is, so the hash is a
 * function of the word alone.
 */
function joinRuns(text: string, runs: number, out: CompareWords): number {
  let count = runs;
  let hash = 0;
  for (let i = 0; i < runs; i++) {
    // The one character between this run and the last, if there is exactly one.
    const gap = i > 0 ? runEnds[i - 1]! : -2;
    const c = runStarts[i] === gap + 1 ? text.charCodeAt(gap) : -1;
    const apostrophe = c === APOSTROPHE || c === RIGHT_QUOTE;
    if (apostrophe || c === HYPHEN) count--;
    if (apostrophe || c === LEFT_QUOTE) {
      hash = Math.imul(hash ^ runHashes[i]!, FNV_PRIME);
      continue;
    }
    if (i > 0) endWord(out, hash, runEnds[i - 1]!);
    out.starts?.push(runStarts[i]!);
    hash = Math.imul(FNV_OFFSET ^ runHashes[i]!, FNV_PRIME);
  }
  if (runs > 0) endWord(out, hash, runEnds[runs - 1]!);
  return count;
}

function endWord(out: CompareWords, hash: number, end: number): void {
  out.hashes?.push(hash & SMALL_INT);
  out.ends?.push(end);
}

const NO_WORDS: CompareWords = {};

/** Word count, counting any run of letters or digits (with inner apostrophes/hyphens) as a word. */
export function wordCount(line: string): number {
  return joinRuns(line, findRuns(line, false), NO_WORDS);
}

/** Lower-case word list, quotes folded, for comparing lines that differ only in punctuation. */
export function wordsOf(line: string): string[] {
  // Lower-case the whole line first, then split: lower-casing can change a string's length
  // ("İ" → "i̇"), and the words are those of the lower-cased text.
  const folded = line.toLowerCase().replace(/[’‘]/g, "'");
  const found = { starts: [] as number[], ends: [] as number[] };
  joinRuns(folded, findRuns(folded, false), found);
  return found.starts.map((start, i) => folded.slice(start, found.ends[i]));
}

/**
 * A hash of each word of wordsOf(line), in order, computed without building the words: the
 * cleaner compares every line and sentence with the others and few of them match, so it
 * compares hashes first and builds the words only when they agree. Equal words always have
 * equal hashes (different words rarely do). Hashes are small integers, cheap to store.
 */
export function hashWords(line: string): number[] {
  // No quote-folding replace as in wordsOf: ’ and ‘ join runs like "'" does, and a word's
  // hash is made of its runs' hashes only, so the hashes are those of wordsOf's words.
  const folded = line.toLowerCase();
  const hashes: number[] = [];
  joinRuns(folded, findRuns(folded, false), { hashes });
  return hashes;
}

/** What the cleaner needs of a line's words, found in one scan of it (see lineWords). */
export interface LineWords {
  /** wordCount(line). */
  count: number;
  /**
   * hashWords(line), with where each word starts in `line`; null for the rare line that must
   * be lower-cased whole to find its words (one holding "İ" or "Σ"): use hashWords then.
   */
  compare: { hashes: number[]; starts: number[] } | null;
}

/** wordCount(line) and hashWords(line) at the cost of one scan. */
export function lineWords(line: string): LineWords {
  const runs = findRuns(line, true);
  if (!lowersRegularly) return { count: joinRuns(line, runs, NO_WORDS), compare: null };
  // Every character lower-cases on its own into one of its class: the lower-cased line has
  // the same runs at the same places, with the hashes findRuns gave them.
  const compare = { hashes: [] as number[], starts: [] as number[] };
  return { count: joinRuns(line, runs, compare), compare };
}

/** A hash of a list of word hashes (a whole line's or sentence's words, in order). */
export function hashOfHashes(words: readonly number[]): number {
  let h = FNV_OFFSET;
  for (const w of words) h = Math.imul(h ^ w, FNV_PRIME);
  return h & SMALL_INT;
}

// A sentence ends in . ! ? or … possibly followed by closing quotes or brackets. Tested on
// every line, from its end backwards: as a regex (/[.!?…]["'”’»)\]]*$/) it is tried at every
// position of the line. Characters are compared as UTF-16 codes (all of these are one unit).
const code = (ch: string) => ch.charCodeAt(0);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']'].map(code));
const SENTENCE_ENDS = new Set(['.', '!', '?', '…'].map(code));
const PERIODS = new Set(['.', '…'].map(code));

/** The code of the last character before any closing quotes or brackets that end `line` (-1 if none). */
function lastBeforeClosers(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line.charCodeAt(i))) i--;
  return i >= 0 ? line.charCodeAt(i) : -1;
}

export function endsSentence(line: string): boolean {
  return SENTENCE_ENDS.has(lastBeforeClosers(line));
}

/** Same, but only a full stop: headlines may end in ? or ! but never in a period. */
export function endsWithPeriod(line: string): boolean {
  return PERIODS.has(lastBeforeClosers(line));
}

/**
 * A line that reads as real prose: it ends a sentence and has a few words, or it is long
 * enough that no furniture would be. "But Ukrainian defenders aren't retreating." qualifies.
 * Pass `words` when the line's word count is already known.
 */
export function isProse(line: string, words: number = wordCount(line)): boolean {
  return (endsSentence(line) && words >= 3) || words > 30;
}

// Rough sentences end with a mark (. ! ? …) and any closing quotes or brackets, and the next one
// starts, after spaces, with a capital or a digit (perhaps after an opening quote or bracket).
// A split on /(?<=[.!?…]["'”’»)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u does it too, but tries its
// lookbehind at every character; searching for the mark first is much quicker.
const SENTENCE_GAP = /[.!?…]["'”’»)\]]*(\s+)/g;
const SENTENCE_START = /["'“‘(\[]?[\p{Lu}\p{N}]/uy;

/**
 * Where the rough sentences of `line` are, as [start, end) offsets in one flat array: the
 * pieces between sentence gaps, empty ones left out.
 */
export function roughSentenceSpans(line: string): number[] {
  const spans: number[] = [];
  let from = 0;
  SENTENCE_GAP.lastIndex = 0;
  for (let m = SENTENCE_GAP.exec(line); m; m = SENTENCE_GAP.exec(line)) {
    const end = SENTENCE_GAP.lastIndex;
    SENTENCE_START.lastIndex = end;
    if (!SENTENCE_START.test(line)) continue;
    const gap = end - m[1]!.length;
    if (gap > from) spans.push(from, gap);
    from = end;
  }
  if (line.length > from) spans.push(from, line.length);
  return spans;
}

/** Split a paragraph into rough sentences (enough to compare captions with paragraphs). */
export function roughSentences(line: string): string[] {
  const spans = roughSentenceSpans(line);
  const sentences: string[] = [];
  for (let i = 0; i < spans.length; i += 2) sentences.push(line.slice(spans[i], spans[i + 1]));
  return sentences;
}
