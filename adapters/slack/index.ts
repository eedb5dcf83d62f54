// The Slack adapter: a @slack/bolt app that answers `/claim QUERY` and `@claimdesk QUERY`.
//
//   /claim QUERY      ack at once, then the answer in the channel (chat.postMessage) and its
//                     citations in the answer's thread (chat.postMessage with thread_ts).
//   @claimdesk QUERY  the answer and its citations in the thread of the mention.
//   help, errors      a private reply: ephemeral through response_url (commands) or
//                     chat.postEphemeral (mentions).
//   /claim digest …   digest subscriptions (editors only, see editors.ts), answered privately;
//                     the returned `poster` posts the digests the scheduler hands it.
//
// Transport: HTTP (`/slack/events` on `port`, requests checked against the signing secret) by
// default; Socket Mode when an app-level token is given. `apiUrl` points the Web API elsewhere
// (GovSlack, a proxy, a local fake in tests).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type RespondFn } from '@slack/bolt';
import { DigestError, DigestPostError, isDigestCommand, type DigestPoster, type DigestService } from '../../src/digest/index.ts';
import { QueryError, type Answer, type QueryCore } from '../../src/query/index.ts';
import { SlackEditors } from './editors.ts';
import { RecentIds } from './dedupe.ts';
import { TurnQueue } from './queue.ts';
import { fromSlackText, mentionQuery } from './inbound.ts';
import { BoltLogBridge, safeLog, type Log, type LogLevelName } from './log.ts';
import { renderAnswerBlocks, renderHelpMessage, renderLine, renderNotice, renderThreadMessages, type SlackMessage } from './render.ts';

export type { Log, LogLevelName } from './log.ts';
export { escapeSlack, renderAnswerBlocks, renderThreadMessages } from './render.ts';

export const DEFAULT_API_URL = 'https://slack.com/api/';
export const EVENTS_PATH = '/slack/events';
export const DEFAULT_COMMAND = '/claim';

export interface SlackOptions {
  query: QueryCore;
  /** Bot token (xoxb-…). */
  botToken: string;
  /** Signing secret: required in HTTP mode, unused in Socket Mode. */
  signingSecret?: string;
  /** App-level token (xapp-…): when set, Socket Mode instead of HTTP. */
  appToken?: string;
  /** Web API base URL (default https://slack.com/api/). */
  apiUrl?: string;
  /** HTTP port for /slack/events; 0 picks a free one (returned as `port`). Ignored in Socket Mode. */
  port: number;
  /** Interface to listen on in HTTP mode (default: all). */
  host?: string;
  log: Log;
  /** Lowest level of Bolt's own log lines passed to `log` (default info). */
  boltLogLevel?: LogLevelName;
  /** Web API retries on network errors, 5xx and rate limits (default: Slack's client default). Tests use 0. */
  retries?: number;
  /** The slash command (default /claim), for an app whose manifest names it differently. */
  command?: string;
  /** How many recent event ids are remembered to answer each event once (default 5000). */
  dedupeCapacity?: number;
  /** Digest subscriptions: `/claim digest …` is answered only when given. */
  digests?: DigestService;
  /** SLACK_EDITORS: user and user-group ids who may manage digests; empty: everyone. */
  editors?: string[];
}

export interface SlackHandle {
  mode: 'http' | 'socket';
  /** The bound HTTP port (HTTP mode). */
  port?: number;
  /** Posts digests in Slack channels, for the digest scheduler. */
  poster: DigestPoster;
  /** Stops receiving, waits for answers in progress (bounded), and closes every connection. */
  stop(): Promise<void>;
}

/** Slack errors that mean the channel is gone for good: its digests are disabled. */
const CHANNEL_GONE = new Set(['channel_not_found', 'is_archived']);

/** The bot's handle as the manifest names it, for "invite me" messages. */
const BOT_HANDLE = '@claimdesk';
/** On stop, answers in progress get this long to finish. */
const STOP_GRACE_MS = 10_000;

/** Something Slack refused while posting an answer, and whether the parent was already posted. */
class PostFailure extends Error {
  constructor(
    readonly code: string,
    readonly stage: 'parent' | 'thread',
    readonly method: string,
  ) {
    super(`${method} failed: ${code}`);
  }
}

