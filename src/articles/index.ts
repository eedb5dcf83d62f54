// The articles module: reading news articles from files (plain text, HTML, JSON, JSON Lines)
// and cleaning their bodies down to prose. Other folders import from here only.
export { readArticleFile, readArticles, DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read.ts';
export { articleFromText } from './text.ts';
export { articleFromHtml, htmlToText } from './html.ts';
export { recordToArticle, type RecordError } from './json.ts';
export { cleanBody } from './clean.ts';
export { isDayHeading } from './furniture.ts';
export { articleId } from './article.ts';
export { toIsoDate } from './isoDate.ts';
export { DEFAULT_CATALOGUE, clearManifestCache } from './catalogue.ts';
export type { MetaProvenance } from './metadata.ts';
export { ArticleError, type Article, type ArticleErrorCode, type ArticleMeta, type MetaSource } from './types.ts';
