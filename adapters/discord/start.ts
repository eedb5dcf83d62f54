// Runs the Discord adapter on its own: `node --import tsx adapters/discord/start.ts`. Opens the
// claim store (seeding it on first run), logs in, answers /claim and /digest and posts the
// digests of Discord channels until Ctrl-C or SIGTERM. Log lines go to stderr:
// `time level message key=value…`; the token is never among them.
import { ConfigError, loadConfig, type Config } from '../../src/config.ts';
import { Core } from '../../src/core.ts';
import { DigestScheduler, DigestService } from '../../src/digest/index.ts';
import { startDiscord } from './index.ts';
import { stderrLog } from './log.ts';

/** How often the index picks up articles other processes stored (as `npm start` does). */
const REFRESH_MS = 30_000;

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    console.error('claimdesk discord: set DISCORD_TOKEN and DISCORD_APP_ID (see adapters/discord/README.md).');
    return 2;
  }
  const log = stderrLog(config.CLAIMDESK_LOG_LEVEL);
  const core = await Core.open({ dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES, extraction: 'worker', snapshot: true });
  const digests = new DigestService(core.store, core.query, { defaultZone: config.CLAIMDESK_DIGEST_ZONE });
  let bot;
  try {
    bot = await startDiscord({
      core,
      token: config.DISCORD_TOKEN,
      appId: config.DISCORD_APP_ID,
      guildId: config.DISCORD_GUILD_ID,
      apiUrl: config.DISCORD_API_URL,
      log,
      digests,
    });
  } catch {
    core.close();
    return 1; // startDiscord logged why
  }
  const running = bot;
  // Another process (npm start) may post the same subscriptions: the store lets one of them.
  const scheduler = new DigestScheduler({ store: core.store, service: digests, posters: { discord: running.poster }, log, catchUp: () => core.catchUp() });
  scheduler.start();
  // A digest is composed from the search index: keep it in step with articles other processes
  // (`claimdesk ingest`, the feeds) store, as /claim does before each search.
  const refresh = setInterval(() => {
    core.refresh().catch((error: unknown) => log('error', 'discord: refreshing the index failed', { code: 'discord_query_failed', error: String(error) }));
  }, REFRESH_MS);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(refresh);
  // The scheduler first: a digest being posted finishes before the client goes.
  await scheduler.stop();
  await running.stop();
  core.close();
  return 0;
}

process.exitCode = await main();