/** The Slack error code of a Web API failure (`not_in_channel`, `ratelimited`, `http_503`…). */
export function slackErrorCode(error: unknown): string {
  if (!error || typeof error !== 'object') return 'unknown_error';
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  switch (e.code) {
    case webApi.ErrorCode.PlatformError:
      return typeof e.data?.error === 'string' ? e.data.error : 'platform_error';
    case webApi.ErrorCode.HTTPError:
      return `http_${String(e.statusCode)}`;
    case webApi.ErrorCode.RateLimitedError:
      return 'ratelimited';
    case webApi.ErrorCode.RequestError:
      return 'request_error';
    default:
      return typeof e.code === 'string' ? e.code : 'unknown_error';
  }
}

/** What to tell the person privately when Slack refused the answer. */
export function failureNotice(failure: { code: string; stage: 'parent' | 'thread' }): SlackMessage {
  if (failure.stage === 'parent' && failure.code === 'not_in_channel') {
    return renderNotice(`I'm not in this channel, so I can't post the answer here. Invite me with /invite ${BOT_HANDLE} (or mention ${BOT_HANDLE} and choose "Invite"), then ask again.`);
  }
  if (failure.stage === 'parent' && failure.code === 'channel_not_found') {
    return renderNotice(`I can't post in this conversation. In a private channel, invite me first with /invite ${BOT_HANDLE}; in a direct message between people, ask me in a channel instead.`);
  }
  if (failure.stage === 'thread') {
    return renderNotice(`The answer is posted, but Slack would not take all of its citations (error: ${failure.code}). It has been logged; try again in a moment.`);
  }
  return renderNotice(`Slack would not post the answer here (error: ${failure.code}). It has been logged; try again in a moment.`);
}

const SOMETHING_WENT_WRONG = 'Something went wrong answering that; it has been logged. Try again or rephrase.';

/** An answer rendered for Slack (the parent and its thread), or the private reply in its place. */
type Outcome = { kind: 'answer'; answer: Answer; parent: SlackMessage; thread: SlackMessage[] } | { kind: 'private'; message: SlackMessage };

