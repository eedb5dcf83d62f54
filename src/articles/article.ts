// Assembling an Article once its body is clean and its metadata merged.
import { createHash } from 'node:crypto';
import type { MetaProvenance } from './metadata.ts';
import type { Article, ArticleMeta } from './types.ts';

/** The id depends on the cleaned body only, so the same story read from any file gets the same id. */
export function articleId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16);
}

export function makeArticle(source: string, body: string, meta: ArticleMeta, provenance: MetaProvenance): Article {
  return { id: articleId(body), source, ...meta, body, provenance };
}
