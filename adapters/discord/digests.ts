// Posting digests: the scheduler (src/digest) hands the adapter a digest for a channel id, with
// no interaction behind it. An answer goes out as /claim's does — the same embed, a thread started
// on it, the same citation pages through the same code (post.ts); "nothing new" is one plain line.
//
// Failures become DigestPostError, and the scheduler decides from it:
//   - channelGone (the subscription is disabled, not retried) for the channel itself, as Discord
//     answers when the bot looks it up or posts the digest's first message:
//       10003 Unknown Channel — it was deleted;
//       50001 Missing Access — the bot can no longer see it: removed from the server, or shut out
//         of a private channel. Nothing gets better until a person acts, and retrying daily would
//         only log errors; the person who restores access re-enables the digest by subscribing
//         the same topic again (the subscription keeps its id, /digest list shows the reason).
//     50013 Missing Permissions (the bot sees the channel but may not post or embed there) is
//     not "gone": it is retried with the scheduler's backoff and tried again the next day, so
//     the digests resume by themselves once an admin grants the permission.
//   - partly, when the digest's message is out and the thread or a citation page failed: a retry
//     would post the message twice. Never channelGone then, even on 10003: that is the thread
//     having been deleted, not the channel.
//   - anything else (a 5xx after discord.js's retries, a rate limit, a network error): a plain
//     failure, retried with backoff.
import { DiscordAPIError, RESTJSONErrorCodes, type Client, type Message, type SendableChannels } from 'discord.js';
import { DigestPostError, type DigestPost, type DigestPoster } from '../../src/digest/index.ts';
import { describeFailure, type Log } from './errors.ts';
import { holdsThreads, postCitations } from './post.ts';
import { renderAnswer, renderNotice } from './render.ts';

/** Discord's answers that mean the channel is gone for good (see above), as the code recorded. */
const GONE: ReadonlyMap<number | string, string> = new Map([
  [RESTJSONErrorCodes.UnknownChannel, 'discord_unknown_channel'],
  [RESTJSONErrorCodes.MissingAccess, 'discord_missing_access'],
]);

export interface DigestPosterOptions {
  client: Client;
  log: Log;
  /** Runs a post so the adapter's stop() waits for it; rejects when the adapter is stopping. */
  track<T>(work: () => Promise<T>): Promise<T>;
}

export function createDigestPoster({ client, log, track }: DigestPosterOptions): DigestPoster {
  /** Logs what Discord said (the scheduler records only the code) and makes the error to throw. */
  function failure(error: unknown, what: string, channel: string, digest: DigestPost, step: 'channel' | 'citations'): DigestPostError {
    if (error instanceof DigestPostError) return error;
    const { code, fields } = describeFailure(error);
    const gone = step === 'channel' && error instanceof DiscordAPIError ? GONE.get(error.code) : undefined;
    log('warn', `discord: ${what} failed`, { code: gone ?? code, ...fields, channel, subscription: digest.subscription.id, day: digest.day });
    if (gone) return new DigestPostError(gone, { channelGone: true });
    return new DigestPostError(code, { partly: step === 'citations' });
  }

  async function post(channelId: string, digest: DigestPost): Promise<void> {
    let channel: SendableChannels;
    let message: Message;
    try {
      // From the cache when the gateway announced it (the Guilds intent), else GET /channels/ID.
      const found = await client.channels.fetch(channelId);
      if (!found?.isSendable()) {
        log('warn', 'discord: a digest channel cannot hold messages', { code: 'discord_not_a_text_channel', channel: channelId, type: found?.type });
        throw new DigestPostError('discord_not_a_text_channel', { channelGone: true });
      }
      channel = found;
      if (digest.kind === 'nothing') {
        await channel.send(renderNotice(digest.text));
        return;
      }
      message = await channel.send(renderAnswer(digest.answer));
    } catch (error) {
      throw failure(error, 'posting a digest', channelId, digest, 'channel');
    }

    const failed = await postCitations(
      { client, channelId, message, inPlace: holdsThreads(channel) ? undefined : (page) => channel.send(page), reason: 'claimdesk: citations for a digest' },
      digest.answer,
    );
    if (failed) throw failure(failed.error, failed.step === 'thread' ? 'starting a digest thread' : 'posting digest citations', channelId, digest, 'citations');
  }

  return { post: (channelId, digest) => track(() => post(channelId, digest)) };
}
