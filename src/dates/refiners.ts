// chrono refiners for news: dates without a year go to the past, readings news does not mean are removed, and a
// leading "on"/"in" joins the expression it introduces.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ANY_MONTH_WORD, TAG, daysInMonth, isCapitalised, precisionOf, referenceDay, startsInsideWord } from './words.ts';

/** ", 2023" glued to the next word, as in photo captions ("Friday, May 26, 2023Libkos/AP"). */
const GLUED_YEAR_SUFFIX = /^,\s*((?:19|20)\d\d)(?![\d.,]\d)(?=\p{L})/u;

/**
 * A date that names its month but not its year ("Sept. 11", "on March 26") is the most recent such date on or
 * before the reference. chrono picks the closest, which can be months ahead. Runs first, on the parsers' output, so
 * that chrono's merges (weekday + date, date ranges) see past years, and its year-suffix refiner still wins when the
 * year follows ("March 26 2023").
 */
export class PastYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain('month') || start.isCertain('year') || result.tags().has(TAG.pastResolved)) continue;
      const glued = GLUED_YEAR_SUFFIX.exec(context.text.slice(result.index + result.text.length));
      if (glued) {
        start.assign('year', Number(glued[1]));
        result.text += glued[0];
        continue;
      }
      const month = start.get('month') ?? 1;
      const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
      let year = ref.year;
      if (month > ref.month || (month === ref.month && day !== null && day > ref.day)) year -= 1;
      // February 29 goes back to the last leap year.
      while (day !== null && day > daysInMonth(year, month) && year > ref.year - 8) year -= 1;
      start.imply('year', year);
    }
    return results;
  }
}

const RELATIVE_YEAR = /^(?:last|this)\s+year$/i;

/**
 * "Feb. 24 last year", "in March this year": the month (and day) of the first result in the year of the second.
 * Runs right after PastYearRefiner, before chrono's merges. The year still comes from the reference (relative tag).
 */
export class RelativeYearSuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      const next = results[i + 1];
      if (!result) continue;
      if (
        next &&
        result.start.isCertain('month') &&
        !result.start.isCertain('year') &&
        next.tags().has(TAG.relative) &&
        RELATIVE_YEAR.test(next.text)
      ) {
        const between = context.text.slice(result.index + result.text.length, next.index);
        if (/^,?\s+$/.test(between)) {
          result.start.assign('year', next.start.get('year') ?? 0);
          result.text += between + next.text;
          result.addTag(TAG.relative);
          out.push(result);
          i += 1;
          continue;
        }
      }
      out.push(result);
    }
    return out;
  }
}

const DAYS_AGO =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+days?\s+ago$/i;
const CASUAL_WORD = /(?<![\p{L}\p{N}])(today|tonight|yesterday|last\s+night|now|tomorrow|overmorrow|tmrw?)(?![\p{L}\p{N}])/iu;
const YEAR_IN_NUMERIC_DATE = /\d{1,2}[/.]\d{1,2}[/.]\d{4}/;

/**
 * Removes what news does not mean as a past date:
 * - results this module's parsers recognised only to drop ("last week", "next Friday", "the Sunday Times");
 * - any month word in lower case ("troops may 5", "the march"): chrono's day-month parsers ignore case;
 * - relative offsets other than "N days ago" ("15 months ago", "two days later", "the day before");
 * - "now", "tomorrow"; "Today"/"Tonight" capitalised mid-sentence is a name ("USA Today", "the Today programme");
 * - numeric dates without a four-digit year ("24/7", "9/11").
 */
export class NewsFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => this.keep(context, result));
  }

  private keep(context: ParsingContext, result: ParsingResult): boolean {
    const tags = result.tags();
    if (tags.has(TAG.drop)) return false;
    for (const word of result.text.matchAll(ANY_MONTH_WORD)) {
      if (!isCapitalised(word[0])) return false;
    }
    if (tags.has('result/relativeDate') && !DAYS_AGO.test(result.text.trim())) return false;
    if (tags.has('parser/ENCasualDateParser')) {
      const casual = CASUAL_WORD.exec(result.text);
      if (!casual || /^(?:now|tomorrow|overmorrow|tmrw?)$/i.test(casual[1] ?? '')) return false;
      const at = result.index + (casual.index ?? 0);
      const capitalised = /^\p{Lu}/u.test(casual[1] ?? '');
      if (capitalised && /\p{L}\s+$/u.test(context.text.slice(Math.max(0, at - 40), at))) return false;
      const after = context.text.slice(at + (casual[1] ?? '').length);
      if (capitalised && /^\s+(?:programme|program|show|newspaper)\b/i.test(after)) return false;
    }
    if (tags.has('parser/SlashDateFormatParser') && !YEAR_IN_NUMERIC_DATE.test(result.text)) return false;
    return precisionOf(result.start) !== null;
  }
}

const LEAD_BEFORE_DAY = /(?:^|[^\p{L}\p{N}])((?:(?:late|early|earlier|later)\s+)?on\s+|(?:late|early|earlier|later)\s+)$/iu;
const LEAD_BEFORE_MONTH_OR_YEAR = /(?:^|[^\p{L}\p{N}])(in\s+)$/iu;

/**
 * Makes the words that introduce a date part of it: "on", "late on", "earlier" before a day ("on Nov. 20, 2022",
 * "earlier today"), "in" before a month or year ("in December"), as chrono already does for some of its parsers.
 * Keeps expressions uniform for callers that cut them out of a sentence.
 */
export class PrepositionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let floor = 0;
    for (const result of results) {
      const precision = precisionOf(result.start);
      const lead = precision === 'day' ? LEAD_BEFORE_DAY : LEAD_BEFORE_MONTH_OR_YEAR;
      if (precision && !/^(?:on|in|at|late|early|earlier|later)\s/i.test(result.text)) {
        const before = context.text.slice(Math.max(floor, result.index - 40), result.index);
        const words = lead.exec(before)?.[1];
        // The slice may start inside a word ("Lisbon Monday"): check the boundary in the whole text.
        if (words && !startsInsideWord(context.text, result.index - words.length)) {
          result.index -= words.length;
          result.text = words + result.text;
        }
      }
      floor = result.index + result.text.length;
    }
    return results;
  }
}
