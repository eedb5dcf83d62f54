// Ingest: files, folders or web pages → articles → claims → store, each article in one
// transaction. Used by `claimdesk ingest`, the first-start seeding, the watch folder and feeds.
// Extraction runs wherever the given Extractor runs it (inline, or on a worker thread).
import type { ArticleError } from '../articles/index.ts';
import type { ClaimStore } from '../store/index.ts';
import type { IngestResult } from '../store/types.ts';
import { inlineExtractor, type Extractor } from './extractor.ts';
import type { IngestJob } from './jobs.ts';

export { ExtractionWorker, inlineExtractor, type Extractor } from './extractor.ts';
export type { IngestJob, Extracted } from './jobs.ts';

export interface IngestReport {
  results: Array<{ source: string } & IngestResult>;
  errors: Array<{ source: string; error: ArticleError }>;
  counts: { added: number; unchanged: number; replaced: number; failed: number; claims: number };
}

export interface IngestOptions {
  maxBytes?: number;
  extractor?: Extractor;
}

/**
 * Runs an ingest job: each extracted article is stored (one transaction) as soon as it arrives,
 * then `afterEach` runs (the core brings its index up to date there, an article at a time, so a
 * large ingest never holds the event loop for long).
 */
export async function ingestJob(store: ClaimStore, job: IngestJob, extractor: Extractor = inlineExtractor, afterEach?: () => void): Promise<IngestReport> {
  const results: IngestReport['results'] = [];
  const errors: IngestReport['errors'] = [];
  await extractor.run(job, (item) => {
    if (item.type === 'error') {
      store.logIngest(item.source, 'failed', `${item.error.code}: ${item.error.message}`);
      errors.push({ source: item.source, error: item.error });
      return;
    }
    const result = store.ingest(item.article, item.claims);
    store.logIngest(item.article.source, result.status, `${result.claims} claims`);
    results.push({ source: item.article.source, ...result });
    afterEach?.();
  });
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

export function ingestPaths(store: ClaimStore, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestJob(store, { kind: 'paths', paths, maxBytes: options.maxBytes }, options.extractor);
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
export async function ensureSeeded(store: ClaimStore, seedsDir: string, options: IngestOptions = {}): Promise<SeedReport> {
  if (store.counts().articles > 0) return { seeded: false, report: null };
  return { seeded: true, report: await ingestPaths(store, [seedsDir], options) };
}
