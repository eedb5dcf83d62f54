// The /claim and /digest commands: their definitions (what `npm run discord:register` sends),
// registration (one REST PUT of the whole command list), and turning their options back into the
// text the core parses.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DigestError, parseDigestCommand, parseTime, parseZone } from '../../src/digest/index.ts';
import { MAX_QUERY_LENGTH } from '../../src/query/index.ts';

export const COMMAND_NAME = 'claim';
/**
 * Digests have a command of their own because Discord sets who may run a command per command
 * (`default_member_permissions`), not per option: /claim stays open to everyone, /digest is for
 * members with Manage Channels.
 */
export const DIGEST_COMMAND_NAME = 'digest';
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
  const digest = new SlashCommandBuilder()
    .setName(DIGEST_COMMAND_NAME)
    .setDescription('Daily digests of new claims in this channel')
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    // Hidden from members without Manage Channels unless a server admin says otherwise (Server
    // Settings → Integrations); the bot checks the permission again when the command runs.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('Post a daily digest of new claims on a topic in this channel')
        .addStringOption((o) =>
          o.setName('topic').setDescription('Any /claim query, filters included, e.g. bakhmut from:zelensky').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUERY_LENGTH),
        )
        .addStringOption((o) => o.setName('at').setDescription('Time of day, HH:MM on a 24-hour clock (default 08:00)').setMinLength(4).setMaxLength(5))
        .addStringOption((o) => o.setName('tz').setDescription('IANA time zone, e.g. Europe/Kyiv (default: claimdesk’s configured zone)').setAutocomplete(true).setMaxLength(64))
        .addBooleanOption((o) => o.setName('quiet').setDescription('No post on days with nothing new')),
    )
    .addSubcommand((s) => s.setName('list').setDescription('This channel’s digests'))
    .addSubcommand((s) =>
      s
        .setName('unsubscribe')
        .setDescription('Stop one of this channel’s digests')
        .addStringOption((o) =>
          o.setName('target').setDescription('Its id as /digest list shows it (e.g. d3), or its topic').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUERY_LENGTH),
        ),
    );
  return [claim.toJSON(), digest.toJSON()];
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

export interface DigestOptions {
  subcommand: string;
  topic?: string | null;
  at?: string | null;
  tz?: string | null;
  quiet?: boolean | null;
  target?: string | null;
}

/**
 * The `/claim digest …` text that /digest's options stand for (the core takes text). `at` and
 * `tz` are checked here, as the text form would read a malformed time ("8am") as topic words. A
 * topic holding the text form's own option words ("quiet", "at 09:00", "tz UTC") would lose
 * them when the text is parsed back: refused rather than subscribed to something else.
 * Throws DigestError.
 */
export function buildDigestText(options: DigestOptions): string {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  switch (options.subcommand) {
    case 'list':
      return 'digest list';
    case 'unsubscribe':
      return `digest unsubscribe ${clean(options.target)}`;
    case 'subscribe': {
      const topic = clean(options.topic);
      const parts = ['digest subscribe', topic];
      if (clean(options.at)) parts.push('at', parseTime(clean(options.at)));
      if (clean(options.tz)) parts.push('tz', parseZone(clean(options.tz)));
      if (options.quiet) parts.push('quiet');
      const text = parts.join(' ');
      let parsed: ReturnType<typeof parseDigestCommand> | null;
      try {
        parsed = parseDigestCommand(text);
      } catch (error) {
        // `at` and `tz` passed above: a bad time or zone now is the topic's last words read as options.
        if (!(error instanceof DigestError && (error.code === 'bad_time' || error.code === 'bad_zone'))) throw error;
        parsed = null;
      }
      if (parsed?.action !== 'subscribe' || parsed.topic !== topic) {
        throw new DigestError(
          'bad_topic',
          'A topic cannot end with "quiet", "at HH:MM", "tz …" or "zone …": claimdesk reads them as the digest’s options. Reword the topic and use the at, tz and quiet options.',
        );
      }
      return text;
    }
    default:
      return 'digest help';
  }
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
