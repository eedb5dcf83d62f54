// The /claim command: its definition (what `npm run discord:register` sends), registration (one
// REST PUT of the whole command list), and turning its options back into query text.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUERY_LENGTH } from '../../src/query/index.ts';

export const COMMAND_NAME = 'claim';
/** Discord's default REST base; DISCORD_API_URL overrides it (a proxy). discord.js appends /v10. */
export const DEFAULT_API_URL = 'https://discord.com/api';

/** The bot's channel permissions: see the channel, answer, embed links, start a thread and post in it. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

/** The command list, as the JSON body of the registration PUT. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const claim = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('What sources said on a topic: a short answer here, the citations in a thread')
    // Threads and channels are a server thing: the command is offered in servers only.
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((o) =>
      o
        .setName('query')
        .setDescription('Words, "an exact phrase", filters such as from:NAME — or help')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_QUERY_LENGTH),
    )
    .addStringOption((o) => o.setName('from').setDescription('Only what this speaker said').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('since').setDescription('Said on or after: YYYY-MM-DD, YYYY-MM or YYYY').setMaxLength(40))
    .addStringOption((o) => o.setName('until').setDescription('Said on or before: YYYY-MM-DD, YYYY-MM or YYYY').setMaxLength(40));
  return [claim.toJSON()];
}

export interface ClaimOptions {
  query: string;
  from?: string | null;
  since?: string | null;
  until?: string | null;
}

/**
 * The query text the core parses: `query` + `from:"…"` + `since:…` + `until:…`. Values are made
 * safe for the query syntax: no double quotes inside the quoted name, and no spaces in a date
 * ("last month" → `since:last_month`, which the parser reads back as words).
 */
export function buildQueryText(options: ClaimOptions): string {
  const parts = [options.query.trim()];
  const from = options.from?.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (from) parts.push(`from:"${from}"`);
  for (const key of ['since', 'until'] as const) {
    const value = options[key]?.replace(/["“”]/g, '').trim().replace(/\s+/g, '_');
    if (value) parts.push(`${key}:${value}`);
  }
  return parts.filter(Boolean).join(' ');
}

export interface RegisterOptions {
  token: string;
  appId: string;
  /** Register in this server only (instant, for testing); else globally. */
  guildId?: string;
  apiUrl?: string;
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Replaces the application's commands with `commandDefinitions()`: one PUT, global or per server. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({ version: '10', api: options.apiUrl ?? DEFAULT_API_URL }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.appId, options.guildId) : Routes.applicationCommands(options.appId);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as Array<{ name: string }>;
  return { scope: options.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
}

/** The link a server admin opens to add the bot with the permissions it needs. */
export function inviteUrl(appId: string): string {
  const params = new URLSearchParams({ client_id: appId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${params}`;
}
