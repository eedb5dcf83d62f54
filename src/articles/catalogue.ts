// Metadata kept outside the articles: a manifest.json beside the files (keyed by file name), and
// the catalogue of known articles (seeds/manifest.json, keyed by file name, matched by the
// SHA-256 of the raw bytes so a seed keeps its date wherever it is read from).
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { articleErrors } from './errors.ts';
import { metaFromFields } from './metadata.ts';
import type { ArticleError, ArticleMeta } from './types.ts';

/** The bundled catalogue: <repo>/seeds/manifest.json. */
export const DEFAULT_CATALOGUE = fileURLToPath(new URL('../../seeds/manifest.json', import.meta.url));
export const MANIFEST_NAME = 'manifest.json';

const entrySchema = z.object({
  outlet: z.unknown().optional(),
  headline: z.unknown().optional(),
  publishedAt: z.unknown().optional(),
  url: z.unknown().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'sha256 must be 64 hex digits')
    .optional(),
});
const manifestSchema = z.record(z.string(), entrySchema);

export interface Manifest {
  byName: Map<string, Partial<ArticleMeta>>;
  bySha: Map<string, Partial<ArticleMeta>>;
}

export interface ManifestResult {
  manifest: Manifest;
  /** Set when the file exists but cannot be used; the manifest is then empty. */
  error?: ArticleError;
}

const EMPTY: Manifest = { byName: new Map(), bySha: new Map() };
// Parsed manifests by path; the file's mtime and size tell when an edit makes an entry stale.
const cache = new Map<string, { stamp: string; result: Promise<ManifestResult> }>();

/**
 * Load a manifest (cached). A missing file is an empty manifest; a file that is not a JSON
 * object of `{ outlet, headline, publishedAt, url, sha256? }` entries gives an empty manifest
 * and an `error` to report, so one bad manifest does not stop the articles beside it.
 */
export async function loadManifest(path: string): Promise<ManifestResult> {
  let stamp: string;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { manifest: EMPTY };
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    return { manifest: EMPTY };
  }
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.result;
  const result = parseManifestFile(path);
  cache.set(path, { stamp, result });
  return result;
}

async function parseManifestFile(path: string): Promise<ManifestResult> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return { manifest: EMPTY, error: articleErrors.badJson(path, (e as Error).message) };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      manifest: EMPTY,
      error: articleErrors.badJson(path, `expected { "<file name>": { outlet, headline, publishedAt, url } }${where}: ${issue?.message ?? 'invalid'}`),
    };
  }
  const manifest: Manifest = { byName: new Map(), bySha: new Map() };
  for (const [name, entry] of Object.entries(parsed.data)) {
    const meta = metaFromFields(entry);
    manifest.byName.set(name, meta);
    if (entry.sha256) manifest.bySha.set(entry.sha256.toLowerCase(), meta);
  }
  return { manifest };
}

/**
 * The entry of a manifest beside the file: by its name ("a.txt", or "a" without the
 * extension), else by the hash of its bytes when the manifest records one.
 */
export function lookupByName(manifest: Manifest, file: string, sha256: string): Partial<ArticleMeta> | undefined {
  const name = basename(file);
  return (
    manifest.byName.get(name) ??
    manifest.byName.get(name.slice(0, name.length - extname(name).length)) ??
    manifest.bySha.get(sha256)
  );
}

/**
 * The catalogue entry for a file: by the hash of its bytes only. A name alone proves nothing
 * (an edited copy keeps its name), identical bytes are the same article wherever they are.
 */
export function lookupByHash(manifest: Manifest, sha256: string): Partial<ArticleMeta> | undefined {
  return manifest.bySha.get(sha256);
}

/** Forget cached manifests (tests that rewrite one in place within the same millisecond). */
export function clearManifestCache(): void {
  cache.clear();
}
