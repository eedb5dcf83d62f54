export type DigestErrorCode =
  | 'unknown_command'
  | 'missing_topic'
  | 'missing_target'
  | 'bad_topic'
  | 'bad_time'
  | 'bad_zone'
  | 'not_found'
  | 'not_editor';

/** A digest command that cannot be carried out. `message` is for the person who typed it. */
export class DigestError extends Error {
  override readonly name = 'DigestError';
  constructor(
    readonly code: DigestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A digest that could not be posted, as an adapter reports it. `channelGone`: the channel no
 * longer exists (or the bot was removed for good): the subscription is disabled, not retried.
 * `partly`: something was posted before the failure, so a retry would post it twice.
 */
export class DigestPostError extends Error {
  override readonly name = 'DigestPostError';
  constructor(
    readonly code: string,
    readonly options: { channelGone?: boolean; partly?: boolean } = {},
  ) {
    super(`posting the digest failed: ${code}`);
  }
}
