// What follows `/claim`: free words, "exact phrases" and filters. Every mistake gets a stable
// code and a message a reporter can act on.
import { resolveTimeExpression } from '../dates/index.ts';
import { QueryError } from './errors.ts';

export const MAX_QUERY_LENGTH = 500;
export const FILTERS = ['from', 'outlet', 'since', 'until'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface Query {
  /** The query as typed, trimmed. */
  text: string;
  /** Free words, lower-cased, in order. */
  terms: string[];
  /** "exact phrases", as typed inside the quotes. */
  phrases: string[];
  /** Speaker names (`from:`), any of which may match. */
  from: string[];
  /** Outlet names (`outlet:`), any of which may match. */
  outlets: string[];
  /** Inclusive bounds on the date a claim was said (or published): YYYY, YYYY-MM or YYYY-MM-DD. */
  since: string | null;
  until: string | null;
  help: boolean;
}

/** `today` resolves relative dates such as `since:yesterday`; it defaults to the current date. */
export function parseQuery(input: string, today: string = new Date().toISOString().slice(0, 10)): Query {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text.length === 0) throw new QueryError('empty_query', 'Ask about something: `/claim bakhmut control`. `/claim help` shows the filters.');
  if (text.length > MAX_QUERY_LENGTH) {
    throw new QueryError('query_too_long', `That query is ${text.length} characters; the limit is ${MAX_QUERY_LENGTH}. Try a few key words and a filter such as from:NAME.`);
  }
  const query: Query = { text, terms: [], phrases: [], from: [], outlets: [], since: null, until: null, help: false };
  if (/^(help|\?|-h|--help)$/i.test(text)) return { ...query, help: true };

  // Tokens: filter:"quoted value", filter:value, "phrase", word.
  const token = /(\w+):(?:"([^"]*)"?|“([^”]*)”?|(\S*))|"([^"]*)"?|“([^”]*)”?|(\S+)/g;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const [, name, dq, cq, bare, phraseDq, phraseCq, word] = m;
    if (name !== undefined) {
      const key = name.toLowerCase();
      const value = (dq ?? cq ?? bare ?? '').trim();
      if (/^https?$/.test(key)) {
        query.terms.push(...words(m[0]));
        continue;
      }
      if (!(FILTERS as readonly string[]).includes(key)) {
        throw new QueryError('unknown_filter', `There is no filter "${name}:". Filters are from:NAME, outlet:NAME, since:DATE and until:DATE.`);
      }
      if (!value) throw new QueryError('empty_filter', `"${name}:" needs a value, e.g. ${example(key as FilterName)}.`);
      switch (key as FilterName) {
        case 'from':
          query.from.push(value);
          break;
        case 'outlet':
          query.outlets.push(value);
          break;
        case 'since':
          query.since = parseDate(value, 'since', today);
          break;
        case 'until':
          query.until = parseDate(value, 'until', today);
          break;
      }
    } else if (phraseDq !== undefined || phraseCq !== undefined) {
      const phrase = (phraseDq ?? phraseCq ?? '').trim();
      if (phrase) query.phrases.push(phrase);
    } else if (word !== undefined) {
      query.terms.push(...words(word));
    }
  }
  if (query.since && query.until && startOf(query.since) > endOf(query.until)) {
    throw new QueryError('bad_date_range', `since:${query.since} is after until:${query.until}.`);
  }
  if (query.terms.length === 0 && query.phrases.length === 0 && query.from.length === 0 && query.outlets.length === 0) {
    throw new QueryError('empty_query', 'Add words to search for, or a from:NAME or outlet:NAME filter. `/claim help` shows how.');
  }
  return query;
}

function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

function example(filter: FilterName): string {
  return { from: 'from:zelensky', outlet: 'outlet:reuters', since: 'since:2023-04-01', until: 'until:2023-06' }[filter];
}

/** YYYY, YYYY-MM, YYYY-MM-DD, or words the date module understands ("yesterday", "march 2023"). */
function parseDate(value: string, filter: 'since' | 'until', today: string): string {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
    const valid = date.getUTCFullYear() === Number(y) && date.getUTCMonth() + 1 === Number(m ?? 1) && date.getUTCDate() === Number(d ?? 1);
    if (valid && Number(y) >= 1900 && Number(y) <= 2200) return value;
  } else {
    // "march", "last_month", "yesterday": the date module wants a preposition before a bare month.
    // Month and weekday names are only dates when capitalised ("may" is a verb), so title-case them.
    const phrase = value.replace(/[_-]/g, ' ').trim().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    for (const candidate of [phrase, `in ${phrase}`, `on ${phrase}`]) {
      const found = resolveTimeExpression(candidate, today);
      if (found && found.end - found.start >= candidate.length - 3) return found.value;
    }
  }
  throw new QueryError('bad_date', `"${filter}:${value}" is not a date I can read. Use YYYY-MM-DD, YYYY-MM or YYYY, e.g. ${filter}:2023-04-01.`);
}

/** First and last day of a YYYY / YYYY-MM / YYYY-MM-DD value, for comparisons. */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function endOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}
