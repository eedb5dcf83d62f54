// chrono parsers for how news writes about the past. Each replaces or adds to one of chrono's English parsers:
// - PastWeekdayParser    bare weekdays resolve to the most recent such day on or before the reference
//                        (chrono picks the nearest, which can be in the future), with "late on", "early".
// - MonthParser          "in late March", "mid-May", "end of March", "last December", "March 2022"; chrono
//                        has no "mid-", drops "late", and reads "a protest march" or "Theresa May" as months.
// - YearParser           "in 2016", "since 2014", "in early 2016": chrono does not read a bare year.
// - RelativePeriodParser "last month", "earlier this year", "last week" (as a month, when the week lies in one);
//                        "the past year" is recognised and dropped.
// - ThisPartOfDayParser  "this morning" (chrono reads it as a time with no day).
//
// Parsers return results with absolute offsets into the text. chrono runs a pattern on the text that follows the
// previous match, so look-behind would not see the previous character: word starts are checked in extract().
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import {
  MONTHS,
  NAME_LIKE_MONTHS,
  TAG,
  WEEKDAYS,
  addDays,
  alternation,
  assignedDate,
  dropped,
  impliedDate,
  isCapitalised,
  referenceDay,
  startsInsideWord,
} from './words.ts';

const MONTH_WORD = alternation(MONTHS);
const WEEKDAY_WORD = alternation(WEEKDAYS);
/** "late", "mid", "the end of"…: month precision all the same. */
const PART_OF_PERIOD =
  '(?:the\\s+)?(?:(?:very\\s+)?(?:early|late)|mid|middle\\s+of|end\\s+of|beginning\\s+of|start\\s+of|' +
  'spring\\s+of|summer\\s+of|autumn\\s+of|fall\\s+of|winter\\s+of)';
/** A four-digit year that is not part of a larger number, a range of numbers or a measure. */
const YEAR = '((?:1[89]|20)\\d\\d)(?![\\p{L}\\p{N}]|[.,/-]\\d|\\s*(?:%|per\\s*cent))';
/** Words that make a number after them a count, not a year: "of 2000 soldiers". */
const COUNT_NOUN =
  /^\s+(?:people|persons|soldiers|troops|servicemen|civilians|men|women|children|residents|fighters|prisoners|refugees|cases|deaths|dead|casualties|dollars|euros|pounds|rubles|roubles|hryvnias|units|tanks|vehicles|shells|rounds|missiles|drones|votes|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|hectares|acres|mm|kg|times|more|others|of)\b/i;

/** Words before a bare month that make it a date: "in May", "since March", "until June", "March and May". */
const MONTH_CUE_BEFORE = new RegExp(
  '(?:(?:^|[^\\p{L}\\p{N}])(?:in|since|until|till|by|during|from|through|throughout|before|after|of|between|early|late|mid|last|this|next)[\\s-]+' +
    `|(?:^|[^\\p{L}\\p{N}])(?:${MONTH_WORD})\\s*(?:,|and|or|to|through|until|-|–)\\s*)$`,
  'iu'
);

/** The offset just past `word` and the spaces after it at the start of `text`. */
function afterWord(text: string, word: string): number {
  const rest = text.slice(word.length);
  return word.length + rest.length - rest.trimStart().length;
}

// ---------------------------------------------------------------------------------------------------------------

/** Words after a weekday that make it part of a name: "the Sunday Times", "Saturday Night Live". */
const WEEKDAY_NAME_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Mail|People|Star|Sport|World|Tribune|Observer|Journal|Business|Night\s+Live|Night\s+Lights|Addams)\b/;
/** Words before a weekday that make it another day or a name: "Easter Sunday", "Black Friday", "that Monday". */
const WEEKDAY_NAME_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:Bloody|Black|Good|Easter|Palm|Ash|Super|Cyber|Holy|Maundy|Shrove|Giving|Orange|Man|Girl|the|that|a|an|every|each|one|following|previous|coming)\s+$/iu;

/** A statement or an occasion named after its day: "in a Friday statement", "a Monday post on X",
 * "at a Friday morning press conference", "at the Tuesday hearing", "The Tuesday vote pushes …"
 * (events that are over once named: not "the Friday deadline" or "the Saturday match", which may
 * be ahead). */
const STATEMENT_AFTER =
  /^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:statement|post|interview|briefing|address|speech|call|tweet|video|message|letter|note|update|hearing|meeting|rally|session|debate|sermon|vote|ruling|decision|verdict|announcement|sentencing|attack|raid|crash|shooting|explosion|blast|(?:news|press)\s+(?:conference|briefing|release))\b/i;

const WEEKDAY_PATTERN = new RegExp(
  '(?:((?:late|early|earlier|later)\\s+(?:on\\s+)?|on\\s+))?' + // 1: "late on ", "early ", "on "
    '(?:(last|past|this|next|coming)\\s+)?' + // 2: modifier
    `(${WEEKDAY_WORD})` + // 3: the weekday
    '(?![\\p{L}\\p{N}])',
  'iu'
);

