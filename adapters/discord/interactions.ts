// What the bot does with an interaction: /claim, /digest and their autocomplete. Every path ends
// in a reply the user can see when Discord still allows one, and a logged code when something
// failed; nothing here throws into discord.js's event loop.
//
// Ephemeral or public is decided when the interaction is first answered (Discord cannot change
// it later), so /claim parses the query before anything else. Parsing is pure and instant:
//   - help and malformed queries (empty, unknown filter, bad date…) get an immediate ephemeral
//     reply — no deferral, no search;
//   - a well-formed query is deferred publicly at once, then searched. The only errors left are
//     those a search finds (no results): the loading message is resolved, the error goes in an
//     ephemeral follow-up, and the public placeholder is deleted. (A follow-up sent while the
//     deferral is still loading would *edit* it and stay public: Discord keeps the first
//     response's visibility.)
//
// Digest commands (/digest, or `/claim query:digest …`) only touch the store: always private,
// answered at once.
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import { DigestError, isDigestCommand, type DigestService } from '../../src/digest/index.ts';
import { parseQuery, QueryError, type Answer, type Reply } from '../../src/query/index.ts';
import { subscriptionChoices, zoneChoices, type Suggestions } from './autocomplete.ts';
import { buildDigestText, buildQueryText, DIGEST_COMMAND_NAME } from './commands.ts';
import { describeFailure, type Log } from './errors.ts';
import { holdsThreads, postCitations as postCitationsUnder } from './post.ts';
import {
  DIGEST_HINT,
  noMentions,
  renderAnswer,
  renderCitationPages,
  renderDigestError,
  renderFailure,
  renderHelp,
  renderNotice,
  renderQueryError,
  threadFallbackNotice,
  type DiscordPayload,
  type EphemeralPayload,
} from './render.ts';

/** The part of the query core the adapter calls. */
export interface QueryHandler {
  handle(text: string): Reply;
}

export interface HandlerDeps {
  query: QueryHandler;
  suggestions: Suggestions;
  log: Log;
  /** Brings the search index up to date with the store (articles another process ingested). */
  refresh?: () => Promise<void>;
  /** Digest subscriptions; without it, digest commands say they are not enabled. */
  digests?: DigestService;
}

/** Permissions the bot needs to thread the citations under its answer. */
const THREAD_PERMISSIONS = [PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads];

