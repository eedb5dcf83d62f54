// Word lists, tags and small calendar helpers shared by the dates module's chrono parsers and refiners.
import type { ParsedComponents, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { DatePrecision } from './types.ts';

/** Tags put on chrono results by this module's parsers (chrono keeps tags through its merges). */
export const TAG = {
  /** Recognised so that it wins the overlap against shorter readings, then removed: not a nameable past day. */
  drop: 'claimdesk/drop',
  /** Resolved from the reference date ("last month", "this morning"): its year is not stated in the text. */
  relative: 'claimdesk/relative',
  /** The year was already chosen toward the past by the parser: the past-year refiner leaves it alone. */
  pastResolved: 'claimdesk/pastResolved',
} as const;

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Full month names, and the abbreviations that are only taken with their full stop ("Sept.", "Nov."). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  'jan.': 1,
  'feb.': 2,
  'mar.': 3,
  'apr.': 4,
  'jun.': 6,
  'jul.': 7,
  'aug.': 8,
  'sep.': 9,
  'sept.': 9,
  'oct.': 10,
  'nov.': 11,
  'dec.': 12,
};

/** Months that are also common first or last names ("Theresa May", "April Ryan"): bare, they need a cue. */
export const NAME_LIKE_MONTHS: ReadonlySet<number> = new Set([4, 5, 6, 8]);

/** Every month word chrono's own parsers accept, abbreviations without a full stop included. */
export const ANY_MONTH_WORD =
  /(?<![\p{L}\p{N}])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\p{L}\p{N}])/giu;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the keys, longest first so that "sept." wins over "sep.". */
export function alternation(words: Readonly<Record<string, number>>): string {
  return Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** "May" or "MAY", never "may": lower-case month and weekday names are other words ("may", "march"). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  if (first === '' || first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

/** True when the character before `index` is a letter or digit: a match there starts inside a word. */
export function startsInsideWord(text: string, index: number): boolean {
  return index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number;
}

/** The reference date as a calendar day (chrono works in local time; so does this module). */
export function referenceDay(context: ParsingContext): Ymd {
  const d = context.reference.getDateWithAdjustedTimezone();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** `ymd` moved by `days` calendar days. */
export function addDays(ymd: Ymd, days: number): Ymd {
  const d = new Date(ymd.year, ymd.month - 1, ymd.day + days, 12);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0, 12).getDate();
}

export function impliedDate(components: ParsingComponents, ymd: Ymd): ParsingComponents {
  return components.imply('year', ymd.year).imply('month', ymd.month).imply('day', ymd.day);
}

export function assignedDate(components: ParsingComponents, ymd: Ymd): ParsingComponents {
  return components.assign('year', ymd.year).assign('month', ymd.month).assign('day', ymd.day);
}

/** A result that this module recognised only to throw away (it still suppresses shorter overlapping readings). */
export function dropped(context: ParsingContext, index: number, text: string): ParsingResult {
  const result = context.createParsingResult(index, text);
  result.start.assign('year', referenceDay(context).year);
  result.addTag(TAG.drop);
  return result;
}

/** How much of a date the text names: a certain day (or weekday), else a certain month, else a certain year. */
export function precisionOf(components: ParsedComponents): DatePrecision | null {
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return null;
}
