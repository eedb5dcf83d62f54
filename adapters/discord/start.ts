// Runs the Discord adapter on its own: `node --import tsx adapters/discord/start.ts`. Opens the
// claim store (seeding it on first run), logs in and answers /claim until Ctrl-C or SIGTERM.
// Log lines go to stderr: `time level message key=value…`; the token is never among them.
import { ConfigError, loadConfig, type Config } from '../../src/config.ts';
import { Core } from '../../src/core.ts';
import { startDiscord } from './index.ts';
import { stderrLog } from './log.ts';

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
  const core = await Core.open({ dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES, extraction: 'worker' });
  let bot;
  try {
    bot = await startDiscord({
      core,
      token: config.DISCORD_TOKEN,
      appId: config.DISCORD_APP_ID,
      guildId: config.DISCORD_GUILD_ID,
      apiUrl: config.DISCORD_API_URL,
      log,
    });
  } catch {
    core.close();
    return 1; // startDiscord logged why
  }
  const running = bot;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.stop();
  core.close();
  return 0;
}

process.exitCode = await main();