export async function startSlack(options: SlackOptions): Promise<SlackHandle> {
  const log = safeLog(options.log, [options.botToken, options.signingSecret, options.appToken]);
  if (!options.botToken) throw new Error('claimdesk: the Slack adapter needs SLACK_BOT_TOKEN');
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret) throw new Error('claimdesk: the Slack adapter needs SLACK_SIGNING_SECRET in HTTP mode (or SLACK_APP_TOKEN for Socket Mode)');

  const logger = new BoltLogBridge(log, options.boltLogLevel ?? 'info');
  const clientOptions: webApi.WebClientOptions = { slackApiUrl: normaliseApiUrl(options.apiUrl ?? DEFAULT_API_URL) };
  if (options.retries !== undefined) clientOptions.retryConfig = { retries: options.retries };

  // The receivers are built here rather than by App so that stop() can await what App would
  // not: the Socket Mode client's disconnect (else a test process hangs ~30 s on its timers).
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: options.appToken!,
        logger,
        // apps.connections.open goes through this client: it must use the same API base URL.
        installerOptions: { clientOptions: { ...clientOptions } },
      })
    : new HTTPReceiver({ signingSecret: options.signingSecret!, endpoints: EVENTS_PATH, logger });

  const app = new App({
    token: options.botToken,
    receiver,
    logger,
    clientOptions,
    // init() below calls auth.test now, so a wrong token fails at start, not at the first query.
    deferInitialization: true,
  });

  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };
  const recent = new RecentIds(options.dedupeCapacity);
  const searches = new TurnQueue();

  /** The core's answer, or the private reply that stands in for it. Never throws. */
  const ask = (text: string, via: string): Outcome => {
    try {
      const reply = options.query.handle(text);
      if (reply.type === 'help') return { kind: 'private', message: renderHelpMessage(reply.help) };
      return { kind: 'answer', answer: reply.answer, parent: renderAnswerBlocks(reply.answer), thread: renderThreadMessages(reply.answer) };
    } catch (error) {
      if (error instanceof QueryError) return { kind: 'private', message: renderNotice(error.message, error.suggestion) };
      // Not the asker's doing: the details go to the log, never to the channel.
      log('error', 'slack: the query failed', { via, error });
      return { kind: 'private', message: renderNotice(SOMETHING_WENT_WRONG) };
    }
  };

  /** Posts the parent (in `channel`, or in `threadTs` for a mention), then the citation thread. */
  const postAnswer = async (client: webApi.WebClient, channel: string, parent: SlackMessage, thread: SlackMessage[], threadTs?: string): Promise<void> => {
    let parentTs: string | undefined;
    let postedIn = channel;
    try {
      const result = await client.chat.postMessage({ channel, thread_ts: threadTs, ...messageArgs(parent) });
      parentTs = result.ts;
      postedIn = result.channel ?? channel;
    } catch (error) {
      throw new PostFailure(slackErrorCode(error), 'parent', 'chat.postMessage');
    }
    const replyTo = threadTs ?? parentTs;
    if (!replyTo) throw new PostFailure('no_ts', 'thread', 'chat.postMessage');
    for (const message of thread) {
      try {
        await client.chat.postMessage({ channel: postedIn, thread_ts: replyTo, ...messageArgs(message) });
      } catch (error) {
        throw new PostFailure(slackErrorCode(error), 'thread', 'chat.postMessage');
      }
    }
  };

  const editors = new SlackEditors(options.editors ?? [], log);
  /** `/claim digest …`: the private reply. Never throws. */
  const digestReply = async (client: webApi.WebClient, channel: string, user: string | null, text: string): Promise<SlackMessage> => {
    if (!options.digests) return renderNotice('Digests are not enabled on this claimdesk.');
    try {
      const isEditor = await editors.isEditor(client, user);
      return renderHelpMessage(options.digests.handle({ platform: 'slack', channel, user, isEditor }, text));
    } catch (error) {
      if (error instanceof DigestError) {
        const hint = error.code === 'not_editor' ? ' Editors are set by SLACK_EDITORS; ask whoever runs claimdesk.' : '';
        return renderNotice(error.message + hint);
      }
      log('error', 'slack: a digest command failed', { error });
      return renderNotice(SOMETHING_WENT_WRONG);
    }
  };

  /** Digests from the scheduler, rendered exactly as /claim answers are. */
  const poster: DigestPoster = {
    post: async (channel, digest) => {
      const [parent, thread] = digest.kind === 'answer' ? [renderAnswerBlocks(digest.answer), renderThreadMessages(digest.answer)] : [renderLine(digest.text), []];
      try {
        await postAnswer(app.client, channel, parent, thread);
      } catch (error) {
        if (!(error instanceof PostFailure)) throw error;
        throw new DigestPostError(error.code, { channelGone: error.stage === 'parent' && CHANNEL_GONE.has(error.code), partly: error.stage === 'thread' });
      }
    },
  };

  /** The whole flow after the ack: ask, then post publicly or reply privately. */
  const answer = async (input: {
    via: 'command' | 'mention';
    text: string;
    channel: string;
    user: string | null;
    threadTs?: string;
    client: webApi.WebClient;
    reply: (message: SlackMessage) => Promise<void>;
  }): Promise<void> => {
    if (isDigestCommand(input.text)) return input.reply(await digestReply(input.client, input.channel, input.user, input.text));
    const started = performance.now();
    // The search and the rendering wait for their turn; see queue.ts for why.
    const outcome = await searches.run(() => ask(input.text, input.via));
    if (outcome.kind === 'private') return input.reply(outcome.message);
    try {
      await postAnswer(input.client, input.channel, outcome.parent, outcome.thread, input.threadTs);
      log('info', 'slack: answered', {
        via: input.via,
        channel: input.channel,
        citations: outcome.answer.citations.length,
        threadMessages: outcome.thread.length,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      if (!(error instanceof PostFailure)) throw error;
      log(error.code === 'not_in_channel' ? 'warn' : 'error', `slack: ${error.method} failed`, { code: error.code, stage: error.stage, via: input.via, channel: input.channel });
      await input.reply(failureNotice(error));
    }
  };

  const command = options.command ?? DEFAULT_COMMAND;
  app.command(command, async ({ command: body, ack, respond, client }) => {
    // Slack wants the ack within 3 s: it comes first, the search after.
    await ack();
    await track(
      answer({
        via: 'command',
        text: fromSlackText(body.text ?? ''),
        channel: body.channel_id,
        user: body.user_id ?? null,
        client,
        reply: (message) => respondPrivately(respond, message, log),
      }).catch((error) => log('error', 'slack: /claim failed', { error })),
    );
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    // Bolt has acknowledged the event already; what is left is answering it once.
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    const keys = [eventId && `event:${eventId}`, event.client_msg_id && `message:${event.client_msg_id}`].filter((k): k is string => Boolean(k));
    if (keys.length === 0) keys.push(`ts:${event.channel}:${event.ts}`);
    // A retry (context.retryNum > 0) of an event seen here is dropped; so is a second delivery of
    // the same message under another event id. A retry of an event this process never saw (it
    // restarted, or the first delivery was lost) is answered: late beats never.
    if (recent.seen(keys)) {
      log('info', 'slack: duplicate event ignored', { eventId, retryNum: context.retryNum ?? 0, retryReason: context.retryReason });
      return;
    }
    // Other bots' mentions are not questions; answering them invites loops between bots.
    if (event.bot_id) return;
    const user = event.user;
    const threadTs = event.thread_ts ?? event.ts;
    await track(
      answer({
        via: 'mention',
        text: mentionQuery(event.text ?? '', context.botUserId),
        channel: event.channel,
        user: user ?? null,
        threadTs,
        client,
        reply: async (message) => {
          if (!user) return;
          try {
            await client.chat.postEphemeral({ channel: event.channel, user, thread_ts: threadTs, ...messageArgs(message) });
          } catch (error) {
            log('error', 'slack: chat.postEphemeral failed', { code: slackErrorCode(error), channel: event.channel });
          }
        },
      }).catch((error) => log('error', 'slack: mention failed', { error })),
    );
  });

  app.error(async (error) => {
    log('error', 'slack: unhandled error', { code: slackErrorCode(error), message: error.message });
  });

  try {
    await app.init();
  } catch (error) {
    throw new Error(`claimdesk: Slack did not accept the bot token (auth.test: ${slackErrorCode(error)}); check SLACK_BOT_TOKEN and SLACK_API_URL`);
  }
  let server: Server | undefined;
  if (receiver instanceof HTTPReceiver) {
    try {
      server = await receiver.start(options.host ? { port: options.port, host: options.host } : options.port);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new Error(`claimdesk: the Slack adapter cannot listen on port ${options.port} (${typeof code === 'string' ? code : 'error'}); check PORT`);
    }
  } else {
    try {
      await receiver.start();
    } catch (error) {
      await receiver.client.disconnect().catch(() => {});
      throw new Error(`claimdesk: Slack did not open a Socket Mode connection (apps.connections.open: ${slackErrorCode(error)}); check SLACK_APP_TOKEN and SLACK_API_URL`);
    }
  }
  const port = server ? (server.address() as AddressInfo).port : undefined;
  log('info', socketMode ? 'slack: connected in Socket Mode' : `slack: listening on port ${port} at ${EVENTS_PATH}`, { mode: socketMode ? 'socket' : 'http' });

  let stopping: Promise<void> | undefined;
  return {
    mode: socketMode ? 'socket' : 'http',
    port,
    poster,
    stop() {
      stopping ??= (async () => {
        if (receiver instanceof SocketModeReceiver) {
          await receiver.client.disconnect();
        } else {
          const closing = receiver.stop();
          // Keep-alive connections with no request in progress would hold close() open.
          server?.closeIdleConnections();
          await closing;
        }
        await settle([...inFlight], STOP_GRACE_MS);
        log('info', 'slack: stopped');
      })();
      return stopping;
    },
  };
}

/** Common arguments for every message we post: the text fallback and blocks, no unfurling of the
 * article links, and no `link_names` (so nothing typed as @name or @channel becomes a mention). */
function messageArgs(message: SlackMessage) {
  return { text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
}

async function respondPrivately(respond: RespondFn, message: SlackMessage, log: Log): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', ...messageArgs(message) });
  } catch (error) {
    log('error', 'slack: response_url reply failed', { code: slackErrorCode(error), message: error instanceof Error ? error.message : String(error) });
  }
}

function normaliseApiUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

async function settle(work: Array<Promise<unknown>>, ms: number): Promise<void> {
  if (work.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(work), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