/**
 * "Monday", "on Sunday", "late on Sunday", "early Monday", "last Friday". A bare weekday is the most recent such day
 * on or before the reference; "last Friday" the most recent strictly before it; "this/next Friday" are dropped (news
 * uses them for what is to come). The weekday is certain and the day implied, as chrono's own parser does, so that
 * "Friday, May 26" still merges into one date and "Sunday night" into one expression.
 */
export class PastWeekdayParser implements Parser {
  pattern(): RegExp {
    return WEEKDAY_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const weekdayWord = match[3] ?? '';
    if (startsInsideWord(context.text, index) || !isCapitalised(weekdayWord)) return null;
    const weekday = WEEKDAYS[weekdayWord.toLowerCase()];
    if (weekday === undefined) return null;

    const modifier = (match[2] ?? '').toLowerCase();
    const before = context.text.slice(Math.max(0, index - 40), index);
    const after = context.text.slice(index + text.length);
    if (modifier === 'this' || modifier === 'next' || modifier === 'coming') return dropped(context, index, text);
    // ("a Friday" is any Friday, but "in a Friday statement" and "at the Friday hearing" are the last one.)
    if (!match[1] && !modifier && WEEKDAY_NAME_BEFORE.test(before) && !(/\b(?:a|an|the)\s+$/i.test(before) && STATEMENT_AFTER.test(after))) return dropped(context, index, text);
    if (WEEKDAY_NAME_AFTER.test(after)) return dropped(context, index, text);

    const ref = referenceDay(context);
    const refWeekday = new Date(ref.year, ref.month - 1, ref.day, 12).getDay();
    let back = (refWeekday - weekday + 7) % 7;
    if (back === 0 && (modifier === 'last' || modifier === 'past')) back = 7;

    const result = context.createParsingResult(index, text);
    impliedDate(result.start, addDays(ref, -back));
    result.start.assign('weekday', weekday);
    result.addTag('claimdesk/PastWeekdayParser');
    return result;
  }
}

// ---------------------------------------------------------------------------------------------------------------

const MONTH_PATTERN = new RegExp(
  '(?:(in|at)\\s+)?' + // 1: a preposition kept in the text
    `(?:(${PART_OF_PERIOD})(?:\\s*-\\s*|\\s+))?` + // 2: "late", "mid-", "the end of"
    '(?:(last|past|this|next|coming)\\s+)?' + // 3: modifier
    `(${MONTH_WORD})(?![\\p{L}\\p{N}])` + // 4: the month
    `(?:,?\\s+(?:of\\s+)?${YEAR})?`, // 5: its year
  'iu'
);

/**
 * A month without a day: "in December", "in late March", "mid-May", "at the end of March", "last December",
 * "March 2022", "March of 2022". Without a year it is the most recent such month on or before the reference month
 * ("last December": strictly before). A month followed by a number is left to chrono's "May 26" parsers.
 * Without a year, a month needs a cue: a preposition or modifier before it ("in May", "since March", "late June"),
 * or a possessive for months that are not also names ("December's attack"): "a protest March" in a headline,
 * "Theresa May" and "April Ryan" are not dates.
 */
