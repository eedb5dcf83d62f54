// Article metadata: where each value may come from, the readers for what a text states about
// itself (front matter, a date line, a byline, a wire dateline, a dated file name), and the
// merge that applies the precedence and records the provenance of every field.
import { basename } from 'node:path';
import { BYLINE } from './furniture.ts';
import { MONTH_NAME, formatDate, monthNumber, toIsoDate } from './isoDate.ts';
import { normaliseLine } from './lines.ts';
import type { ArticleMeta, MetaSource } from './types.ts';

export type MetaProvenance = Record<keyof ArticleMeta, MetaSource>;
export const META_FIELDS = ['outlet', 'headline', 'publishedAt', 'url'] as const satisfies readonly (keyof ArticleMeta)[];

/** Metadata from one place, with where it came from (one source, or one per field). */
export interface MetaLayer {
  meta: Partial<ArticleMeta>;
  source: MetaSource | Partial<MetaProvenance>;
}

/**
 * Merge layers given in order of precedence: for each field the first layer with a non-empty
 * value wins, and the field's provenance says which. A null in a layer means "not known here",
 * so a lower layer can still supply the value.
 */
export function mergeMeta(layers: MetaLayer[]): { meta: ArticleMeta; provenance: MetaProvenance } {
  const meta: ArticleMeta = { outlet: null, headline: null, publishedAt: null, url: null };
  const provenance: MetaProvenance = { outlet: 'none', headline: 'none', publishedAt: 'none', url: 'none' };
  for (const field of META_FIELDS) {
    for (const layer of layers) {
      const raw = layer.meta[field];
      // Dates are normalised here too, so no layer can slip in "April 3" or a timestamp.
      const value = field === 'publishedAt' ? toIsoDate(raw) : typeof raw === 'string' ? normaliseLine(raw) : null;
      if (!value) continue;
      meta[field] = value;
      provenance[field] = typeof layer.source === 'string' ? layer.source : (layer.source[field] ?? 'record');
      break;
    }
  }
  return { meta, provenance };
}

/** Coerce loosely typed metadata (from JSON, YAML-ish text) into ArticleMeta fields. */
export function metaFromFields(fields: {
  outlet?: unknown;
  headline?: unknown;
  publishedAt?: unknown;
  url?: unknown;
}): Partial<ArticleMeta> {
  return {
    outlet: outletName(fields.outlet),
    headline: plainString(fields.headline),
    publishedAt: toIsoDate(fields.publishedAt),
    url: plainString(fields.url),
  };
}

/** A non-empty string with its spaces normalised, or null. */
export function plainString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = normaliseLine(value);
  return s === '' ? null : s;
}

/** An outlet given as "Reuters", { name: "Reuters" } or a list of either (the first one). */
export function outletName(value: unknown): string | null {
  if (Array.isArray(value)) return value.length > 0 ? outletName(value[0]) : null;
  if (value !== null && typeof value === 'object' && 'name' in value) return plainString(value.name);
  return plainString(value);
}

// ---- front matter ------------------------------------------------------------------------

const FRONT_MATTER_KEYS: Record<string, keyof ArticleMeta> = {
  title: 'headline', headline: 'headline',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet', site_name: 'outlet',
  published: 'publishedAt', publishedat: 'publishedAt', published_at: 'publishedAt', date: 'publishedAt',
  datepublished: 'publishedAt', pubdate: 'publishedAt',
  url: 'url', link: 'url', canonical: 'url',
};

/**
 * A `---` block opening the text, of `key: value` lines (a YAML subset: no nesting, values
 * optionally quoted). Returns null when the text has none, so "---" used as a rule in prose
 * is not taken for metadata: the block must close and hold at least one `key: value`.
 */
export function parseFrontMatter(text: string): { meta: Partial<ArticleMeta>; rest: string } | null {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const raw of (m[1] ?? '').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) return null; // not a key: value block after all
    fields[kv[1]!.toLowerCase().replace(/-/g, '_')] = unquote(kv[2] ?? '');
  }
  if (Object.keys(fields).length === 0) return null;
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const field = FRONT_MATTER_KEYS[key];
    if (field && !(field in picked) && !/^(?:null|~|)$/i.test(value)) picked[field] = value;
  }
  return { meta: metaFromFields(picked), rest: text.slice(m[0].length) };
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v.replace(/\s+#.*$/, ''); // a trailing YAML comment
}

