// Time expressions in news text, resolved against the article's publication date the way news means them: toward
// the past. chrono-node does the parsing, with news parsers and refiners (see news-chrono.ts).
import type { ParsedResult } from 'chrono-node';
import { createNewsChrono } from './news-chrono.ts';
import { TAG, precisionOf } from './words.ts';
import type { DatePrecision, TimeExpression } from './types.ts';

export type { DatePrecision, TimeExpression } from './types.ts';

const newsChrono = createNewsChrono();

/**
 * Cheap test for text that may hold a time expression: a digit, a capitalised month (chrono is only asked when the
 * month is capitalised), or a word such as "Monday", "today", "tonight", "week", "month", "year". Most sentences have none.
 */
// A whole month word (or its abbreviation), so that "Mark", "Mayor" or "Junior" do not send a
// sentence through the parser for nothing.
const MAY_HAVE_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b/;
const MAY_HAVE_OTHER = /\d|day|night|week|month|year|morning|afternoon|evening/i;

/** Used when there is no reference: every result that depends on it is removed afterwards. */
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/** Tags of results whose year comes from the reference, not from the text. */
const RELATIVE_TAGS = [TAG.relative, 'result/relativeDate', 'parser/ENCasualDateParser'];

/**
 * 'YYYY-MM-DD' (or an ISO timestamp, of which the date is used) as local noon; null when absent or not a real date.
 * Noon keeps "last night" on the day before and is far from any DST change.
 */
function parseReference(reference: string | null): Date | null {
  if (reference === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(reference.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day, 12);
  date.setFullYear(year);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toExpression(text: string, result: ParsedResult, hasReference: boolean): TimeExpression | null {
  const components = result.start;
  const precision: DatePrecision | null = precisionOf(components);
  if (!precision) return null;
  if (!hasReference) {
    const tags = result.tags();
    if (!components.isCertain('year') || RELATIVE_TAGS.some((t) => tags.has(t))) return null;
  }
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null || year < 1000 || year > 9999) return null;

  // Trailing spaces or commas are not part of an expression.
  const matched = result.text.replace(/[\s,;:]+$/u, '');
  const start = result.index;
  const end = start + matched.length;
  if (matched === '' || text.slice(start, end) !== matched) return null;

  const value =
    precision === 'day' ? `${year}-${pad(month)}-${pad(day)}` : precision === 'month' ? `${year}-${pad(month)}` : `${year}`;
  return { start, end, text: matched, value, precision };
}

/**
 * Every time expression in `text` that names a day, month or year, resolved against `reference` (the article's
 * publication date, YYYY-MM-DD) as news does: toward the past. With reference null (or not a valid date), only
 * expressions that state their year resolve; the rest are left out. In order of position.
 */
export function findTimeExpressions(text: string, reference: string | null): TimeExpression[] {
  if (!MAY_HAVE_OTHER.test(text) && !MAY_HAVE_MONTH.test(text)) return [];
  const refDate = parseReference(reference);
  const results = newsChrono.parse(text, refDate ?? NO_REFERENCE);
  const expressions: TimeExpression[] = [];
  for (const result of results) {
    const expression = toExpression(text, result, refDate !== null);
    if (expression) expressions.push(expression);
  }
  return expressions.sort((a, b) => a.start - b.start);
}

/** The first time expression in `phrase` ("on Sunday night", "in late March"), or null. */
export function resolveTimeExpression(phrase: string, reference: string | null): TimeExpression | null {
  return findTimeExpressions(phrase, reference)[0] ?? null;
}