export class MonthParser implements Parser {
  pattern(): RegExp {
    return MONTH_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    const [text, preposition, part, modifierWord, monthWord = '', yearText] = match;
    if (!isCapitalised(monthWord)) return null;
    const month = MONTHS[monthWord.toLowerCase()];
    if (month === undefined) return null;

    const after = context.text.slice(index + text.length);
    // "May 26": chrono's day parsers read it whole. (A month with a year is complete: "March 2022 12 people".)
    if (!yearText && /^\s*\d/.test(after)) return null;
    const modifier = (modifierWord ?? '').toLowerCase();
    if (!yearText) {
      const before = context.text.slice(Math.max(0, index - 40), index);
      const cued = Boolean(preposition || part || modifier) || MONTH_CUE_BEFORE.test(before);
      const possessive = /^['’]s\b/.test(after) && !NAME_LIKE_MONTHS.has(month);
      if (!cued && !possessive) return null;
      // "the March on Washington", "the March for Our Lives"
      if (!part && !modifier && /\bthe\s+$/i.test(before) && /^\s+(?:on|for|of|to|against)\b/i.test(after)) return null;
    }
    if (modifier === 'next' || modifier === 'coming') return dropped(context, index, text);
    // "in" is kept in the text; "at" only before a part of the month ("at the end of March").
    const keepPreposition = preposition !== undefined && (preposition.toLowerCase() === 'in' || part !== undefined);
    const start = preposition !== undefined && !keepPreposition ? index + afterWord(text, preposition) : index;

    const result = context.createParsingResult(start, index + text.length);
    result.start.assign('month', month).imply('day', 1);
    if (yearText) {
      result.start.assign('year', Number(yearText));
    } else {
      const ref = referenceDay(context);
      const strictlyBefore = modifier === 'last' || modifier === 'past';
      let year = ref.year;
      if (modifier !== 'this' && (month > ref.month || (strictlyBefore && month === ref.month))) year -= 1;
      result.start.imply('year', year);
      result.addTag(TAG.pastResolved);
    }
    result.addTag('claimdesk/MonthParser');
    return result;
  }
}

// ---------------------------------------------------------------------------------------------------------------

const YEAR_PATTERN = new RegExp(
  '(?:(in|at|since|during|until|till|through|throughout|from|by|before|after|of|around)\\s+)?' + // 1: cue
    `(?:(${PART_OF_PERIOD})(?:\\s*-\\s*|\\s+))?` + // 2: "early", "mid-", "the end of"
    YEAR, // 3
  'iu'
);

/**
 * A year on its own, after a preposition or a part of the year: "in 2016", "since 2014", "in early 2016",
 * "mid-2022", "the end of 2022". The preposition stays in the text (chrono drops results that are all digits).
 * A bare number is not taken ("2016 people", "the 2016 election").
 */
export class YearParser implements Parser {
  pattern(): RegExp {
    return YEAR_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [text, cue, part, yearText = ''] = match;
    if (!cue && !part) return null;
    if (startsInsideWord(context.text, index)) return null;
    if (COUNT_NOUN.test(context.text.slice(index + text.length))) return null;

    if (cue?.toLowerCase() === 'at' && part === undefined) return null;
    const result = context.createParsingResult(index, text);
    result.start.assign('year', Number(yearText)).imply('month', 1).imply('day', 1);
    result.addTag('claimdesk/YearParser');
    return result;
  }
}

// ---------------------------------------------------------------------------------------------------------------

const RELATIVE_PATTERN = new RegExp(
  '(?:(earlier|later)\\s+)?' + // 1
    '(this|last|past|next|previous|coming|following)\\s+' + // 2
    '(?:([\\p{L}\\d]+)\\s+)?' + // 3: "two", "few", "past" ("this past week")
    '(days?|weeks?|weekends?|fortnight|months?|years?|quarters?|decades?|century|centuries)' + // 4
    '(?![\\p{L}\\p{N}])',
  'iu'
);

/**
 * "last month", "this month", "earlier this month", "last year", "this year", "earlier this year"; "last week",
 * "(earlier) this week" as their month when the whole week lies in one. Everything else of that shape ("the past
 * year", "the last month", "next month", "the last two weeks") names no day or month that can be trusted and is
 * dropped. "the last year" is a span, "last year" a year.
 */
export class RelativePeriodParser implements Parser {
  pattern(): RegExp {
    return RELATIVE_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    const text = match[0];
    const earlierLater = (match[1] ?? '').toLowerCase();
    const modifier = (match[2] ?? '').toLowerCase();
    const unit = (match[4] ?? '').toLowerCase();
    const afterThe = /(?:^|[^\p{L}\p{N}])the\s+$/iu.test(context.text.slice(Math.max(0, index - 20), index));

    const ref = referenceDay(context);
    let value: { year: number; month?: number } | null = null;
    if (!match[3] && !afterThe && earlierLater !== 'later') {
      if (unit === 'month' && modifier === 'this') value = { year: ref.year, month: ref.month };
      if (unit === 'month' && modifier === 'last' && !earlierLater) {
        value = ref.month === 1 ? { year: ref.year - 1, month: 12 } : { year: ref.year, month: ref.month - 1 };
      }
      if (unit === 'year' && modifier === 'this') value = { year: ref.year };
      if (unit === 'year' && modifier === 'last' && !earlierLater) value = { year: ref.year - 1 };
      if (unit === 'week' && ((modifier === 'last' && !earlierLater) || modifier === 'this')) value = weekMonth(ref, modifier === 'last');
    }
    if (!value) return dropped(context, index, text);

    const result = context.createParsingResult(index, text);
    result.start.assign('year', value.year);
    if (value.month !== undefined) result.start.assign('month', value.month);
    result.start.imply('month', value.month ?? 1).imply('day', 1);
    result.addTag(TAG.relative);
    return result;
  }
}

/** The month of last week (Monday to Sunday before the reference's week) or of this week (its Monday
 * to the reference day), when the whole week lies in one month; otherwise null, as no one day or
 * month is named. */
function weekMonth(ref: { year: number; month: number; day: number }, last: boolean): { year: number; month: number } | null {
  const sinceMonday = (new Date(ref.year, ref.month - 1, ref.day, 12).getDay() + 6) % 7;
  const monday = addDays(ref, -sinceMonday - (last ? 7 : 0));
  const end = last ? addDays(monday, 6) : ref;
  return monday.year === end.year && monday.month === end.month ? { year: monday.year, month: monday.month } : null;
}

// ---------------------------------------------------------------------------------------------------------------

const PART_OF_DAY_PATTERN = /this\s+(?:morning|afternoon|evening)(?![\p{L}\p{N}])/iu;

/** "this morning", "this afternoon", "this evening": the reference day. */
export class ThisPartOfDayParser implements Parser {
  pattern(): RegExp {
    return PART_OF_DAY_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (startsInsideWord(context.text, index)) return null;
    const result = context.createParsingResult(index, match[0]);
    assignedDate(result.start, referenceDay(context));
    result.addTag(TAG.relative);
    return result;
  }
}
