export type QueryErrorCode =
  | 'empty_query'
  | 'query_too_long'
  | 'unknown_filter'
  | 'empty_filter'
  | 'bad_date'
  | 'bad_date_range'
  | 'no_results';

/** A query the core cannot answer. `message` is meant for the person who asked; adapters show it as is. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    /** For no_results: a query that would find something. */
    readonly suggestion?: string,
  ) {
    super(message);
  }
}
