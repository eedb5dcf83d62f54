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

/** Normalise line endings and Unicode line/paragraph separators to "\n". */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u2029/g, '\n\n').replace(/[\u2028\u0085]/g, '\n');
}

/** One line with its spaces made plain: Unicode spaces → " ", runs collapsed, ends trimmed. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(CONTROLS, '').replace(UNICODE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The text as normalised lines (blank lines kept as ""), so blocks can still be told apart. */
export function toLines(text: string): string[] {
  return normaliseNewlines(text).split('\n').map(normaliseLine);
}

/** Word count, counting any run of letters or digits (with inner apostrophes/hyphens) as a word. */
export function wordCount(line: string): number {
  return line.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Lower-case word list, quotes folded, for comparing lines that differ only in punctuation. */
export function wordsOf(line: string): string[] {
  return (line.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []);
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
 */
export function isProse(line: string): boolean {
  const words = wordCount(line);
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
