// An Answer as Discord messages: the reply embed (the query, the summary, the top claims with
// their citation numbers, a footer with the counts) and the pages of citation embeds posted in
// its thread. Pure functions: no client, no I/O.
//
// Two rules hold for every payload built here:
//   - `allowedMentions: { parse: [] }`: nothing a bot message says can ping anyone, whatever an
//     article contains (`@everyone`, `<@&role>`). Embeds never ping anyway; content would.
//   - article text is passed through `escapeText`: Discord markdown (bold, masked links,
//     headings, code) in an article renders as the characters the article printed.
import { basename } from 'node:path';
import { escapeMarkdown, MessageFlags, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { DigestError } from '../../src/digest/index.ts';
import type { Answer, AnswerStatement, Citation, Help } from '../../src/query/index.ts';

// Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_MAX = 2048;
/** Characters across every embed of one message (titles, descriptions, fields, footers, authors). */
export const MESSAGE_EMBEDS_TOTAL_MAX = 6000;
export const MESSAGE_EMBEDS_MAX = 10;
export const MESSAGE_CONTENT_MAX = 2000;
export const THREAD_NAME_MAX = 100;
export const EMBED_URL_MAX = 2048;

// Our own budgets, inside Discord's limits, so one long article sentence cannot crowd out the rest.
/** The summary paragraph in the reply embed. */
const SUMMARY_MAX = 1500;
/** A claim's words in the reply embed, tried in turn until the claims fit. */
const STATEMENT_LENGTHS = [300, 200, 140] as const;
/** A speaker's name or an outlet anywhere. */
const NAME_MAX = 100;
const ROLE_MAX = 150;
/** The quoted sentence of one citation. */
const SENTENCE_MAX = 1200;
/** Thread messages for one answer: more citations than fit are counted, not posted. */
export const CITATION_MESSAGES_MAX = 10;

const COLOUR = 0x5865f2;
/** An answer whose sources contradict each other. */
const COLOUR_DISPUTED = 0xe67e22;

/** Every payload carries this: article text never pings. */
export interface NoMentions {
  parse: [];
}

export function noMentions(): NoMentions {
  return { parse: [] };
}

/** A message as discord.js takes it (`editReply`, `followUp`, `thread.send`). */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: NoMentions;
}

export interface EphemeralPayload extends DiscordPayload {
  flags: MessageFlags.Ephemeral;
}

