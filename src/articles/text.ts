// Plain text → Article: read what the text states about itself at its top (front matter, a
// date line, the headline, a byline), clean the rest, and merge the metadata by precedence.
import { makeArticle } from './article.ts';
import { cleanLines } from './clean.ts';
import { articleErrors } from './errors.ts';
import { classifyLine } from './furniture.ts';
import { endsWithPeriod, isProse, normaliseNewlines, toLines, wordCount, wordsOf } from './lines.ts';
import {
  dateFromFileName,
  mergeMeta,
  parseFrontMatter,
  readBylineOutlet,
  readDateLine,
  readWireDateline,
  type MetaLayer,
  type MetaProvenance,
} from './metadata.ts';
import type { Article, ArticleMeta } from './types.ts';

/** A first line longer than this is a sentence that lost its full stop, not a headline. */
const MAX_HEADLINE_WORDS = 25;
/** How far down the top of the text a byline or a date line is looked for, in non-blank lines. */
const HEAD_LINES = 12;
/** How many opening paragraphs may carry a wire dateline ("KYIV, Ukraine (AP) —"). */
const DATELINE_SEARCH_PARAGRAPHS = 3;

export interface TextOptions {
  /** Metadata that outranks what the text itself states (front matter still comes first). */
  above?: MetaLayer[];
  /** Take a short first line as the headline (plain text files); off for HTML and records. */
  firstLineHeadline?: boolean;
}

/**
 * Build an Article from plain text. `meta` (provenance 'record' unless `provenance` says
 * otherwise) outranks what the text states about itself, but not its front matter.
 * Throws ArticleError('empty') when no prose is left after cleaning.
 */
export function articleFromText(
  text: string,
  source: string,
  meta: Partial<ArticleMeta> = {},
  provenance: Partial<MetaProvenance> = {},
): Article {
  return textToArticle(text, source, { above: [{ meta, source: provenance }], firstLineHeadline: true });
}

export function textToArticle(text: string, source: string, options: TextOptions = {}): Article {
  const unmarked = normaliseNewlines(text.replace(/^\ufeff/, ''));
  const front = parseFrontMatter(unmarked);
  const lines = toLines(front ? front.rest : unmarked);
  const above: MetaLayer[] = [...(front ? [{ meta: front.meta, source: 'front-matter' as const }] : []), ...(options.above ?? [])];
  const knownHeadline = mergeMeta(above).meta.headline;

  const stated: { publishedAt?: string; headline?: string; outlet?: string } = {};
  takeDateLine(lines, stated);
  const top = firstContentLine(lines, 0);
  if (top < lines.length && isHeadline(lines, top, knownHeadline, options.firstLineHeadline ?? false)) {
    if (options.firstLineHeadline) stated.headline = lines[top];
    lines[top] = '';
    takeDateLine(lines, stated);
  }
  stated.outlet = bylineOutlet(lines) ?? undefined;

  // The lines are still as toLines left them (a date line's rest is its tail after the date
  // and the spaces that follow it), so they go to the cleaner without being normalised again.
  const body = cleanLines(lines);
  if (body === '') {
    throw articleErrors.empty(source, front || stated.headline ? 'only metadata and page furniture, no paragraphs' : 'it is blank or only page furniture');
  }
  const wire = wireDateline(body);
  const { meta, provenance } = mergeMeta([
    ...above,
    { meta: { publishedAt: stated.publishedAt ?? null }, source: 'dateline' },
    { meta: { outlet: stated.outlet ?? null }, source: 'byline' },
    { meta: { outlet: wire?.outlet ?? null, publishedAt: wire?.publishedAt ?? null }, source: 'dateline' },
    { meta: { headline: stated.headline ?? null }, source: 'first-line' },
    { meta: { publishedAt: dateFromFileName(source) }, source: 'filename' },
  ]);
  return makeArticle(source, body, meta, provenance);
}

/** A wire dateline opens one of the first paragraphs (a standfirst may come before it). */
function wireDateline(body: string): ReturnType<typeof readWireDateline> {
  for (const paragraph of body.split('\n\n').slice(0, DATELINE_SEARCH_PARAGRAPHS)) {
    const found = readWireDateline(paragraph);
    if (found) return found;
  }
  return null;
}

/** The first non-blank line at or after `from` that is not page furniture ("IE 11 is not supported…"). */
function firstContentLine(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    const kind = line === '' ? 'blank' : classifyLine(line);
    // A tag-shaped line at the top ("Bakhmut Falls") may be the headline: stop there.
    if (kind === null || kind === 'tag') return i;
    i++;
  }
  return i;
}

/**
 * A date line at the top of the text ("date 2023-04-03 The leader of…", "Published April 3,
 * 2023"): keep the date, and leave the rest of that line as body. Only lines before the first
 * paragraph of prose are looked at, so a date in the story is never taken for its own; past one
 * paragraph (a standfirst, as NBC News prints it) only a date stamped with its time of day
 * ("May 21, 2023, 7:42 AM UTC / Updated …").
 */
function takeDateLine(lines: string[], stated: { publishedAt?: string }): void {
  if (stated.publishedAt) return;
  let seen = 0;
  let prose = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    seen++;
    const found = readDateLine(line);
    if (found && (prose === 0 || /\d{1,2}[:.]\d{2}/.test(line))) {
      stated.publishedAt = found.date;
      lines[i] = found.rest;
      return;
    }
    const words = wordCount(line);
    if (isProse(line, words) && classifyLine(line, words) === null && ++prose > 1) return;
  }
}

/**
 * The line is the headline when it equals a headline known from metadata, or (for plain text)
 * when it stands alone, is short and does not end with a full stop. The line after it must be
 * blank, and some text must follow: a one-line file is a body, not a headline.
 */
function isHeadline(lines: string[], at: number, known: string | null, guess: boolean): boolean {
  const line = lines[at]!;
  const rest = lines.slice(at + 1);
  if (!rest.some((l) => l !== '')) return false;
  if (known && sameWords(line, known)) return true;
  if (!guess || rest[0] !== '') return false;
  const words = wordCount(line);
  return words >= 1 && words <= MAX_HEADLINE_WORDS && !endsWithPeriod(line) && !readWireDateline(`${line} `);
}

function sameWords(a: string, b: string): boolean {
  return wordsOf(a).join(' ') === wordsOf(b).join(' ');
}

/** The outlet of the first byline at the top of the text ("By Euronews with AP"). */
function bylineOutlet(lines: string[]): string | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    seen++;
    if (!/^by\s/i.test(line) || classifyLine(line) !== 'byline') continue;
    const outlet = readBylineOutlet(line);
    if (outlet) return outlet;
  }
  return null;
}
