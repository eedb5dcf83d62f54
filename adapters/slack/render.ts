// An Answer as Slack Block Kit: the parent message (header with the query, the summary, the top
// claims with their citation numbers) and the thread of citations under it, split over as many
// messages as Block Kit's limits need. Pure functions: no Slack client here.
//
// Safety: every string that came from an article, the store or the person asking goes through
// escapeSlack() before it lands in mrkdwn, and mrkdwn text objects are sent with `verbatim: true`
// so Slack does not auto-link URLs or channel names in it either. The only `<…>` sequences in our
// output are the article links we build ourselves from http(s) URLs.
import { basename } from 'node:path';
import type { Answer, AnswerStatement, Citation, Help } from '../../src/query/index.ts';

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const MAX_BLOCKS_PER_MESSAGE = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
/** Slack rejects or truncates messages whose blocks carry much more than this; keep under it. */
export const MAX_MESSAGE_CHARS = 12_000;
/** Our own cap for the plain-text `text` fallback (notifications, screen readers, old clients). */
export const MAX_FALLBACK_TEXT = 3000;
/** Context blocks take at most 10 elements; we use one. */
export const MAX_CONTEXT_ELEMENTS = 10;

/** Budgets for single pieces of article text, so one huge field cannot fill a section alone. */
const MAX_NAME = 150;
const MAX_ROLE = 250;
const MAX_CUE = 80;
const MAX_VIA = 80;
const MAX_OUTLET = 150;
const MAX_HEADLINE = 250;
const MAX_URL = 800;
const MAX_PARENT_CONTENT = 400;
const MAX_THREAD_CONTENT = 1000;
const MAX_SENTENCE = 1200;

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}
export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' };

/** One chat.postMessage worth: blocks plus the plain-text fallback Slack wants beside them. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Escapes the three characters Slack treats as markup (`&`, `<`, `>`), so text from an article
 * can neither ping (`<!channel>`, `<@U123>`) nor turn into a link it was not. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes, then cuts so the *escaped* text is at most `max` characters, ending with "…".
 * Cuts between characters (never inside `&amp;` or a surrogate pair). */
