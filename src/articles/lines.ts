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
// Any character one of the three classes above removes or replaces, or two spaces in a row:
// a line without one is already normalised but for trimming. Most lines are, and text is
// often normalised twice (the text reader, then cleanBody), so one test spares four passes.
const NEEDS_NORMALISING = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
// Characters normaliseNewlines rewrites.
const OTHER_NEWLINES = /[\r\u2028\u2029\u0085]/;

/** Normalise line endings and Unicode line/paragraph separators to "\n". */
export function normaliseNewlines(text: string): string {
  if (!OTHER_NEWLINES.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\u2029/g, '\n\n').replace(/[\u2028\u0085]/g, '\n');
}

/** One line with its spaces made plain: Unicode spaces → " ", runs collapsed, ends trimmed. */
export function normaliseLine(line: string): string {
  if (!NEEDS_NORMALISING.test(line)) return line.trim();
  return line.replace(INVISIBLE, '').replace(CONTROLS, '').replace(UNICODE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The text as normalised lines (blank lines kept as ""), so blocks can still be told apart. */
export function toLines(text: string): string[] {
  return normaliseNewlines(text).split('\n').map(normaliseLine);
}

// Words are runs of letters or digits (\p{L}, \p{N}); a single apostrophe (or, for counting,
// a hyphen) between two runs joins them into one word: "aren't", "Kyiv-based". These used to
// be Unicode regexes (/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu), but the cleaner asks for the
// words of every line several times and the regexes dominated its profile, so both helpers
// are one hand-written scan with exactly the regexes' semantics (see scanWords).

// Whether a code point is a letter or digit, memoised for the BMP: 0 = not yet known, 1 = yes,
// 2 = no. Almost every character of a news page is ASCII or a few common punctuation marks, so
// the regex below runs once per distinct character, not once per character.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const bmpLetterOrDigit = new Uint8Array(0x10000);

function isLetterOrDigit(cp: number): boolean {
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let known = bmpLetterOrDigit[cp]!;
  if (known === 0) {
    // A lone surrogate is not a letter (the regex, with the u flag, sees it alone too).
    known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpLetterOrDigit[cp] = known;
  }
  return known === 1;
}

const APOSTROPHE = 0x27; // '
const RIGHT_QUOTE = 0x2019; // ’
const HYPHEN = 0x2d; // -

/**
 * Find the words of `line` exactly as a global match of `[\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*`
 * with the u flag would, J being an apostrophe, or with `countMode` an apostrophe, "’" or a
 * hyphen. A joiner continues the current word only when a letter or digit follows it;
 * otherwise the word ends before it ("a--b" is two words). Returns how many words there are,
 * and pushes each word's text to `out` when given. (One function with a flag rather than a
 * callback: this runs over every line several times and V8 inlines it this way.)
 */
function scanWords(line: string, countMode: boolean, out?: string[]): number {
  let words = 0;
  let start = -1; // start of the current word, -1 when outside one
  let end = 0; // end of the current word's last run of letters/digits
  let afterJoiner = false; // the previous character was a joiner directly after a letter/digit
  for (let i = 0; i < line.length; i++) {
    const at = i;
    let c = line.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < line.length) {
      const cp = line.codePointAt(i)!;
      if (cp > 0xffff) {
        c = cp;
        i++;
      }
    }
    if (isLetterOrDigit(c)) {
      if (start < 0) start = at;
      end = i + 1;
      afterJoiner = false;
    } else if (start >= 0 && !afterJoiner && (c === APOSTROPHE || (countMode && (c === RIGHT_QUOTE || c === HYPHEN)))) {
      afterJoiner = true; // the word goes on only if a letter or digit comes next
    } else if (start >= 0) {
      words++;
      out?.push(line.slice(start, end));
      start = -1;
      afterJoiner = false;
    }
  }
  if (start >= 0) {
    words++;
    out?.push(line.slice(start, end));
  }
  return words;
}

/** Word count, counting any run of letters or digits (with inner apostrophes/hyphens) as a word. */
export function wordCount(line: string): number {
  return scanWords(line, true);
}

/** Lower-case word list, quotes folded, for comparing lines that differ only in punctuation. */
export function wordsOf(line: string): string[] {
  // Lower-case the whole line first (as before): lower-casing can change a string's length
  // ("İ" → "i̇"), and the words are those of the lower-cased text.
  const folded = line.toLowerCase().replace(/[’‘]/g, "'");
  const words: string[] = [];
  scanWords(folded, false, words);
  return words;
}

// A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
const TERMINAL = /[.!?…]["'”’»)\]]*$/;
// Same, but only a full stop: headlines may end in ? or ! but never in a period.
const TERMINAL_PERIOD = /[.…]["'”’»)\]]*$/;

export function endsSentence(line: string): boolean {
  return TERMINAL.test(line);
}

export function endsWithPeriod(line: string): boolean {
  return TERMINAL_PERIOD.test(line);
}

/**
 * A line that reads as real prose: it ends a sentence and has a few words, or it is long
 * enough that no furniture would be. "But Ukrainian defenders aren't retreating." qualifies.
 * Pass `words` when the line's word count is already known.
 */
export function isProse(line: string, words: number = wordCount(line)): boolean {
  return (endsSentence(line) && words >= 3) || words > 30;
}

/** A line with no letter or digit at all: separators such as "***", "___." or "—". */
export function hasNoWords(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

/** Split a paragraph into rough sentences (enough to compare captions with paragraphs). */
export function roughSentences(line: string): string[] {
  return line.split(/(?<=[.!?…]["'”’»)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u).filter((s) => s.length > 0);
}
