// The Discord adapter: a discord.js client on the gateway with the Guilds intent only (no
// privileged intents: the bot reads no messages, it answers /claim and /digest). Guilds keeps the
// server's channels cached, which is what `message.startThread` needs.
//
//   const bot = await startDiscord({ core, token, appId, log, digests });
//   new DigestScheduler({ …, posters: { discord: bot.poster } }).start();
//   …
//   await bot.stop();   // after the scheduler's stop(): a digest being posted is let finish
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { DigestPostError, type DigestPoster, type DigestService } from '../../src/digest/index.ts';
import { Suggestions, type SuggestionSource } from './autocomplete.ts';
import { COMMAND_NAME, DIGEST_COMMAND_NAME, inviteUrl } from './commands.ts';
import { createDigestPoster } from './digests.ts';
import { describeFailure, type Log } from './errors.ts';
import { createHandlers, type QueryHandler } from './interactions.ts';

export { commandDefinitions, registerCommands, buildQueryText, buildDigestText, inviteUrl, BOT_PERMISSIONS, type RegisterOptions, type RegisterResult } from './commands.ts';
export type { Log, LogLevel } from './errors.ts';
export { stderrLog } from './log.ts';

/** What the adapter needs of the core: `Core` fits. */
export interface DiscordCore {
  query: QueryHandler;
  store: SuggestionSource;
  /** Called before each search, so articles ingested by another process (the CLI) are found. */
  refresh?(): Promise<void>;
}

export interface DiscordOptions {
  core: DiscordCore;
  /** The bot token (DISCORD_TOKEN). Never logged. */
  token: string;
  /** The application id (DISCORD_APP_ID). */
  appId: string;
  /** DISCORD_GUILD_ID: the server the commands were registered in; a warning is logged if the bot is not in it. */
  guildId?: string;
  /** REST base URL (DISCORD_API_URL), e.g. a proxy; default https://discord.com/api. */
  apiUrl?: string;
  log: Log;
  /** Give up on the gateway's READY after this long. Default 60 s. */
  readyTimeoutMs?: number;
  /** stop() waits this long at most for interactions still being answered and digests being posted. Default 10 s. */
  stopGraceMs?: number;
  /** Digest subscriptions (/digest, `/claim query:digest …`); without it those say digests are not enabled. */
  digests?: DigestService;
}

export interface DiscordAdapter {
  client: Client;
  /** Posts digests in Discord channels: give it to the DigestScheduler as `posters.discord`. */
  poster: DigestPoster;
  stop(): Promise<void>;
}

/** Logs in, waits for READY and answers /claim until `stop()`, which lets answers in progress finish. Rejects if login fails. */
export async function startDiscord(options: DiscordOptions): Promise<DiscordAdapter> {
  const { log } = options;
  let stopping = false;
  const suggestions = new Suggestions(options.core.store);
  await suggestions.load();

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // The default for every message the client sends; each payload also sets it explicitly.
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  const core = options.core;
  const handlers = createHandlers({ query: core.query, suggestions, log, refresh: core.refresh ? () => core.refresh!() : undefined, digests: options.digests });

  // Interactions being answered and digests being posted: stop() lets them finish (the thread's
  // citations are still going out).
  const inFlight = new Set<Promise<unknown>>();
  function track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return work;
  }
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (stopping) return;
    // Never let a rejection escape into discord.js: it would be an unhandled rejection.
    void track(
      dispatch(interaction).catch((error: unknown) => {
        const { code, fields } = describeFailure(error);
        log('error', 'discord: handling an interaction failed', { code, ...fields, interaction: interaction.id });
      }),
    );
  });
  const poster = createDigestPoster({
    client,
    log,
    track: (post) => {
      // Nothing new goes out once stopping: the scheduler records a failure and its retry, which
      // this process (if the scheduler runs on) or the next one makes.
      if (stopping) return Promise.reject(new DigestPostError('discord_stopped'));
      return track(post());
    },
  });
  // Without an 'error' listener an EventEmitter error would crash the process.
  client.on(Events.Error, (error) => log('error', 'discord: client error', { code: 'discord_client_error', error: error.message }));
  client.on(Events.Warn, (message) => log('warn', `discord: ${message}`));
  // discord.js reconnects by itself; these say so in the log (not while stopping, where they are expected).
  client.on(Events.ShardDisconnect, (event, shard) => stopping || log('warn', 'discord: gateway disconnected', { shard, closeCode: event.code }));
  client.on(Events.ShardReconnecting, (shard) => stopping || log('info', 'discord: gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard) => log('info', 'discord: gateway resumed', { shard }));

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete() && [COMMAND_NAME, DIGEST_COMMAND_NAME].includes(interaction.commandName)) return handlers.autocomplete(interaction);
    if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) return handlers.claim(interaction);
    if (interaction.isChatInputCommand() && interaction.commandName === DIGEST_COMMAND_NAME) return handlers.digest(interaction);
    log('debug', 'discord: interaction ignored', { type: interaction.type, interaction: interaction.id });
  }

  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    readyTimer = setTimeout(() => reject(new Error(`discord: no READY from the gateway within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    client.once(Events.ClientReady, () => resolve());
  });
  // Handled below, after login; this keeps a timeout during login from counting as unhandled.
  ready.catch(() => undefined);
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    stopping = true;
    await client.destroy();
    const { code, fields } = describeFailure(error);
    log('error', 'discord: login failed', { code: 'discord_login_failed', cause: code, ...fields });
    throw error;
  } finally {
    clearTimeout(readyTimer);
  }

  log('info', 'discord: logged in', { user: client.user?.tag, guilds: client.guilds.cache.size });
  if (options.guildId && !client.guilds.cache.has(options.guildId)) {
    log('warn', 'discord: the bot is not in DISCORD_GUILD_ID; invite it with the link', { code: 'discord_not_in_guild', guild: options.guildId, invite: inviteUrl(options.appId) });
  }

  return {
    client,
    poster,
    async stop() {
      if (stopping) return;
      stopping = true;
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.stopGraceMs ?? 10_000)));
        await Promise.race([Promise.allSettled([...inFlight]), grace]);
        clearTimeout(timer);
      }
      await client.destroy();
      log('info', 'discord: stopped');
    },
  };
}