export function escapeTruncate(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const ch of text) {
    const piece = escapeSlack(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/** One line of article text: whitespace (newlines included) collapsed, control characters gone,
 * so a quote cannot break out of its `>` block quote or our layout. */
function inline(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function section(text: string): Block {
  return { type: 'section', text: mrkdwn(text) };
}

function context(text: string): Block {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/** A plain_text header never renders mentions or links, so it needs no escaping: only a length cut. */
function header(text: string): Block {
  const clean = inline(text) || 'claimdesk';
  const chars = [...clean];
  const cut = chars.length > MAX_HEADER_TEXT ? `${chars.slice(0, MAX_HEADER_TEXT - 1).join('')}…` : clean;
  return { type: 'header', text: { type: 'plain_text', text: cut, emoji: false } };
}

/** Characters a message's blocks carry, as counted against MAX_MESSAGE_CHARS. */
export function blockChars(block: Block): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'divider':
      return 0;
  }
}

/** An article link, only for http(s) URLs; anything else is shown as its (escaped) label alone. */
function link(url: string | null, label: string): string {
  const text = escapeTruncate(inline(label), MAX_HEADLINE) || 'link';
  if (!url || url.length > MAX_URL || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return text;
  // `&` is escaped inside a link target too; `<`, `>`, `|` and spaces were refused above.
  return `<${url.replace(/&/g, '&amp;')}|${text}>`;
}

function citationTags(numbers: number[]): string {
  return numbers.map((n) => `[${n}]`).join('');
}

function quoteContent(s: AnswerStatement, max: number): string {
  const content = escapeTruncate(inline(s.content), max);
  // Only a direct quote gets quotation marks: indirect and mixed claims carry their own.
  return s.kind === 'direct' ? `“${content}”` : content;
}

function statementLine(s: AnswerStatement, withSpeaker: boolean): string {
  const who = withSpeaker ? `*${escapeTruncate(inline(s.speaker.name), MAX_NAME)}*: ` : '';
  const reports = s.outlets.length > 1 ? ` (reported by ${s.outlets.length} outlets)` : '';
  return `• ${who}${quoteContent(s, MAX_PARENT_CONTENT)}${reports} ${citationTags(s.citations)}`;
}

/** Joins lines into texts of at most `max` characters, breaking only between lines. Every line
 * must already fit (the per-field budgets above guarantee it). */
function pack(lines: string[], max = MAX_SECTION_TEXT): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fallback(text: string): string {
  return text.length <= MAX_FALLBACK_TEXT ? text : `${text.slice(0, MAX_FALLBACK_TEXT - 1).replace(/&[a-z]*$/, '')}…`;
}

/** The parent message: header, summary, the claims grouped with their citation numbers. */
export function renderAnswerBlocks(answer: Answer): SlackMessage {
  const summary = escapeTruncate(inline(answer.summary), MAX_SECTION_TEXT);
  const blocks: Block[] = [header(answer.query), section(summary)];
  let chars = blocks.reduce((n, b) => n + blockChars(b), 0);

  // The footer (what was left out, where the citations are) is always added: reserve its room.
  const FOOTER_BLOCKS = 2;
  const FOOTER_CHARS = 400;
  const statements = answer.groups.reduce((n, g) => n + g.statements.length, 0);
  let shown = 0;
  let full = false;
  for (const group of answer.groups) {
    if (full) break;
    const lines = [`*${escapeTruncate(inline(group.label), MAX_NAME)}*`];
    for (const s of group.statements) lines.push(statementLine(s, group.side !== null));
    // Each section holds whole statement lines; a group too long for one section continues in the next.
    let first = true;
    let taken = 0;
    for (const text of pack(lines)) {
      const block = section(text);
      if (blocks.length + 1 + FOOTER_BLOCKS > MAX_BLOCKS_PER_MESSAGE || chars + blockChars(block) + FOOTER_CHARS > MAX_MESSAGE_CHARS) {
        full = true;
        break;
      }
      blocks.push(block);
      chars += blockChars(block);
      // Count the statement lines in this section (the group label line is not one).
      const n = text.split('\n').length - (first ? 1 : 0);
      taken += n;
      first = false;
    }
    shown += taken;
  }

  const notes: string[] = [];
  const cut = statements - shown;
  if (cut > 0) notes.push(`${plural(cut, 'more statement')} in the thread.`);
  if (answer.omitted > 0) notes.push(`…and ${plural(answer.omitted, 'more statement')} not shown: narrow the query with from:, outlet: or since:.`);
  if (notes.length > 0) blocks.push(context(notes.join(' ')));
  blocks.push(context(answer.citations.length > 0 ? `🧵 ${plural(answer.citations.length, 'citation')}, with the exact sentences, in the thread.` : 'No citations.'));

  const text = fallback(`${escapeSlack(inline(answer.query))}: ${summary}`);
  return { text, blocks };
}

/** "*Name* (role) said on DATE via Telegram", worded so every cue reads as a sentence:
 * "according to *Name*", "*Name* told NBC News" (not "told via NBC News"). */
function attribution(s: AnswerStatement): string {
  const who = `*${escapeTruncate(inline(s.speaker.name), MAX_NAME)}*${s.speaker.role && s.speaker.role !== s.speaker.name ? ` (${escapeTruncate(inline(s.speaker.role), MAX_ROLE)})` : ''}`;
  const cue = escapeTruncate(inline(s.cue), MAX_CUE);
  const via = s.via ? escapeTruncate(inline(s.via), MAX_VIA) : null;
  // A day is "on 2023-04-02"; a month or a year is "in 2023-05".
  const when = s.saidOn ? ` ${/^\d{4}-\d{2}-\d{2}/.test(s.saidOn) ? 'on' : 'in'} ${escapeTruncate(s.saidOn, 20)}` : '';
  if (/^according to\b/i.test(s.cue)) return `${cue} ${who}${when}${via ? ` (via ${via})` : ''}`;
  if (via && /^told$/i.test(s.cue)) return `${who} told ${via}${when}`;
  return `${who} ${cue}${when}${via ? ` via ${via}` : ''}`;
}

/** The lines of one statement in the thread: who said it (role, cue, when, via), what they said,
 * then each report of it with its citation number, outlet, linked headline, date and sentence. */
function statementChunks(s: AnswerStatement | null, citations: Citation[]): string[] {
  const chunks: string[] = [];
  if (s) chunks.push(`${attribution(s)}:\n${quoteContent(s, MAX_THREAD_CONTENT)}`);
  for (const c of citations) {
    const outlet = c.outlet ? `*${escapeTruncate(inline(c.outlet), MAX_OUTLET)}*` : 'an unnamed outlet';
    const headline = c.headline ? link(c.url, c.headline) : c.url ? link(c.url, 'article') : escapeTruncate(basename(c.source), MAX_HEADLINE);
    const date = c.publishedAt ? escapeTruncate(c.publishedAt, 30) : 'undated';
    chunks.push(`*[${c.n}]* reported by ${outlet} · ${headline} · ${date}\n> ${escapeTruncate(inline(c.sentence), MAX_SENTENCE)}`);
  }
  return chunks;
}

/** The thread under the parent: every citation, grouped by statement, over as many messages as
 * the limits need. Each message has a plain-text fallback naming the citations it carries. */
export function renderThreadMessages(answer: Answer): SlackMessage[] {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const used = new Set<number>();
  // Units in answer order; a unit's sections stay in one message where they fit.
  const units: Array<{ texts: string[]; numbers: number[] }> = [];
  for (const group of answer.groups) {
    for (const s of group.statements) {
      const cites = s.citations.flatMap((n) => {
        const c = byNumber.get(n);
        if (!c || used.has(n)) return [];
        used.add(n);
        return [c];
      });
      units.push({ texts: pack(statementChunks(s, cites)), numbers: cites.map((c) => c.n) });
    }
  }
  // Citations no statement points to (not expected): still listed, so every number resolves.
  const orphans = answer.citations.filter((c) => !used.has(c.n));
  if (orphans.length > 0) units.push({ texts: pack(statementChunks(null, orphans)), numbers: orphans.map((c) => c.n) });

  const messages: Array<{ blocks: Block[]; chars: number; numbers: number[] }> = [];
  let current: { blocks: Block[]; chars: number; numbers: number[] } = { blocks: [], chars: 0, numbers: [] };
  const flush = () => {
    if (current.blocks.length > 0) messages.push(current);
    current = { blocks: [], chars: 0, numbers: [] };
  };
  for (const unit of units) {
    for (const text of unit.texts) {
      const block = section(text);
      if (current.blocks.length + 1 > MAX_BLOCKS_PER_MESSAGE || current.chars + blockChars(block) > MAX_MESSAGE_CHARS) flush();
      current.blocks.push(block);
      current.chars += blockChars(block);
    }
    current.numbers.push(...unit.numbers);
  }
  flush();

  const query = escapeSlack(inline(answer.query));
  return messages.map((m, i) => {
    const range = m.numbers.length === 0 ? '' : m.numbers.length === 1 ? ` [${m.numbers[0]}]` : ` [${Math.min(...m.numbers)}]–[${Math.max(...m.numbers)}]`;
    const part = messages.length > 1 ? ` (${i + 1}/${messages.length})` : '';
    return { text: fallback(`Sources for “${query}”${range}${part}`), blocks: m.blocks };
  });
}

/** `/claim help`: the title and one line per example, for a private reply. */
export function renderHelpMessage(help: Help): SlackMessage {
  const lines = [`*${escapeSlack(inline(help.title))}*`, ...help.lines.map((l) => `• ${escapeTruncate(inline(l), 500)}`)];
  return { text: fallback(escapeSlack(inline(help.title))), blocks: pack(lines).map(section) };
}

/** One line posted in a channel (a digest with nothing new). */
export function renderLine(message: string): SlackMessage {
  const text = escapeTruncate(inline(message), MAX_SECTION_TEXT);
  return { text: fallback(text), blocks: [section(text)] };
}

/** A short private notice (a query error, a Slack failure), with an optional suggestion to try. */
export function renderNotice(message: string, suggestion?: string): SlackMessage {
  const text = escapeTruncate(inline(message), 2000);
  const blocks: Block[] = [section(text)];
  if (suggestion) blocks.push(context(`Try: \`/claim ${escapeTruncate(inline(suggestion), 200)}\``));
  return { text: fallback(text), blocks };
}
