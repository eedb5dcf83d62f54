// JSON and JSON Lines → Articles: one object, an array of objects (or an object holding one
// under "articles"/"items"), or one object a line. Each record stands alone: a record without a
// body or with broken JSON is an error for that record, and the others are still read.
import { looksLikeHtml } from './decode.ts';
import { articleErrors } from './errors.ts';
import { htmlToText } from './html.ts';
import { metaFromFields, type MetaLayer } from './metadata.ts';
import { textToArticle } from './text.ts';
import { ArticleError, type Article } from './types.ts';

export interface RecordError {
  source: string;
  error: ArticleError;
}

export interface RecordsResult {
  articles: Article[];
  errors: RecordError[];
}

/** Metadata layers (a manifest, the catalogue) for one record, by its source. */
export type LayersFor = (recordSource: string) => MetaLayer[];

// Field names seen in feeds and exports, in order of preference.
const FIELDS = {
  headline: ['headline', 'title'],
  body: ['body', 'text', 'content', 'articleBody', 'article_body'],
  url: ['url', 'link', 'canonical_url'],
  outlet: ['outlet', 'source', 'publisher', 'site_name'],
  publishedAt: ['published', 'publishedAt', 'published_at', 'date', 'datePublished', 'pubDate'],
} as const;
// Wrappers some exports put around the list of records.
const LIST_KEYS = ['articles', 'items', 'records', 'data', 'results'];

/**
 * Read a whole JSON file. Throws ArticleError 'bad_json' when it does not parse, 'unsupported'
 * when it holds no objects, 'empty' for an empty list. A single object is read with `source`
 * as it is; records of a list get `source#n` (n from 1).
 */
export function articlesFromJson(text: string, source: string, layersFor: LayersFor): RecordsResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw articleErrors.badJson(source, describeJsonError(e, text));
  }
  const records = recordList(data);
  if (records === null) throw articleErrors.unsupported(source, 'the JSON is neither an object nor a list of objects');
  if (records.length === 0) throw articleErrors.empty(source, 'the JSON list holds no records');
  const single = !Array.isArray(data) && records.length === 1 && records[0] === data;
  return collect(records.map((record, i) => ({ record, source: single ? source : `${source}#${i + 1}` })), layersFor);
}

/** Read JSON Lines: one record a line, blank lines skipped; `source#n` where n is the line number. */
export function articlesFromJsonLines(text: string, source: string, layersFor: LayersFor): RecordsResult {
  const entries: { record: unknown; source: string }[] = [];
  const errors: RecordError[] = [];
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const recordSource = `${source}#${i + 1}`;
      try {
        entries.push({ record: JSON.parse(line), source: recordSource });
      } catch (e) {
        errors.push({ source: recordSource, error: articleErrors.badJson(recordSource, describeJsonError(e, line)) });
      }
    });
  if (entries.length === 0 && errors.length === 0) throw articleErrors.empty(source, 'it holds no JSON lines');
  const result = collect(entries, layersFor);
  // Keep the errors in line order with the records' own errors.
  result.errors = [...errors, ...result.errors].sort((a, b) => lineOf(a.source) - lineOf(b.source));
  return result;
}

function collect(entries: { record: unknown; source: string }[], layersFor: LayersFor): RecordsResult {
  const result: RecordsResult = { articles: [], errors: [] };
  for (const { record, source } of entries) {
    try {
      result.articles.push(recordToArticle(record, source, layersFor(source)));
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      result.errors.push({ source, error: e });
    }
  }
  return result;
}

/** One record → Article. Throws ArticleError 'no_body' (no body field), 'unsupported' (not an object), 'empty'. */
export function recordToArticle(record: unknown, source: string, below: MetaLayer[] = []): Article {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw articleErrors.unsupported(source, 'the record is not a JSON object');
  }
  const r = record as Record<string, unknown>;
  const body = bodyText(first(r, FIELDS.body));
  if (body === null) throw articleErrors.noBody(source);
  const meta = metaFromFields({
    headline: first(r, FIELDS.headline),
    outlet: first(r, FIELDS.outlet),
    publishedAt: first(r, FIELDS.publishedAt),
    url: first(r, FIELDS.url),
  });
  const text = looksLikeHtml(body) ? htmlToText(body) : body;
  // A record's body is the body: its first line is not taken for a headline.
  return textToArticle(text, source, { above: [{ meta, source: 'record' }, ...below], firstLineHeadline: false });
}

function first(r: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (r[key] !== undefined && r[key] !== null) return r[key];
  return undefined;
}

/** The body as text: a string, or a list of paragraph strings; null when there is none. */
function bodyText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value) && value.every((p) => typeof p === 'string')) {
    const text = value.join('\n\n');
    return text.trim() === '' ? null : text;
  }
  return null;
}

function recordList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data === null || typeof data !== 'object') return null;
  const o = data as Record<string, unknown>;
  const hasBody = FIELDS.body.some((k) => k in o);
  const list = LIST_KEYS.map((k) => o[k]).find(Array.isArray);
  return !hasBody && list ? list : [data];
}

/** V8 may say "… in JSON at position 57": add the line and column a person can look up. */
function describeJsonError(e: unknown, text: string): string {
  // V8 sometimes quotes the text around the error, newlines included: keep the message one line.
  const message = (e instanceof Error ? e.message : String(e)).replace(/\r?\n/g, '\\n');
  const at = /position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)$/, '')}, line ${line} column ${column}`;
}

function lineOf(source: string): number {
  return Number(/#(\d+)$/.exec(source)?.[1] ?? 0);
}