export function createHandlers(deps: HandlerDeps) {
  const { log } = deps;

  /** Logs a failure with its code and the interaction's context (never its token). */
  function fail(interaction: ChatInputCommandInteraction | AutocompleteInteraction, what: string, error: unknown, level: 'warn' | 'error' = 'error'): string {
    const { code, fields } = describeFailure(error);
    log(level, `discord: ${what} failed`, { code, ...fields, ...context(interaction) });
    return code;
  }

  /**
   * Sends `payload` so only the asker sees it, whatever state the interaction is in. Returns
   * false when Discord no longer accepts anything for it (the failure is logged).
   */
  async function sendPrivately(interaction: ChatInputCommandInteraction, payload: EphemeralPayload): Promise<boolean> {
    try {
      if (!interaction.deferred && !interaction.replied) {
        await interaction.reply(payload);
      } else if (interaction.replied) {
        // The first response has been sent or edited: a follow-up is a new message, flags honoured.
        await interaction.followUp(payload);
      } else if (interaction.ephemeral) {
        await interaction.editReply(stripFlags(payload));
      } else {
        // A public deferral still loading: resolve it first, or the follow-up would replace it
        // publicly (Discord ignores the flag then); then remove the placeholder.
        await interaction.editReply({ content: 'Answered privately.', embeds: [], allowedMentions: noMentions() });
        await interaction.followUp(payload);
        await interaction.deleteReply().catch((error: unknown) => fail(interaction, 'deleting the placeholder', error, 'warn'));
      }
      return true;
    } catch (error) {
      fail(interaction, 'answering privately', error);
      return false;
    }
  }

  async function claim(interaction: ChatInputCommandInteraction): Promise<void> {
    try {
      await answerClaim(interaction);
    } catch (error) {
      // A bug, not a Discord failure: the asker still hears that something went wrong.
      const code = fail(interaction, 'handling /claim', error);
      await sendPrivately(interaction, renderFailure(code));
    }
  }

  async function answerClaim(interaction: ChatInputCommandInteraction): Promise<void> {
    const text = buildQueryText({
      query: interaction.options.getString('query', true),
      from: interaction.options.getString('from'),
      since: interaction.options.getString('since'),
      until: interaction.options.getString('until'),
    });

    // `/claim query:digest …` is the text form of /digest: the same handler, the same check.
    if (isDigestCommand(text)) return answerDigest(interaction, () => text);

    // 1. Help and malformed queries: known at once, answered privately at once.
    let help = false;
    try {
      help = parseQuery(text).help;
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      log('info', 'discord: query refused', { code: error.code, ...context(interaction) });
      await sendPrivately(interaction, renderQueryError(error));
      return;
    }
    if (help) {
      const reply = deps.query.handle(text);
      if (reply.type === 'help') await sendPrivately(interaction, renderHelp(reply.help));
      return;
    }

    // 2. A real question: acknowledge within Discord's 3 s before searching.
    try {
      await interaction.deferReply();
    } catch (error) {
      fail(interaction, 'deferring /claim', error, 'warn');
      return;
    }

    try {
      await deps.refresh?.();
    } catch (error) {
      // A stale index still answers: log and go on.
      log('warn', 'discord: refreshing the index failed', { code: 'discord_query_failed', error: String(error), ...context(interaction) });
    }

    let answer: Answer;
    try {
      const reply = deps.query.handle(text);
      if (reply.type !== 'answer') {
        await sendPrivately(interaction, renderHelp(reply.help));
        return;
      }
      answer = reply.answer;
    } catch (error) {
      if (error instanceof QueryError) {
        log('info', 'discord: query refused', { code: error.code, ...context(interaction) });
        await sendPrivately(interaction, renderQueryError(error));
        return;
      }
      log('error', 'discord: the query core failed', { code: 'discord_query_failed', error: String(error), stack: (error as Error)?.stack, ...context(interaction) });
      await sendPrivately(interaction, renderFailure('discord_query_failed'));
      return;
    }

    // 3. The answer replaces "thinking…".
    let message: Message;
    try {
      message = await interaction.editReply(renderAnswer(answer));
    } catch (error) {
      const code = fail(interaction, 'posting the answer', error);
      if (code !== 'discord_interaction_expired') await sendPrivately(interaction, renderFailure(code, 'posting the answer'));
      return;
    }

    // 4. The citations, in a thread under it.
    await postCitations(interaction, message, answer);
  }

  async function postCitations(interaction: ChatInputCommandInteraction, message: Message, answer: Answer): Promise<void> {
    if (answer.citations.length === 0) return;
    // Asked inside a thread (or a channel that cannot hold threads, such as a voice channel's
    // chat): the citations follow the answer where it is.
    const threads = holdsThreads(interaction.channel);
    if (threads) {
      const missing = interaction.appPermissions?.missing(THREAD_PERMISSIONS) ?? [];
      if (missing.length > 0) {
        log('warn', 'discord: cannot start a thread here', { code: 'discord_missing_permission', missing, ...context(interaction) });
        const names = missing.map((name) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' '));
        await sendCitationsPrivately(interaction, renderCitationPages(answer), `I need the ${names.join(' and ')} permission${names.length > 1 ? 's' : ''} in this channel`);
        return;
      }
    }
    const failure = await postCitationsUnder(
      { client: interaction.client, channelId: interaction.channelId, message, inPlace: threads ? undefined : (page) => interaction.followUp(page), reason: 'claimdesk: citations for /claim' },
      answer,
    );
    if (!failure) return;
    const what = failure.step === 'thread' ? 'starting the citations thread' : threads ? 'posting citations in the thread' : 'posting citations';
    const code = fail(interaction, what, failure.error, 'warn');
    // The rest go to the asker privately, while Discord still takes anything for the interaction.
    if (code === 'discord_interaction_expired') return;
    await sendCitationsPrivately(interaction, failure.unsent, code === 'discord_missing_permission' ? 'Discord says I lack a permission in this channel' : `error ${code}`);
  }

  async function digest(interaction: ChatInputCommandInteraction): Promise<void> {
    try {
      await answerDigest(interaction, () =>
        buildDigestText({
          subcommand: interaction.options.getSubcommand(),
          topic: interaction.options.getString('topic'),
          at: interaction.options.getString('at'),
          tz: interaction.options.getString('tz'),
          quiet: interaction.options.getBoolean('quiet'),
          target: interaction.options.getString('target'),
        }),
      );
    } catch (error) {
      const code = fail(interaction, 'handling /digest', error);
      await sendPrivately(interaction, renderFailure(code));
    }
  }

  /**
   * /digest and `/claim query:digest …`, carried out by the core and answered privately. The store
   * work is synchronous and quick: answered at once, no deferral.
   */
  async function answerDigest(interaction: ChatInputCommandInteraction, text: () => string): Promise<void> {
    if (!deps.digests) {
      await sendPrivately(interaction, { ...renderNotice('Digests are not enabled here.'), flags: MessageFlags.Ephemeral });
      return;
    }
    // Discord lets only members with Manage Channels run /digest (its default_member_permissions),
    // but a server admin can open the command to anyone, and /claim has no such default: the
    // permission is checked here as well. memberPermissions are the member's in this channel.
    const isEditor = interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
    try {
      const help = deps.digests.handle({ platform: 'discord', channel: interaction.channelId, user: interaction.user.id, isEditor }, text());
      log('info', 'discord: digest command', { title: help.title, editor: isEditor, ...context(interaction) });
      await sendPrivately(interaction, renderHelp(help, DIGEST_HINT));
    } catch (error) {
      if (!(error instanceof DigestError)) throw error;
      log('info', 'discord: digest command refused', { code: error.code, editor: isEditor, ...context(interaction) });
      await sendPrivately(interaction, renderDigestError(error));
    }
  }

  async function sendCitationsPrivately(interaction: ChatInputCommandInteraction, pages: DiscordPayload[], reason: string): Promise<void> {
    for (const [i, page] of pages.entries()) {
      const content = i === 0 ? [threadFallbackNotice(reason), page.content].filter(Boolean).join('\n') : page.content;
      const sent = await sendPrivately(interaction, { ...page, ...(content ? { content } : {}), flags: MessageFlags.Ephemeral });
      if (!sent) return;
    }
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const value = String(focused.value ?? '');
    // /claim's query and /digest's topic are both queries; /digest's tz is a time zone, and
    // unsubscribe's target one of the channel's digests.
    const digestOption = interaction.commandName === DIGEST_COMMAND_NAME ? focused.name : null;
    const choices =
      focused.name === 'from' ? deps.suggestions.forSpeaker(value)
      : digestOption === 'tz' ? zoneChoices(value)
      : digestOption === 'target' ? subscriptionChoices(deps.digests?.subscriptionsIn('discord', interaction.channelId) ?? [], value)
      : deps.suggestions.forQuery(value);
    try {
      await interaction.respond(choices);
    } catch (error) {
      fail(interaction, 'answering autocomplete', error, 'warn');
    }
    // After the answer is out: pick up articles ingested meanwhile.
    deps.suggestions.refreshIfStale()?.catch((error: unknown) => log('error', 'discord: rebuilding the autocomplete lists failed', { code: 'discord_unexpected', error: String(error) }));
  }

  return { claim, digest, autocomplete, fail };
}

function stripFlags(payload: EphemeralPayload): DiscordPayload {
  const { flags: _flags, ...rest } = payload;
  return rest;
}

function context(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Record<string, unknown> {
  return { interaction: interaction.id, command: interaction.commandName, guild: interaction.guildId, channel: interaction.channelId, user: interaction.user.id };
}
