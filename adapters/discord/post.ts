// Posting an answer's citations under its message: the one code path for /claim (the message is
// the interaction's reply) and for digests (a message the bot sent in the channel). It posts and
// reports; what a failure means is the caller's call — /claim sends the rest to the asker
// privately, a digest reports a partial post to the scheduler.
import { ChannelType, Routes, ThreadAutoArchiveDuration, type Client, type Message, type RESTPostAPIChannelThreadsResult } from 'discord.js';
import type { Answer } from '../../src/query/index.ts';
import { renderCitationPages, threadName, type DiscordPayload } from './render.ts';

export type PostPage = (page: DiscordPayload) => Promise<unknown>;

export interface CitationsTarget {
  client: Client;
  /** The channel the message is in. */
  channelId: string;
  /** The answer's message: the thread is started on it. */
  message: Message;
  /**
   * Set when the channel cannot hold a thread (see `holdsThreads`): the citations are posted
   * with this, after the message, where it is.
   */
  inPlace?: PostPage;
  /** For the server's audit log. */
  reason: string;
}

export interface CitationsFailure {
  /** 'thread': the thread could not be started (no citation went out); 'citations': a page failed. */
  step: 'thread' | 'citations';
  error: unknown;
  /** The pages not posted, in order. */
  unsent: DiscordPayload[];
}

/**
 * Whether citations go in a thread started on the message. Not in a thread (no thread inside a
 * thread) nor a voice channel's chat. A channel discord.js has not cached (null) is taken to be
 * a text channel: the thread route is tried, and a refusal is handled like any other.
 */
export function holdsThreads(channel: { type: ChannelType } | null): boolean {
  return !channel || channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement;
}

/** Posts the answer's citation pages in order; returns null when all went out, else what failed. */
export async function postCitations(target: CitationsTarget, answer: Answer): Promise<CitationsFailure | null> {
  const pages = renderCitationPages(answer);
  if (pages.length === 0) return null;
  let post = target.inPlace;
  if (!post) {
    try {
      post = await startThread(target, threadName(answer));
    } catch (error) {
      return { step: 'thread', error, unsent: pages };
    }
  }
  for (const [i, page] of pages.entries()) {
    try {
      await post(page);
    } catch (error) {
      return { step: 'citations', error, unsent: pages.slice(i) };
    }
  }
  return null;
}

/**
 * Starts the thread on the message and returns how to post in it. With the channel cached (the
 * Guilds intent) this is discord.js's `startThread`; without it, the same REST route directly
 * (the thread's id is the message's id).
 */
async function startThread(target: CitationsTarget, name: string): Promise<PostPage> {
  const { client, channelId, message, reason } = target;
  const autoArchiveDuration = ThreadAutoArchiveDuration.OneDay;
  if (message.channel) {
    const thread = await message.startThread({ name, autoArchiveDuration, reason });
    return (page) => thread.send(page);
  }
  const thread = (await client.rest.post(Routes.threads(channelId, message.id), {
    body: { name, auto_archive_duration: autoArchiveDuration },
    reason,
  })) as RESTPostAPIChannelThreadsResult;
  return (page) => client.rest.post(Routes.channelMessages(thread.id), { body: { content: page.content, embeds: page.embeds, allowed_mentions: page.allowedMentions } });
}
