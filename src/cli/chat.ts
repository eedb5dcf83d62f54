// `claimdesk ingest`, `claimdesk ask` and `claimdesk serve`: the commands that use the store.
import { renderAnswer, renderHelp } from '../../adapters/console/render.ts';
import { consolePoster, runConsole } from '../../adapters/console/index.ts';
import { DigestScheduler, DigestService, type DigestPoster } from '../digest/index.ts';
import type { Platform } from '../store/index.ts';
import type { Config } from '../config.ts';
import { Core, SEEDS_DIR } from '../core.ts';
import { ensureSeeded, ingestPaths } from '../ingest/index.ts';
import { ClaimStore } from '../store/index.ts';
import { createLog, type Log } from '../log.ts';
import { startFeeds, type Feeds } from '../feeds/index.ts';
import { QueryError } from '../query/index.ts';
import { startSlack } from '../../adapters/slack/index.ts';
import { startDiscord } from '../../adapters/discord/index.ts';

type Out = (text: string) => void;

export async function runIngest(config: Config, paths: string[], out: Out, err: Out): Promise<number> {
  // The store alone: ingesting needs no search index (a running server picks the changes up).
  const store = ClaimStore.open(config.CLAIMDESK_DATA_DIR);
  const maxBytes = config.CLAIMDESK_MAX_FILE_BYTES;
  try {
    await ensureSeeded(store, SEEDS_DIR, { maxBytes });
    const report = await ingestPaths(store, paths, { maxBytes });
    for (const r of report.results) out(`${r.status.padEnd(9)} ${r.source} (${r.claims} claims)`);
    for (const { source, error } of report.errors) err(`failed    ${source}: ${error.code}: ${error.message}`);
    const c = report.counts;
    const total = store.counts();
    out(`ingested: ${c.added} added, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.failed} failed; the store holds ${total.articles} articles and ${total.claims} claims`);
    return c.failed > 0 ? (report.results.length > 0 ? 1 : 2) : 0;
  } finally {
    store.close();
  }
}

export async function runAsk(config: Config, query: string, json: boolean, out: Out, err: Out): Promise<number> {
  const core = await Core.open({ dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES });
  try {
    const reply = core.query.handle(query);
    if (json) out(JSON.stringify(reply.type === 'answer' ? reply.answer : reply.help, null, 2));
    else out(reply.type === 'answer' ? renderAnswer(reply.answer) : renderHelp(reply.help));
    return 0;
  } catch (error) {
    if (error instanceof QueryError) {
      if (json) out(JSON.stringify({ error: error.code, message: error.message, suggestion: error.suggestion ?? null }));
      else err(`claimdesk: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    core.close();
  }
}

/** How often a running server picks up articles ingested by other processes (`claimdesk ingest`). */
const REFRESH_MS = 30_000;

/** `npm start`: the chat adapters whose settings are present, else the terminal chat. */
export async function runServe(config: Config, err: Out): Promise<number> {
  const core = await Core.open({ dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES, extraction: 'worker', snapshot: true });
  const log = createLog(config.CLAIMDESK_LOG_LEVEL);
  log('info', `search index ${core.indexSource}: ${core.index.size} claims`);
  const slackReady = Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
  const discordReady = Boolean(config.DISCORD_TOKEN && config.DISCORD_APP_ID);
  if (config.SLACK_BOT_TOKEN && !slackReady) err('claimdesk: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: Slack stays off.');
  if (config.DISCORD_TOKEN && !discordReady) err('claimdesk: DISCORD_TOKEN is set but DISCORD_APP_ID is not: Discord stays off.');
  const digests = new DigestService(core.store, core.query, { defaultZone: config.CLAIMDESK_DIGEST_ZONE });
  // Digests go out through the adapters this process runs; posters are added as they start.
  const posters: Partial<Record<Platform, DigestPoster>> = {};
  const scheduler = new DigestScheduler({ store: core.store, service: digests, posters, log, catchUp: () => core.catchUp() });
  if (!slackReady && !discordReady) {
    posters.console = consolePoster(process.stdout);
    scheduler.start();
    const feeds = await feedsFor(config, core, log);
    try {
      await runConsole(core.query, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), log: (message) => log('error', message), digests });
      return 0;
    } finally {
      await feeds?.stop();
      await scheduler.stop();
      core.close();
    }
  }
  const stops: Array<() => Promise<void>> = [];
  try {
    if (slackReady) {
      const slack = await startSlack({
        query: core.query,
        botToken: config.SLACK_BOT_TOKEN!,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
        port: config.PORT,
        log,
        digests,
        editors: config.SLACK_EDITORS,
      });
      posters.slack = slack.poster;
      stops.push(() => slack.stop());
      log('info', `slack: listening (${slack.mode === 'http' ? `HTTP on port ${slack.port}` : 'Socket Mode'})`);
    }
    if (discordReady) {
      const discord = await startDiscord({ core, token: config.DISCORD_TOKEN!, appId: config.DISCORD_APP_ID!, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL, log, digests });
      posters.discord = discord.poster;
      stops.push(() => discord.stop());
      log('info', 'discord: connected');
    }
    const feeds = await feedsFor(config, core, log);
    if (feeds) stops.push(() => feeds.stop());
  } catch (error) {
    for (const stop of stops) await stop();
    core.close();
    throw error;
  }
  scheduler.start();
  stops.unshift(() => scheduler.stop());
  // Articles ingested by another process (`claimdesk ingest`) reach the index on this timer.
  const refresh = setInterval(() => {
    core.refresh().catch((error: unknown) => log('error', `index refresh failed: ${error instanceof Error ? error.message : String(error)}`));
  }, REFRESH_MS);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(refresh);
  for (const stop of stops) await stop();
  core.close();
  return 0;
}

/** The feed poller when CLAIMDESK_FEEDS lists feeds (its first poll starts at once), else null. */
async function feedsFor(config: Config, core: Core, log: Log): Promise<Feeds | null> {
  const urls = config.CLAIMDESK_FEEDS;
  if (urls.length === 0) return null;
  const feeds = await startFeeds({ core, urls, intervalMs: config.CLAIMDESK_FEED_INTERVAL_S * 1000, dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES, log });
  log('info', `feeds: polling ${urls.length} feed${urls.length === 1 ? '' : 's'} every ${config.CLAIMDESK_FEED_INTERVAL_S} s`);
  return feeds;
}
