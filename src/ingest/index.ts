// Ingest: files or folders → articles → claims → store, each article in one transaction. Used by
// `claimdesk ingest`, the first-start seeding, and (later) the watch folder and feeds.
import { readArticles, type ArticleError } from '../articles/index.ts';
import { extractClaims } from '../claims/index.ts';
import type { ClaimStore } from '../store/index.ts';
import type { IngestResult } from '../store/types.ts';

export interface IngestReport {
  results: Array<{ source: string } & IngestResult>;
  errors: Array<{ source: string; error: ArticleError }>;
  counts: { added: number; unchanged: number; replaced: number; failed: number; claims: number };
}

export async function ingestPaths(store: ClaimStore, paths: string[], options: { maxBytes?: number } = {}): Promise<IngestReport> {
  const { articles, errors } = await readArticles(paths, { maxBytes: options.maxBytes });
  const results: IngestReport['results'] = [];
  for (const article of articles) {
    const result = store.ingest(article, extractClaims(article));
    store.logIngest(article.source, result.status, `${result.claims} claims`);
    results.push({ source: article.source, ...result });
  }
  for (const { source, error } of errors) store.logIngest(source, 'failed', `${error.code}: ${error.message}`);
  const count = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
  return {
    results,
    errors,
    counts: {
      added: count('added'),
      unchanged: count('unchanged'),
      replaced: count('replaced'),
      failed: errors.length,
      claims: results.filter((r) => r.status !== 'unchanged').reduce((n, r) => n + r.claims, 0),
    },
  };
}

export interface SeedReport {
  /** False when the store already held articles and nothing was done. */
  seeded: boolean;
  report: IngestReport | null;
}

/**
 * First start: fills an empty store with the bundled seed articles, so claimdesk answers with no
 * setup. A store that has articles is left alone, even if they are not the seeds: a newsroom's
 * own corpus is never mixed with the demo one.
 */
export async function ensureSeeded(store: ClaimStore, seedsDir: string, options: { maxBytes?: number } = {}): Promise<SeedReport> {
  if (store.counts().articles > 0) return { seeded: false, report: null };
  return { seeded: true, report: await ingestPaths(store, [seedsDir], options) };
}
