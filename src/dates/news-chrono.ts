// The chrono instance this module parses with: a clone of chrono's casual English with news parsers and refiners.
// Built once at module load.
import * as chrono from 'chrono-node';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import { MonthParser, PastWeekdayParser, RelativePeriodParser, ThisPartOfDayParser, YearParser } from './parsers.ts';
import { NewsFilterRefiner, PastYearRefiner, PrepositionRefiner, RelativeYearSuffixRefiner } from './refiners.ts';

/** chrono parsers replaced by this module's, or that read what news does not mean as a past date. */
const REMOVED_PARSERS = new Set([
  'ENWeekdayParser', // nearest weekday, possibly in the future → PastWeekdayParser
  'ENMonthNameParser', // no "mid-"/"late", "a protest March" → MonthParser
  'ENRelativeDateFormatParser', // "last week" as a day → RelativePeriodParser
  'ENTimeUnitCasualRelativeFormatParser', // "the past two weeks", "+2 days" → RelativePeriodParser drops them
  'ENTimeUnitWithinFormatParser', // "within a month", "in two days": the future
  'ENTimeUnitLaterFormatParser', // "three days later": relative to the story, not to the publication date
  'ENSlashMonthFormatParser', // "3/2023"
  'ENEndOfCurrentMonthParser', // "the end of the month": a day, and often ahead
  'ENTimeExpressionParser', // clock times: no day, and "000 a" in "$100,000 a year" is read as a time
]);

/** chrono refiners replaced by this module's. */
const REMOVED_REFINERS = new Set([
  'ENEndOfPeriodRefiner', // "end of March" → March 31; news means the month → MonthParser
  'ENUnlikelyFormatFilter', // drops a bare "May" unless after "in"; MonthParser decides with more cues
]);

function nameOf(x: Parser | Refiner): string {
  return (x as object).constructor.name;
}

export function createNewsChrono(): Chrono {
  const news = chrono.casual.clone();
  const seen = new Set([...news.parsers, ...news.refiners].map(nameOf));
  for (const name of [...REMOVED_PARSERS, ...REMOVED_REFINERS]) {
    // A chrono upgrade that renames one of these must not silently bring it back.
    if (!seen.has(name)) throw new Error(`dates: chrono-node has no ${name}; check src/dates/news-chrono.ts`);
  }
  news.parsers = news.parsers.filter((p) => !REMOVED_PARSERS.has(nameOf(p)));
  news.refiners = news.refiners.filter((r) => !REMOVED_REFINERS.has(nameOf(r)));

  // Before chrono's time-of-day parser, so that "this morning" (a day) wins the tie against "this morning" (a time).
  news.parsers.unshift(new ThisPartOfDayParser());
  news.parsers.push(new PastWeekdayParser(), new MonthParser(), new YearParser(), new RelativePeriodParser());

  news.refiners.unshift(new PastYearRefiner(), new RelativeYearSuffixRefiner());
  news.refiners.push(new NewsFilterRefiner(), new PrepositionRefiner());
  return news;
}
