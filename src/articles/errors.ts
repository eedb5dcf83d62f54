// The messages of every ArticleError, in one place so they read alike: what is wrong with which
// source, then what to do about it. Adapters show `message` to users; `code` is for programs.
import { ArticleError } from './types.ts';

export const articleErrors = {
  notFound: (source: string) =>
    new ArticleError('not_found', `${source} was not found: check the path (folders are read one level deep)`, source),
  unreadable: (source: string, reason: string) =>
    new ArticleError('not_found', `${source} could not be opened (${reason}): check its permissions`, source),
  empty: (source: string, detail = 'it is empty') =>
    new ArticleError('empty', `${source} has no article text: ${detail}`, source),
  binary: (source: string, what = 'not a text, HTML or JSON article') =>
    new ArticleError('binary', `${source} is binary (${what}): convert it to text, HTML or JSON first`, source),
  invalidUtf8: (source: string, detail = 'it is not valid UTF-8') =>
    new ArticleError('invalid_utf8', `${source} cannot be decoded: ${detail}; save it as UTF-8`, source),
  tooLarge: (source: string, size: number, max: number) =>
    new ArticleError(
      'too_large',
      `${source} is ${formatBytes(size)}, over the ${formatBytes(max)} limit: split it or raise maxBytes`,
      source,
    ),
  noArticle: (source: string) =>
    new ArticleError(
      'no_article',
      `${source} is an HTML page with no article in it (no paragraphs of prose were found): pass the article's own page`,
      source,
    ),
  noBody: (source: string) =>
    new ArticleError(
      'no_body',
      `${source} has no article text: give the record a "body", "text" or "content" field`,
      source,
    ),
  badJson: (source: string, detail: string) =>
    new ArticleError('bad_json', `${source} is not valid JSON (${detail}): fix the syntax or save it as .txt`, source),
  unsupported: (source: string, detail: string) =>
    new ArticleError('unsupported', `${source} cannot be read as an article: ${detail}`, source),
};

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