/** Control characters out, whitespace runs (newlines included) to one space. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Text from an article or a user, made inert for Discord markdown (on one line). */
export function escapeText(text: string): string {
  return escapeMarkdown(oneLine(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/**
 * At most `max` characters, ending in "…" when cut. Safe on escaped text: never ends on a lone
 * backslash (which would escape whatever follows) nor between the halves of a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Article text, escaped and cut to `max`: cut first, so the escaping is never split. */
function fit(text: string, max: number): string {
  // Escaping only lengthens text, so nothing past `max` raw characters can be shown: cut there
  // first. That also bounds the escaping work, whose regexes are slow on very long input.
  const raw = oneLine(text);
  const cut = raw.length > max;
  const escaped = escapeText(cut ? raw.slice(0, max) : raw);
  return truncate(cut && escaped.length < max ? `${escaped}…` : escaped, max);
}

/** An http(s) URL Discord accepts as an embed link, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || url.length > EMBED_URL_MAX) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What Discord counts towards the 6000 characters of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// The reply

/** The reply that replaces "claimdesk is thinking…": one embed. */
export function renderAnswer(answer: Answer): DiscordPayload {
  const title = fit(answer.query, EMBED_TITLE_MAX);
  const description = fit(answer.summary, SUMMARY_MAX);
  const footer = truncate(footerText(answer), EMBED_FOOTER_MAX);
  const fixed = title.length + description.length + footer.length;
  const fields = claimFields(answer, MESSAGE_EMBEDS_TOTAL_MAX - fixed);
  return {
    embeds: [{ title, description, color: answer.dispute ? COLOUR_DISPUTED : COLOUR, fields, footer: { text: footer } }],
    allowedMentions: noMentions(),
  };
}

function footerText(answer: Answer): string {
  const c = answer.counts;
  const parts = [plural(c.claims, 'claim'), plural(c.speakers, 'speaker'), plural(c.outlets, 'outlet')];
  if (answer.dates) parts.push(answer.dates.from === answer.dates.to ? answer.dates.from : `${answer.dates.from} → ${answer.dates.to}`);
  parts.push(plural(answer.citations.length, 'citation'));
  return parts.join(' · ');
}

/**
 * The answer's groups as fields, within `budget` characters and 25 fields. When the claims do not
 * all fit, each is shortened first, then claims are dropped from the largest group first, so
 * both sides of a dispute stay in view; what is left out is counted in a last field.
 */
function claimFields(answer: Answer, budget: number): APIEmbedField[] {
  const shown = answer.groups.map((g) => g.statements.length);
  const total = shown.reduce((a, b) => a + b, 0);
  const layoutWith = (length: number) => layout(answer, shown, length, total - sum(shown) + answer.omitted);
  for (const length of STATEMENT_LENGTHS) {
    const fields = layoutWith(length);
    if (fits(fields, budget)) return fields;
  }
  const shortest = STATEMENT_LENGTHS[STATEMENT_LENGTHS.length - 1]!;
  for (;;) {
    const largest = shown.indexOf(Math.max(...shown));
    if (shown[largest]! === 0) return layoutWith(shortest).slice(-1); // only the "more" note is left
    shown[largest] = shown[largest]! - 1;
    const fields = layoutWith(shortest);
    if (fits(fields, budget)) return fields;
  }
}

function fits(fields: APIEmbedField[], budget: number): boolean {
  return fields.length <= EMBED_FIELDS_MAX && fields.reduce((n, f) => n + f.name.length + f.value.length, 0) <= budget;
}

function sum(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}

function layout(answer: Answer, shown: number[], statementMax: number, hidden: number): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  answer.groups.forEach((group, i) => {
    const statements = group.statements.slice(0, shown[i]);
    if (statements.length === 0) return;
    // Side groups ("Asserting") name the speaker on each line; speaker groups name them once.
    const lines = statements.map((s) => statementLine(s, group.side !== null, statementMax));
    const label = fit(group.label, EMBED_FIELD_NAME_MAX - 12);
    let value = '';
    let first = true;
    for (const line of lines) {
      if (value && value.length + 1 + line.length > EMBED_FIELD_VALUE_MAX) {
        fields.push({ name: first ? label : `${label} (cont.)`, value });
        first = false;
        value = '';
      }
      value = value ? `${value}\n${line}` : line;
    }
    fields.push({ name: first ? label : `${label} (cont.)`, value });
  });
  if (hidden > 0) {
    fields.push({ name: 'More', value: `…and ${plural(hidden, 'more statement')}: narrow the query with from:, outlet:, since: or until:.` });
  }
  return fields;
}

function statementLine(s: AnswerStatement, withSpeaker: boolean, max: number): string {
  const words = fit(s.content, max);
  // Only a direct quote gets quotation marks: indirect and mixed claims carry their own.
  const quote = s.kind === 'direct' ? `“${words}”` : words;
  const reports = s.outlets.length > 1 ? ` (${s.outlets.length} outlets)` : '';
  const refs = citationRefs(s.citations);
  const who = withSpeaker ? `**${fit(s.speaker.name, NAME_MAX)}**: ` : '';
  return `• ${who}${quote}${reports} ${refs}`;
}

/** [1][2][3], or [1]…[40] for a statement reported very often. */
function citationRefs(ns: number[]): string {
  if (ns.length <= 6) return ns.map((n) => `[${n}]`).join('');
  return `${ns.slice(0, 3).map((n) => `[${n}]`).join('')}…[${ns.at(-1)}]`;
}

/** The thread's name: the query, on one line, 1–100 characters. Markdown is not rendered there. */
export function threadName(answer: Answer): string {
  return truncate(oneLine(`Citations: ${answer.query}`), THREAD_NAME_MAX) || 'Citations';
}

// ---------------------------------------------------------------------------------------------
// The thread

/**
 * The citations as thread messages: one embed each, packed up to 10 embeds and 6000 characters a
 * message, at most CITATION_MESSAGES_MAX messages; the last says how many did not fit.
 */
export function renderCitationPages(answer: Answer): DiscordPayload[] {
  const byCitation = new Map<number, AnswerStatement>();
  for (const g of answer.groups) for (const s of g.statements) for (const n of s.citations) byCitation.set(n, s);
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let size = 0;
  let posted = 0;
  for (const c of answer.citations) {
    const embed = citationEmbed(c, byCitation.get(c.n));
    const length = embedLength(embed);
    if (page.length === MESSAGE_EMBEDS_MAX || size + length > MESSAGE_EMBEDS_TOTAL_MAX) {
      pages.push(page);
      page = [];
      size = 0;
      if (pages.length === CITATION_MESSAGES_MAX) break;
    }
    page.push(embed);
    size += length;
    posted += 1;
  }
  if (page.length > 0 && pages.length < CITATION_MESSAGES_MAX) pages.push(page);
  const left = answer.citations.length - posted;
  return pages.map((embeds, i) => {
    const payload: DiscordPayload = { embeds, allowedMentions: noMentions() };
    if (i === pages.length - 1 && left > 0) payload.content = `…and ${plural(left, 'more citation')} not shown: narrow the query to see them.`;
    return payload;
  });
}

function citationEmbed(c: Citation, s: AnswerStatement | undefined): APIEmbed {
  const where = [c.outlet ?? 'Outlet unknown', c.headline].filter(Boolean).join(' — ');
  const title = truncate(`[${c.n}] ${fit(where, EMBED_TITLE_MAX)}`, EMBED_TITLE_MAX);
  const lines = [`> ${fit(c.sentence, SENTENCE_MAX)}`];
  if (s) {
    // A bare role ("the company spokesman") is already the name: say it once.
    const role = s.speaker.role && s.speaker.role !== s.speaker.name ? `, ${fit(s.speaker.role, ROLE_MAX)}` : '';
    const when = s.saidOn ? ` on ${s.saidOn}` : '';
    const via = s.via ? ` via ${fit(s.via, NAME_MAX)}` : '';
    lines.push(`— **${fit(s.speaker.name, NAME_MAX)}**${role} · ${fit(s.cue, NAME_MAX)}${when}${via}`);
  }
  const url = safeUrl(c.url);
  // No link: name the file or feed it was read from, never a server's folder layout.
  const origin = url ? new URL(url).hostname : /^https?:\/\//i.test(c.source) ? c.source : basename(c.source);
  const embed: APIEmbed = {
    title,
    description: truncate(lines.join('\n'), EMBED_DESCRIPTION_MAX),
    color: COLOUR,
    footer: { text: truncate(oneLine(`${c.publishedAt ?? 'date unknown'} · ${origin}`), 300) },
  };
  if (url) embed.url = url;
  return embed;
}

// ---------------------------------------------------------------------------------------------
// Help and errors: only the person who asked sees them.

/** The last line of /claim's help: how the text syntax maps to the command's options. */
export const CLAIM_HINT = 'On Discord: `/claim query:bakhmut control`; the optional **from**, **since** and **until** options add those filters for you.';
/** The last line of every digest reply: the core's lines speak of `/claim digest …`. */
export const DIGEST_HINT =
  'On Discord: `/digest subscribe`, `/digest list` and `/digest unsubscribe` (subscribing and unsubscribing take the Manage Channels permission), or `/claim query:digest …` as above.';

export function renderHelp(help: Help, hint = CLAIM_HINT): EphemeralPayload {
  const lines = help.lines.map((l) => `• ${escapeText(l)}`);
  lines.push('', hint);
  return {
    embeds: [{ title: truncate(escapeText(help.title), EMBED_TITLE_MAX), description: truncate(lines.join('\n'), EMBED_DESCRIPTION_MAX), color: COLOUR }],
    allowedMentions: noMentions(),
    flags: MessageFlags.Ephemeral,
  };
}

/** A QueryError's (or DigestError's) message is written for the person who asked: shown as is. */
export function renderQueryError(error: { message: string; suggestion?: string }): EphemeralPayload {
  let content = oneLine(error.message);
  if (error.suggestion && !content.includes(error.suggestion)) content += `\nTry \`/claim query:${oneLine(error.suggestion).replace(/`/g, '')}\``;
  return { content: truncate(content, MESSAGE_CONTENT_MAX), embeds: [], allowedMentions: noMentions(), flags: MessageFlags.Ephemeral };
}

/** A digest command refused; the core speaks of "editors", which on Discord has a precise meaning. */
export function renderDigestError(error: DigestError): EphemeralPayload {
  const note = error.code === 'not_editor' ? ' On Discord, editors are members with the Manage Channels permission in this channel.' : '';
  return renderQueryError({ message: `${error.message}${note}` });
}

/** A one-line plain message (a digest with nothing new), escaped like article text. */
export function renderNotice(text: string): DiscordPayload {
  return { content: truncate(escapeText(text), MESSAGE_CONTENT_MAX), embeds: [], allowedMentions: noMentions() };
}

/** Anything else: no details in the channel (they are in the log, under `code`). */
export function renderFailure(code: string, what = 'answering that'): EphemeralPayload {
  return {
    content: `Something went wrong ${what}; it has been logged (${code}). Try again in a moment.`,
    embeds: [],
    allowedMentions: noMentions(),
    flags: MessageFlags.Ephemeral,
  };
}

/** Shown to the asker when the citations could not go in a thread: they get them privately. */
export function threadFallbackNotice(reason: string): string {
  return truncate(`I could not post the citations in a thread (${reason}), so here they are, only for you.`, MESSAGE_CONTENT_MAX);
}
