// What an ingest extracts, independent of the thread it runs on: a job (files and folders, or one
// web page a feed pointed at) becomes a stream of extracted articles and per-source errors.
import { articleFromHtml, readArticles, ArticleError, type Article, type ArticleMeta } from '../articles/index.ts';
import { extractClaims, type Claim } from '../claims/index.ts';

export type IngestJob =
  | { kind: 'paths'; paths: string[]; maxBytes?: number }
  /** A web page (a feed item's HTML content, or the page at its link); `meta` outranks what the page says. */
  | { kind: 'html'; html: string; source: string; meta?: Partial<ArticleMeta> };

export type Extracted =
  | { type: 'article'; article: Article; claims: Claim[] }
  | { type: 'error'; source: string; error: ArticleError };

/**
 * Runs a job on the calling thread, handing each result to `emit` as soon as it is ready; when
 * `emit` returns a promise, the next article waits for it (flow control across threads).
 */
export async function runJob(job: IngestJob, emit: (item: Extracted) => void | Promise<void>): Promise<void> {
  if (job.kind === 'html') {
    let article: Article;
    try {
      article = articleFromHtml(job.html, job.source, job.meta ?? {});
    } catch (e) {
      await emit({ type: 'error', source: job.source, error: asArticleError(e, job.source) });
      return;
    }
    await emit({ type: 'article', article, claims: extractClaims(article) });
    return;
  }
  const { articles, errors } = await readArticles(job.paths, { maxBytes: job.maxBytes });
  for (const { source, error } of errors) await emit({ type: 'error', source, error });
  for (const article of articles) await emit({ type: 'article', article, claims: extractClaims(article) });
}

function asArticleError(e: unknown, source: string): ArticleError {
  if (e instanceof ArticleError) return e;
  return new ArticleError('unsupported', e instanceof Error ? e.message : String(e), source);
}
