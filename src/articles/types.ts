/** How a metadata value was obtained, so an answer can say "date inferred from a dateline". */
export type MetaSource =
  | 'record' // given by the source itself: a JSON field, HTML meta tag, a feed item
  | 'front-matter' // a `---` block at the top of a text file
  | 'manifest' // a manifest.json beside the file, or the bundled corpus catalogue
  | 'dateline' // a date line in the text such as "date 2023-04-03" or "KYIV, April 3 (Reuters) -"
  | 'byline' // "By Euronews", "By Euronews with AP"
  | 'filename' // a date in the file name, e.g. breitbart_2016-09-12_….txt
  | 'first-line' // the headline taken as the first short line of a plain text file
  | 'none';

export interface ArticleMeta {
  outlet: string | null;
  headline: string | null;
  /** ISO date YYYY-MM-DD, or null when unknown. Never guessed. */
  publishedAt: string | null;
  url: string | null;
}

export interface Article extends ArticleMeta {
  /** Stable id: the first 16 hex digits of the SHA-256 of the cleaned body. */
  id: string;
  /** Where it came from: a file path (with `#n` for the n-th record of a JSON file) or a URL. */
  source: string;
  /** The cleaned body text: paragraphs separated by one blank line ("\n\n"); claim offsets point here. */
  body: string;
  /** How each metadata value was obtained. */
  provenance: Record<keyof ArticleMeta, MetaSource>;
}

export type ArticleErrorCode =
  | 'not_found'
  | 'empty'
  | 'binary'
  | 'invalid_utf8'
  | 'too_large'
  | 'no_article' // HTML in which no article could be found
  | 'no_body' // a JSON record without a body/text field
  | 'bad_json'
  | 'unsupported';

/** Every failure to read an article carries a stable code, so the CLI and adapters can explain it. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  constructor(
    readonly code: ArticleErrorCode,
    message: string,
    readonly source?: string,
  ) {
    super(message);
  }
}
