// Reading articles from files and folders: checks before reading (exists, size), decoding,
// choosing the reader by format, and the metadata kept outside the file (a manifest.json beside
// it, the catalogue of known articles). A batch never stops at one bad file or record.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_CATALOGUE, MANIFEST_NAME, loadManifest, lookupByHash, lookupByName } from './catalogue.ts';
import { decodeText, detectFormat } from './decode.ts';
import { articleErrors } from './errors.ts';
import { pageToArticle } from './html.ts';
import { articlesFromJson, articlesFromJsonLines, type RecordError, type RecordsResult } from './json.ts';
import type { MetaLayer } from './metadata.ts';
import { textToArticle } from './text.ts';
import { ArticleError, type Article } from './types.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused before they are read. Default 5 MiB. */
  maxBytes?: number;
  /** A manifest.json of known articles, matched by the SHA-256 of a file's bytes. Default: the bundled seeds/manifest.json. */
  catalogue?: string;
  /**
   * Called for each record of a JSON file that cannot be read while other records can
   * (readArticleFile returns the good ones). readArticles lists these in `errors` instead.
   */
  onRecordError?: (error: RecordError) => void;
}

export interface ReadResult {
  articles: Article[];
  errors: RecordError[];
}

/**
 * Read the article(s) in one file: one for text and HTML, one per record for JSON and JSON
 * Lines. Throws ArticleError when the file as a whole cannot be read, or when none of its
 * records can (the first record's error).
 */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<Article[]> {
  await checkCatalogue(options);
  const { articles, errors } = await readFileRecords(path, options);
  if (articles.length === 0 && errors[0]) throw errors[0].error;
  for (const error of errors) options.onRecordError?.(error);
  return articles;
}

/**
 * Read files and folders (a folder's files one level deep, skipping dotfiles, manifest.json
 * and README/NOTES notes). Never throws for a bad file or record: each is listed in `errors`
 * and the rest are read. Throws only for an explicit `catalogue` that cannot be used.
 */
export async function readArticles(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  await checkCatalogue(options);
  const result: ReadResult = { articles: [], errors: [] };
  const reportedManifests = new Set<string>();
  for (const entry of await expand(paths, result.errors)) {
    const manifestPath = join(dirname(entry), MANIFEST_NAME);
    if (!reportedManifests.has(manifestPath)) {
      reportedManifests.add(manifestPath);
      const { error } = await loadManifest(manifestPath);
      if (error) result.errors.push({ source: manifestPath, error });
    }
    try {
      const { articles, errors } = await readFileRecords(entry, options);
      result.articles.push(...articles);
      result.errors.push(...errors);
    } catch (e) {
      result.errors.push({ source: entry, error: asArticleError(e, entry) });
    }
  }
  return result;
}

/** The files to read, in the order given (a folder's files sorted by name). Missing paths become errors. */
async function expand(paths: string[], errors: RecordError[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      errors.push({ source: path, error: statError(e, path) });
      continue;
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (e) {
      errors.push({ source: path, error: statError(e, path) });
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isFile() && !isSkipped(entry.name)) files.push(join(path, entry.name));
    }
  }
  return files;
}

/** Files in a folder that are not articles: hidden files, the manifest, notes for people. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === MANIFEST_NAME || /^(?:readme|notes)(?:\.(?:md|markdown|txt))?$/i.test(name);
}

/** One file: whole-file failures throw; per-record failures are returned with the articles. */
async function readFileRecords(path: string, options: ReadOptions): Promise<RecordsResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw articleErrors.unsupported(path, 'it is a folder; use readArticles to read a folder');
    if (!s.isFile()) throw articleErrors.unsupported(path, 'it is not a regular file');
    size = s.size;
  } catch (e) {
    throw e instanceof ArticleError ? e : statError(e, path);
  }
  // Checked before reading: a huge file must not be loaded just to be refused.
  if (size > maxBytes) throw articleErrors.tooLarge(path, size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw statError(e, path);
  }
  const text = decodeText(bytes, path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const layersFor = await metadataLayers(path, sha256, options);
  switch (detectFormat(path, text)) {
    case 'html':
      return { articles: [pageToArticle(text, path, [], layersFor(path))], errors: [] };
    case 'json':
      return articlesFromJson(text, path, layersFor);
    case 'jsonl':
      return articlesFromJsonLines(text, path, layersFor);
    case 'text':
      return { articles: [textToArticle(text, path, { above: layersFor(path), firstLineHeadline: true })], errors: [] };
  }
}

/**
 * The metadata kept outside a file, by precedence: the manifest.json beside it (by file name,
 * or "name#n" for the n-th record), then the catalogue (by the hash of the file's bytes, for a
 * file holding one article).
 */
async function metadataLayers(path: string, sha256: string, options: ReadOptions): Promise<(source: string) => MetaLayer[]> {
  const beside = (await loadManifest(join(dirname(path), MANIFEST_NAME))).manifest;
  const catalogue = (await loadManifest(options.catalogue ?? DEFAULT_CATALOGUE)).manifest;
  return (source: string) => {
    const layers: MetaLayer[] = [];
    const own = source === path;
    const local = own ? lookupByName(beside, path, sha256) : beside.byName.get(basename(source));
    if (local) layers.push({ meta: local, source: 'manifest' });
    const known = own ? lookupByHash(catalogue, sha256) : undefined;
    if (known) layers.push({ meta: known, source: 'manifest' });
    return layers;
  };
}

/** An explicit catalogue must exist and parse: a typo there would silently lose every date. */
async function checkCatalogue(options: ReadOptions): Promise<void> {
  if (options.catalogue === undefined) return;
  try {
    await stat(options.catalogue);
  } catch {
    throw articleErrors.notFound(options.catalogue);
  }
  const { error } = await loadManifest(options.catalogue);
  if (error) throw error;
}

function statError(e: unknown, path: string): ArticleError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return articleErrors.notFound(path);
  if (code === 'EACCES' || code === 'EPERM') return articleErrors.unreadable(path, 'permission denied');
  if (code === 'EISDIR') return articleErrors.unsupported(path, 'it is a folder; use readArticles to read a folder');
  return articleErrors.unreadable(path, code ?? String(e));
}

/** Anything thrown while reading one file becomes that file's error, so the batch goes on. */
function asArticleError(e: unknown, path: string): ArticleError {
  if (e instanceof ArticleError) return e;
  return articleErrors.unsupported(path, `reading it failed unexpectedly (${e instanceof Error ? e.message : String(e)})`);
}