// ---- what the text states about itself -------------------------------------------------------

const DATE_TEXT = `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4})`;
// "date 2023-04-03 The leader of…", "Published: April 3, 2023", or a date alone on its line.
// The label is required unless the date stands alone: "2023-04-03 was a Monday" stays prose.
// A time of day may follow the date: "Published Oct 14, 2023 at 9:12 AM EDT", "April 3, 2023, 10:05 a.m. ET".
// Or come first, with the weekday: "Published 3:45 PM EST, Tue March 5, 2024", "Updated 6:15 AM EDT,
// Mon May 8, 2023". An update after the date ("May 21, 2023, 7:42 AM UTC / Updated May 21, 2023,
// 11:02 AM UTC") is left out: the first date is the publication's.
const TIME_TEXT = `(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?`;
const TIME_FIRST = `(?:\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?,?\\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?`;
const UPDATE_AFTER = `(?:\\s*[/|·]\\s*updated\\b.*)?`;
const DATE_LINE = new RegExp(
  `^(?:(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?)\\s*[:\\-–—]?\\s*${TIME_FIRST}(${DATE_TEXT})${TIME_TEXT}(?=\\s|$)|(${DATE_TEXT})${TIME_TEXT}${UPDATE_AFTER}\\s*$)\\s*`,
  'i',
);

/** A date line opening the text; `rest` is what follows it on the same line (may be ""). */
export function readDateLine(line: string): { date: string; rest: string } | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const date = toIsoDate(m[1] ?? m[2]);
  return date ? { date, rest: line.slice(m[0].length) } : null;
}

// Words that name a publication rather than a person.
const OUTLET_WORD =
  /\b(?:News|Times|Post|Press|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Daily|Weekly|Magazine|Agency|Media|TV|Radio|Network|Broadcasting|Wire|Review|Observer|Independent|Mail|Express|Economist|Insider|Chronicle|Courier|Monitor|Reuters|AP|AFP|BBC|CNN|NPR|Bloomberg)\b/;

/**
 * The outlet named by a byline line: "By Euronews" and "By Euronews with AP" give "Euronews",
 * "By Jane Doe, Reuters" gives "Reuters". A person's name ("By Jane Doe") gives null: a byline
 * of two or more plain capitalised words is an author, not an outlet.
 */
export function readBylineOutlet(line: string): string | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const parts = (m[1] ?? '').split(/\s*(?:,|\||&|\bwith\b|\band\b)\s*/i).filter((p) => p.length > 0);
  const outletLike = (p: string) => !/\s/.test(p) || OUTLET_WORD.test(p);
  return parts.find(outletLike) ?? null;
}

// "KYIV, Ukraine (AP) —", "LONDON, April 3 (Reuters) -", "KYIV, Ukraine, April 3, 2023 (AP) —"
const WIRE_DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}.'’-]+(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+)*` + // city, in capitals
    `(?:,\\s+[\\p{Lu}][\\p{L}.'’ -]{1,30}?)?` + // region or country
    `(?:,\\s+(${MONTH_NAME})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?` + // date; the year is optional
    `\\s*\\(([\\p{Lu}][\\p{L}.&' -]{0,30})\\)\\s*[—–―-]{1,2}\\s`,
  'u',
);

/** What a wire-service dateline opening a paragraph states: the agency, and a date if the year is given. */
export function readWireDateline(line: string): { outlet: string; publishedAt: string | null } | null {
  const m = WIRE_DATELINE.exec(line);
  if (!m) return null;
  const [, month, day, year, agency] = m;
  // "April 3" without a year is not a date: the year is never guessed.
  const publishedAt = month && day && year ? formatDate(Number(year), monthNumber(month) ?? 0, Number(day)) : null;
  return { outlet: agency!.trim(), publishedAt };
}

/** A YYYY-MM-DD in the file's base name ("breitbart_2016-09-12_….txt"), if it is a real date. */
export function dateFromFileName(source: string): string | null {
  const name = basename(source.replace(/#\d+$/, ''));
  const m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  return m ? formatDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
