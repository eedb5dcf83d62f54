// Failures talking to Discord, as stable codes for the log. Discord's own numeric code and the
// HTTP status come along; the request URL does not, as it carries the interaction token.
import { DiscordAPIError, DiscordjsError, HTTPError, RESTJSONErrorCodes, RateLimitError } from 'discord.js';

export type DiscordFailureCode =
  /** The interaction is older than 3 s (first answer) or 15 min (token): nothing more can be sent. */
  | 'discord_interaction_expired'
  /** The bot lacks a permission in the channel (e.g. Create Public Threads). */
  | 'discord_missing_permission'
  /** Another REST failure: a rejected body, a server error after retries, a rate limit. */
  | 'discord_rest_error'
  /** The query core failed on something other than the query. */
  | 'discord_query_failed'
  /** Anything else: a bug, logged with its stack. */
  | 'discord_unexpected';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

export interface DescribedFailure {
  code: DiscordFailureCode;
  fields: Record<string, unknown>;
}

const EXPIRED = new Set<number | string>([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.UnknownWebhook, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]);
const FORBIDDEN = new Set<number | string>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

export function describeFailure(error: unknown): DescribedFailure {
  if (error instanceof DiscordAPIError) {
    const fields = { discordCode: error.code, status: error.status, method: error.method, discordMessage: error.message };
    if (EXPIRED.has(error.code)) return { code: 'discord_interaction_expired', fields };
    if (FORBIDDEN.has(error.code) || error.status === 403) return { code: 'discord_missing_permission', fields };
    return { code: 'discord_rest_error', fields };
  }
  if (error instanceof HTTPError) return { code: 'discord_rest_error', fields: { status: error.status, method: error.method } };
  if (error instanceof RateLimitError) return { code: 'discord_rest_error', fields: { status: 429, method: error.method, retryAfter: error.retryAfter } };
  if (error instanceof DiscordjsError) return { code: 'discord_unexpected', fields: { discordjsCode: error.code, error: error.message } };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: 'discord_unexpected', fields: { error: e.message, stack: e.stack } };
}
