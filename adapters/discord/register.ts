// `npm run discord:register`: registers /claim and /digest with Discord — one PUT of the whole
// command list, in DISCORD_GUILD_ID when set (instant: for a test server), else globally. Run it
// again after a command definition changes; running it twice is harmless (the PUT replaces the list).
import { DiscordAPIError } from 'discord.js';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { inviteUrl, registerCommands } from './commands.ts';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const token = config.DISCORD_TOKEN;
  const appId = config.DISCORD_APP_ID;
  if (!token || !appId) {
    console.error('discord:register: set DISCORD_TOKEN and DISCORD_APP_ID (see adapters/discord/README.md).');
    return 2;
  }
  try {
    const result = await registerCommands({ token, appId, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL });
    const names = result.names.map((n) => `/${n}`).join(', ');
    if (result.scope === 'guild') console.log(`Registered ${names} in server ${config.DISCORD_GUILD_ID}: usable there now.`);
    else console.log(`Registered ${names} globally: it can take a few minutes to show in every server.`);
    console.log(`Add the bot to a server with: ${inviteUrl(appId)}`);
    return 0;
  } catch (error) {
    console.error(`discord:register: ${explain(error, config.DISCORD_GUILD_ID)}`);
    return 1;
  }
}

function explain(error: unknown, guildId: string | undefined): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'Discord rejected DISCORD_TOKEN (401). Copy the bot token again from the Developer Portal (Bot → Reset Token).';
    if (error.status === 403 || error.code === 50001) {
      return guildId
        ? `no access to server ${guildId} (${error.code}). Invite the bot there with the applications.commands scope, or unset DISCORD_GUILD_ID to register globally.`
        : `no access (${error.code}): check that DISCORD_APP_ID is this bot's application.`;
    }
    if (error.status === 404) return `unknown application or server (${error.code}): check DISCORD_APP_ID${guildId ? ' and DISCORD_GUILD_ID' : ''}.`;
    return `Discord refused the commands: ${error.status} ${error.code} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main();
