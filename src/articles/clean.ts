// cleanBody: turn scraped article text into article prose only. Single lines are judged by
// furniture.ts; this module adds the rules that need context (what follows a "You might also
// like" header, what sits next to a photo credit, what repeats) and lays the result out as
// paragraphs separated by exactly one blank line.
import { Comparable, WordListSet, diceAtLeast } from './compare.ts';
import { BULLET, classifyLine, type FurnitureKind } from './furniture.ts';
import { MONTH_NAME } from './isoDate.ts';
import {
  endsSentence,
  endsWithPeriod,
  hashWords,
  isProse,
  lineWords,
  roughSentences,
  roughSentenceSpans,
  toLines,
  type LineWords,
} from './lines.ts';

type Drop = FurnitureKind | 'list-item' | 'figure' | 'duplicate';

// Every rule below asks the same questions of a line (how many words, does it end a sentence,
// what are its words), several times over as the passes run. Each line's answers are worked
// out once: when the line is read, or on first use for the costlier ones (see comparedOf).
interface Line {
  text: string;
  /** Lines of one block are separated by single newlines; blocks by blank lines. */
  block: number;
  drop: Drop | null;
  /** wordCount(text). */
  words: number;
  /** endsSentence(text). */
  endsSentence: boolean;
  /** The hashes of the line's words for comparisons, found with `words` (see lineWords). */
  hashed: LineWords['compare'];
  compared?: ComparedLine;
}

/** A line as the duplicate and caption rules compare it: whole, and sentence by sentence. */
interface ComparedLine {
  whole: Comparable;
  /** roughSentences(text), in order (those without words too: they match nothing). */
  sentences: Comparable[];
}

/** The longest headline-like line we accept in a list of other stories or as a caption. */
const MAX_ITEM_WORDS = 25;
/** How many lines after a "Related" header may be list items (stops runaway zones). */
const MAX_LIST_ITEMS = 20;
/** A caption repeating a body sentence is compared on sentences of at least this many words. */
const MIN_REPEAT_WORDS = 8;
/** Share of common words for two sentences to count as the same sentence reworded. */
const NEAR_DUPLICATE = 0.8;

/**
 * Clean an article's text: remove page furniture, normalise whitespace (NBSP and other Unicode
 * spaces become " ", lines are trimmed, runs of spaces collapsed) and join paragraphs with
 * exactly "\n\n". Lines of one paragraph that were separated by a single newline (a `<br>`)
 * stay separated by "\n". Characters of the prose itself (quotes, dashes) are kept as they are.
 */
export function cleanBody(text: string): string {
  return cleanLines(toLines(text));
}

/**
 * cleanBody for text already split into normalised lines (as toLines gives them, blank lines
 * as ""), so a caller that has them does not pay for normalising the text twice.
 */
export function cleanLines(normalisedLines: readonly string[]): string {
  const lines = read(normalisedLines);
  markListsAfterHeaders(lines);
  markPlayerTitles(lines);
  markPromoLists(lines);
  markFigures(lines);
  markDatedCaptions(lines);
  markRepeatedCaptions(lines);
  markDuplicates(lines);
  markCaptionsRepeatingProse(lines);
  markFigures(lines);
  return join(lines);
}

function read(normalisedLines: readonly string[]): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const line of normalisedLines) {
    if (line === '') {
      block++;
      continue;
    }
    const { count, compare } = lineWords(line);
    lines.push({ text: line, block, drop: classifyLine(line, count), words: count, endsSentence: endsSentence(line), hashed: compare });
  }
  return lines;
}

/** The line ready for comparisons, worked out on first use. */
function comparedOf(line: Line): ComparedLine {
  line.compared ??= line.hashed ? compareHashed(line.text, line.hashed) : compareWhole(line.text);
  return line.compared;
}

/**
 * From the word hashes found when the line was read: a sentence's words are the line's words
 * that start inside it (sentences are split at spaces, which no word spans).
 */
function compareHashed(text: string, { hashes, starts }: NonNullable<LineWords['compare']>): ComparedLine {
  const sentences: Comparable[] = [];
  const spans = roughSentenceSpans(text);
  let word = 0; // the first word not yet in a sentence
  for (let i = 0; i < spans.length; i += 2) {
    const end = spans[i + 1]!;
    const first = word;
    while (word < starts.length && starts[word]! < end) word++;
    sentences.push(new Comparable(text.slice(spans[i], end), hashes.slice(first, word)));
  }
  return { whole: new Comparable(text, hashes), sentences };
}

/** For the rare line that has to be lower-cased whole (see lineWords): each piece on its own. */
function compareWhole(text: string): ComparedLine {
  return { whole: new Comparable(text, hashWords(text)), sentences: roughSentences(text).map((s) => new Comparable(s)) };
}

/** A short line that does not end a sentence: alt text, a title, a headline in a list. */
function isUnpunctuatedShort(line: Line): boolean {
  return !line.endsSentence && line.words <= MAX_ITEM_WORDS;
}

function join(lines: Line[]): string {
  const blocks = new Map<number, string[]>();
  for (const line of lines) {
    if (line.drop) continue;
    const kept = blocks.get(line.block) ?? [];
    kept.push(line.text);
    blocks.set(line.block, kept);
  }
  return [...blocks.values()].map((b) => b.join('\n')).join('\n\n');
}

/** A line shaped like a headline in a list: short, and not ending in a full stop. */
function isHeadlineLike(line: Line): boolean {
  return line.words <= MAX_ITEM_WORDS && !endsWithPeriod(line.text);
}

/**
 * "You might also like" / "Most read" / "More from …" headers are followed by headlines of
 * other stories. Those headlines often read like claims ("Russia claims it stopped …"), so
 * every headline-like line after such a header goes too, up to the first real paragraph.
 */
function markListsAfterHeaders(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.drop !== 'related') return;
    let items = 0;
    for (let j = i + 1; j < lines.length && items < MAX_LIST_ITEMS; j++) {
      const next = lines[j]!;
      if (next.drop) continue; // more furniture inside the list (share bars, ads)
      // (A teaser of two short sentences after an item, "Boston’s live music scene is shrinking.
      // Musicians say rents are to blame.", is an item too when nothing but items or the page's
      // end follows.)
      // (Nor a bulleted item after bulleted items: "→ Durban says she “never voted to raise taxes.”
      // That's False." under "More fact-checks".)
      const bulleted = items > 0 && BULLET.test(next.text) && BULLET.test(lines[j - 1]!.text) && next.words <= 2 * MAX_ITEM_WORDS;
      if (!isHeadlineLike(next) && !(items > 0 && isTeaser(next) && onlyItemsAfter(lines, j)) && !bulleted) break;
      next.drop = 'list-item';
      items++;
    }
  });
}

/**
 * A video player scrapes as its running time with the clip's title, description and show on
 * the lines under it ("Duration 2:14" / "Residents of Larch Creek describe the moment they were
 * told to leave."). Those lines describe a clip, not the story ("describe" reads as a claim), so
 * the short lines of the player's own block go with its running time.
 */
function markPlayerTitles(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.drop !== 'player') return;
    for (let j = i + 1; j < lines.length && lines[j]!.block === line.block; j++) {
      const next = lines[j]!;
      if (next.drop) continue;
      if (next.words > MAX_ITEM_WORDS) break;
      next.drop = 'caption';
    }
  });
}

/** A headline's teaser of a sentence or two with no commas: "The live music scene is shrinking.
 * Musicians say rents are to blame." A story's paragraph is longer, or has its commas. */
function isTeaser(line: Line): boolean {
  return line.words <= 16 && !line.text.includes(',') && (line.text.match(/[.!?](?:\s|$)/g) ?? []).length <= 2;
}

/** Whether every line kept after `j` is headline-like (or there is none): the list runs to the page's end. */
function onlyItemsAfter(lines: Line[], j: number): boolean {
  for (let k = j + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.drop && !isHeadlineLike(l)) return false;
  }
  return true;
}

/**
 * A subscription card ("<Outlet> cover", "Subscribe …") is followed by its perks, usually
 * bulleted. Bulleted or short unpunctuated lines after it go, up to the first real paragraph.
 * Bullets elsewhere are kept: a list of key points in an article is prose.
 */
function markPromoLists(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.drop !== 'promo') return;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.drop) continue;
      const bullet = BULLET.test(next.text);
      if (!bullet && (isProse(next.text, next.words) || next.words > 12)) break;
      if (!bullet && next.endsSentence) break;
      next.drop = 'perk';
    }
  });
}

/**
 * Photos are scraped as a small block: alt text, caption, credit, often a tag line. A line with
 * no sentence ending that sits in the same block as a credit or an agency caption (with only
 * such lines between them) is part of that figure.
 */
function markFigures(lines: Line[]): void {
  const isFigure = (l: Line) => l.drop === 'credit' || l.drop === 'caption' || l.drop === 'figure' || l.drop === 'tag';
  let changed = true;
  while (changed) {
    changed = false;
    lines.forEach((line, i) => {
      if (line.drop || !isUnpunctuatedShort(line)) return;
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const glued = (l: Line | undefined) => l !== undefined && l.block === line.block && isFigure(l);
      if (glued(prev) || glued(next)) {
        line.drop = 'figure';
        changed = true;
      }
    });
  }
}

/** "… on October 12, 2023.": the full date, year and all, that wire captions carry. */
const CAPTION_DATE = new RegExp(`\\b(?:(?:${MONTH_NAME})\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAME})\\s+\\d{4})\\b`, 'i');

/**
 * A photo caption that says nothing the body repeats: "Ukrainian soldiers fire a howitzer near
 * Avdiivka on October 12, 2023. Kyiv says …" with its credit on the next line. A line glued to
 * a credit below it that dates its picture to the day and year is that caption. (Body
 * paragraphs rarely give the year of a recent day, so a paragraph above a credit stays.)
 */
function markDatedCaptions(lines: Line[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.drop || next?.drop !== 'credit' || next.block !== line.block) return;
    if (CAPTION_DATE.test(line.text)) line.drop = 'caption';
  });
}

/**
 * A short line with no sentence ending that is repeated, or that the next line starts with, is
 * an image's alt text or title printed again as its caption: all copies go.
 */
function markRepeatedCaptions(lines: Line[]): void {
  const kept = new WordListSet();
  for (const l of lines) if (!l.drop) kept.add(comparedOf(l).whole);
  lines.forEach((line, i) => {
    if (line.drop || !isUnpunctuatedShort(line)) return;
    const next = lines[i + 1];
    const prefixOfNext = next !== undefined && next.text.length > line.text.length && next.text.startsWith(line.text);
    if (prefixOfNext || kept.count(comparedOf(line).whole) > 1) line.drop = 'figure';
  });
}

/** A paragraph printed twice (a pull quote, a repeated block) is kept the first time only. */
function markDuplicates(lines: Line[]): void {
  const seen = new WordListSet();
  for (const line of lines) {
    if (line.drop) continue;
    // Very short repeated lines ("Yes." in a transcript) can be real; keep them.
    if (line.words < 4) continue;
    const words = comparedOf(line).whole;
    if (seen.has(words)) line.drop = 'duplicate';
    else seen.add(words);
  }
}

/**
 * A caption often repeats a paragraph of the body, reworded a little ("the decimated Donetsk
 * city" for "the decimated Ukrainian city"). A line of a figure-shaped block (one with a credit,
 * or with a short unpunctuated alt-text line) goes when one of its sentences nearly matches a
 * sentence elsewhere. Any other line goes when most of its words are sentences already printed
 * word for word above (a pull quote, a repeated lead).
 */
function markCaptionsRepeatingProse(lines: Line[]): void {
  const figureBlocks = figureShapedBlocks(lines);
  const kept = lines.filter((l) => !l.drop);
  const prose = kept.filter((l) => !figureBlocks.has(l.block));
  // A figure line's sentences are compared with the prose sentences of about their length
  // (the only ones similar() can accept); shorter sentences are never compared at all.
  const proseSentences = new SentencesByLength();
  for (const l of prose) for (const s of comparedOf(l).sentences) if (s.length >= MIN_REPEAT_WORDS) proseSentences.add(s);
  for (const line of kept) {
    if (!figureBlocks.has(line.block)) continue;
    const repeats = comparedOf(line).sentences.some(
      (s) => s.length >= MIN_REPEAT_WORDS && proseSentences.someNear(s.length, (t) => similar(s, t)),
    );
    // As a caption, it takes its alt text with it (markFigures runs again after this).
    if (repeats) line.drop = 'caption';
  }
  // Elsewhere, exact repeats only: one pass with a set of sentences seen so far. Only
  // sentences of MIN_REPEAT_WORDS or more are looked up, so only those need remembering.
  const seen = new WordListSet();
  for (const line of prose) {
    if (line.drop) continue;
    const own = comparedOf(line).sentences.filter((s) => s.length > 0);
    const total = own.reduce((n, s) => n + s.length, 0);
    const long = own.filter((s) => s.length >= MIN_REPEAT_WORDS);
    const repeated = long.filter((s) => seen.has(s)).reduce((n, s) => n + s.length, 0);
    if (total > 0 && repeated / total >= 0.6) line.drop = 'duplicate';
    else for (const s of long) seen.add(s);
  }
}

/** Blocks that hold a photo credit or caption, or a short unpunctuated line beside other lines (alt text). */
function figureShapedBlocks(lines: Line[]): Set<number> {
  const blocks = new Set<number>();
  const sizes = new Map<number, number>();
  for (const l of lines) sizes.set(l.block, (sizes.get(l.block) ?? 0) + 1);
  for (const l of lines) {
    if (l.drop === 'credit' || l.drop === 'caption' || l.drop === 'figure') blocks.add(l.block);
    const altText = !l.drop && isUnpunctuatedShort(l);
    if (altText && (sizes.get(l.block) ?? 0) > 1) blocks.add(l.block);
  }
  return blocks;
}

/** Sentences grouped by their number of words, to reach those of about a given length. */
class SentencesByLength {
  readonly #byLength: Comparable[][] = [];

  add(sentence: Comparable): void {
    (this.#byLength[sentence.length] ??= []).push(sentence);
  }

  /**
   * Whether `test` holds for one of the sentences whose length is within NEAR_DUPLICATE of
   * `length` (a little wider, so rounding never leaves out one that similar() accepts).
   */
  someNear(length: number, test: (sentence: Comparable) => boolean): boolean {
    const last = Math.min(Math.ceil(length / NEAR_DUPLICATE), this.#byLength.length - 1);
    for (let n = Math.floor(length * NEAR_DUPLICATE); n <= last; n++) {
      if (this.#byLength[n]?.some(test)) return true;
    }
    return false;
  }
}

/** Two sentences nearly the same: long enough, of similar length, sharing most words. */
function similar(a: Comparable, b: Comparable): boolean {
  if (Math.min(a.length, b.length) < MIN_REPEAT_WORDS) return false;
  if (Math.min(a.length, b.length) / Math.max(a.length, b.length) < NEAR_DUPLICATE) return false;
  return diceAtLeast(a, b, NEAR_DUPLICATE);
}
