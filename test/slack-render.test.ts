// Block Kit rendering, inbound text, dedupe, redaction and the manifest, tested directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failureNotice, slackErrorCode } from '../adapters/slack/index.ts';
import { RecentIds } from '../adapters/slack/dedupe.ts';
import { TurnQueue } from '../adapters/slack/queue.ts';
import { fromSlackText, mentionQuery } from '../adapters/slack/inbound.ts';
import { redact, safeLog } from '../adapters/slack/log.ts';
import {
  blockChars,
  escapeSlack,
  escapeTruncate,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_FALLBACK_TEXT,
  MAX_HEADER_TEXT,
  MAX_MESSAGE_CHARS,
  MAX_SECTION_TEXT,
  renderAnswerBlocks,
  renderHelpMessage,
  renderNotice,
  renderThreadMessages,
  type Block,
  type SlackMessage,
} from '../adapters/slack/render.ts';
import { HELP, type Answer, type AnswerStatement, type Citation } from '../src/query/index.ts';

function statement(i: number, citations: number[], over: Partial<AnswerStatement> = {}): AnswerStatement {
  return {
    speaker: { id: `s${i}`, name: `Speaker ${i}`, role: `role ${i}`, kind: 'person' },
    content: `claim number ${i}`,
    kind: 'direct',
    cue: 'said',
    saidOn: '2024-05-01',
    via: null,
    stance: 'neutral',
    citations,
    outlets: ['Gazette'],
    ...over,
  };
}

function citation(n: number, over: Partial<Citation> = {}): Citation {
  return {
    n,
    claimId: `c${n}`,
    outlet: 'Gazette',
    headline: `Headline ${n}`,
    publishedAt: '2024-05-02',
    url: `https://news.example/${n}`,
    source: `/data/articles/${n}.txt`,
    sentence: `“Claim number ${n},” said Speaker ${n}.`,
    ...over,
  };
}

function answer(groups: Answer['groups'], citations: Citation[], over: Partial<Answer> = {}): Answer {
  return {
    query: 'ferry strike',
    summary: 'A summary.',
    matching: null,
    counts: { claims: citations.length, statements: groups.reduce((n, g) => n + g.statements.length, 0), speakers: 1, outlets: 1 },
    dates: null,
    dispute: null,
    groups,
    citations,
    omitted: 0,
    ...over,
  };
}

/** Every Block Kit limit the renderer promises, for one message. */
function assertWithinLimits(message: SlackMessage, label: string): void {
  assert.ok(message.text.length > 0, `${label}: a text fallback`);
  assert.ok(message.text.length <= MAX_FALLBACK_TEXT, `${label}: fallback ≤ ${MAX_FALLBACK_TEXT}`);
  assert.ok(message.blocks.length > 0 && message.blocks.length <= MAX_BLOCKS_PER_MESSAGE, `${label}: ${message.blocks.length} blocks`);
  let total = 0;
  for (const block of message.blocks) {
    total += blockChars(block);
    if (block.type === 'header') assert.ok(block.text.text.length >= 1 && [...block.text.text].length <= MAX_HEADER_TEXT, `${label}: header length`);
    if (block.type === 'section') {
      assert.ok(block.text.text.length >= 1 && block.text.text.length <= MAX_SECTION_TEXT, `${label}: section of ${block.text.text.length}`);
      assert.equal(block.text.verbatim, true);
    }
    if (block.type === 'context') for (const e of block.elements) assert.ok(e.text.length >= 1 && e.text.length <= MAX_SECTION_TEXT);
  }
  assert.ok(total <= MAX_MESSAGE_CHARS, `${label}: ${total} characters`);
}

function allText(messages: SlackMessage[]): string {
  return messages.flatMap((m) => [m.text, ...m.blocks.flatMap(blockTexts)]).join('\n');
}

function blockTexts(block: Block): string[] {
  if (block.type === 'header' || block.type === 'section') return [block.text.text];
  if (block.type === 'context') return block.elements.map((e) => e.text);
  return [];
}

/** The `<…>` sequences in mrkdwn: each must be a link claimdesk built. */
function assertOnlyOwnLinks(messages: SlackMessage[]): void {
  for (const m of messages) {
    for (const text of [m.text, ...m.blocks.filter((b) => b.type !== 'header').flatMap(blockTexts)]) {
      for (const seq of text.match(/<[^>]*>?/g) ?? []) assert.match(seq, /^<https?:\/\/[^\s<>|]+\|[^<>]+>$/, `unexpected ${seq}`);
    }
  }
}

test('escapeSlack escapes &, < and > (and only those), so mentions and links stay inert', () => {
  assert.equal(escapeSlack('<!channel> & <@U123> <https://x.example|x> "quotes" \'ok\''), '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x.example|x&gt; "quotes" \'ok\'');
  assert.equal(escapeSlack('&amp;'), '&amp;amp;', 'text is escaped as written, never assumed pre-escaped');
  assert.equal(escapeSlack('plain'), 'plain');
});

test('escapeTruncate cuts the escaped text, never inside an entity or a surrogate pair', () => {
  assert.equal(escapeTruncate('a&b', 10), 'a&amp;b');
  const cut = escapeTruncate('&&&&&&', 12);
  assert.equal(cut, '&amp;&amp;…');
  assert.ok(cut.length <= 12);
  const emoji = escapeTruncate('😀😀😀😀', 5);
  assert.equal(emoji, '😀😀…');
  assert.doesNotMatch(escapeTruncate('<'.repeat(100), 20), /&l?t?$|&lt$/);
});

test('the parent: header with the query, summary, claims with citation numbers, text fallback', () => {
  const a = answer(
    [
      { label: 'Asserting', side: 'asserts', statements: [statement(1, [1, 2], { outlets: ['Gazette', 'Post'] })] },
      { label: 'Speaker 2', side: null, statements: [statement(2, [3], { kind: 'indirect', content: 'the ferries would run' })] },
    ],
    [citation(1), citation(2), citation(3)],
    { omitted: 4 },
  );
  const parent = renderAnswerBlocks(a);
  assertWithinLimits(parent, 'parent');
  assert.deepEqual(parent.blocks[0], { type: 'header', text: { type: 'plain_text', text: 'ferry strike', emoji: false } });
  assert.equal(parent.text, 'ferry strike: A summary.');
  const text = parent.blocks.flatMap(blockTexts).join('\n');
  assert.match(text, /\*Asserting\*\n• \*Speaker 1\*: “claim number 1” \(reported by 2 outlets\) \[1\]\[2\]/);
  // Grouped by speaker: the group label is the name, lines do not repeat it; indirect claims get no quotes.
  assert.match(text, /\*Speaker 2\*\n• the ferries would run \[3\]/);
  assert.match(text, /…and 4 more statements not shown: narrow the query/);
  assert.match(text, /3 citations, with the exact sentences, in the thread/);
});

test('the thread: speaker, role, what and when, "reported by" with a linked headline and date, the exact sentence', () => {
  const a = answer(
    [{ label: 'Asserting', side: 'asserts', statements: [statement(1, [1, 2], { via: 'Telegram' }), statement(2, [3], { cue: 'according to', saidOn: '2024-05' })] }],
    [citation(1), citation(2, { url: null, outlet: null, headline: null }), citation(3)],
  );
  const thread = renderThreadMessages(a);
  assert.equal(thread.length, 1);
  assertWithinLimits(thread[0]!, 'thread');
  assert.equal(thread[0]!.text, 'Sources for “ferry strike” [1]–[3]');
  const text = thread[0]!.blocks.flatMap(blockTexts).join('\n');
  assert.match(text, /\*Speaker 1\* \(role 1\) said on 2024-05-01 via Telegram:\n“claim number 1”\n\*\[1\]\* reported by \*Gazette\* · <https:\/\/news\.example\/1\|Headline 1> · 2024-05-02\n> “Claim number 1,” said Speaker 1\./);
  assert.match(text, /\*\[2\]\* reported by an unnamed outlet · 2\.txt · 2024-05-02/, 'no URL: the file name, never the full path');
  assert.doesNotMatch(text, /\/data\/articles/);
  assert.match(text, /according to \*Speaker 2\* \(role 2\) in 2024-05:/);
});

test('article text cannot ping or link: mentions, foreign links and bad URLs are escaped or dropped', () => {
  const nasty = '<!channel> <!here|here> <@U123> <#C1|general> <https://evil.example|click> & *bold*';
  const a = answer(
    [{ label: `Group ${nasty}`, side: 'asserts', statements: [statement(1, [1, 2, 3, 4], { content: nasty, speaker: { id: 's', name: nasty, role: nasty, kind: 'person' }, via: nasty, cue: nasty })] }],
    [
      citation(1, { sentence: nasty, headline: nasty, outlet: nasty }),
      citation(2, { url: 'javascript:alert(1)', headline: 'js' }),
      citation(3, { url: 'https://news.example/a>b|c', headline: 'angle' }),
      citation(4, { url: 'https://news.example/?a=1&b=<!channel>', headline: 'amp' }),
    ],
    { query: nasty, summary: nasty },
  );
  const messages = [renderAnswerBlocks(a), ...renderThreadMessages(a)];
  const text = allText(messages.map((m) => ({ ...m, blocks: m.blocks.filter((b) => b.type !== 'header') })));
  assert.doesNotMatch(text, /<!channel>|<!here|<@U123>|<#C1|<https:\/\/evil/);
  assert.match(text, /&lt;!channel&gt;/);
  assertOnlyOwnLinks(messages);
  assert.match(text, /<https:\/\/news\.example\/1\|&lt;!channel&gt; [^>]*>/, 'the headline in a link label is escaped');
  assert.doesNotMatch(text, /<javascript:/);
  assert.match(text, / · js · /, 'a non-http URL is not linked');
  assert.match(text, / · angle · /, 'a URL with > or | is not linked');
  // The header is plain_text: Slack never parses mentions there, so it is only cut to length.
  assert.equal(messages[0]!.blocks[0]!.type, 'header');
});

test('a huge answer stays within every Block Kit limit, split over several thread messages, every citation once', () => {
  const long = (n: number, seed: string) => `${seed} <!channel> & `.repeat(Math.ceil(n / (seed.length + 14))).slice(0, n);
  let n = 0;
  const citations: Citation[] = [];
  const groups: Answer['groups'] = [0, 1, 2].map((g) => ({
    label: long(400, `group ${g}`),
    side: g === 2 ? null : 'asserts',
    statements: Array.from({ length: 5 }, (_, i) => {
      const numbers = Array.from({ length: 40 }, () => ++n);
      for (const k of numbers) citations.push(citation(k, { sentence: long(4000, `sentence ${k}`), headline: long(600, `headline ${k}`), outlet: long(300, 'outlet'), url: `https://news.example/${k}?q=${'x'.repeat(k % 3 === 0 ? 2000 : 50)}` }));
      return statement(g * 5 + i, numbers, { content: long(5000, `content ${i}`), speaker: { id: 's', name: long(500, 'name'), role: long(800, 'role'), kind: 'person' }, via: long(300, 'via'), cue: long(200, 'cue'), outlets: ['a', 'b'] });
    }),
  }));
  const a = answer(groups, citations, { query: long(400, 'query'), summary: long(9000, 'summary'), omitted: 12 });

  const parent = renderAnswerBlocks(a);
  assertWithinLimits(parent, 'parent');
  assert.equal(parent.blocks.at(-1)!.type, 'context', 'the footer is always there');

  const thread = renderThreadMessages(a);
  assert.ok(thread.length > 1, `split over ${thread.length} messages`);
  thread.forEach((m, i) => assertWithinLimits(m, `thread ${i + 1}`));
  assert.match(thread[0]!.text, /\(1\/\d+\)$/);
  const text = thread.flatMap((m) => m.blocks.flatMap(blockTexts)).join('\n');
  for (let k = 1; k <= n; k++) assert.equal(text.split(`*[${k}]*`).length - 1, 1, `[${k}] once`);
  assertOnlyOwnLinks([parent, ...thread]);
  assert.doesNotMatch(allText([parent, ...thread].map((m) => ({ ...m, blocks: m.blocks.filter((b) => b.type !== 'header') }))), /<!channel>/);
});

test('a citation no statement points to is still listed', () => {
  const a = answer([{ label: 'A', side: 'asserts', statements: [statement(1, [1])] }], [citation(1), citation(2)]);
  const text = renderThreadMessages(a).flatMap((m) => m.blocks.flatMap(blockTexts)).join('\n');
  assert.match(text, /\*\[2\]\* reported by/);
});

test('help and notices: private messages with a fallback, escaped', () => {
  const help = renderHelpMessage(HELP);
  assertWithinLimits(help, 'help');
  assert.equal(help.text, 'Ask claimdesk about what sources said');
  assert.match(help.blocks.flatMap(blockTexts).join('\n'), /• \/claim from:zelensky — what one speaker said/);
  const notice = renderNotice('No claims match "<!channel>".', 'bakhmut & co');
  assertWithinLimits(notice, 'notice');
  assert.equal(notice.text, 'No claims match "&lt;!channel&gt;".');
  assert.match(notice.blocks.flatMap(blockTexts).join('\n'), /Try: `\/claim bakhmut &amp; co`/);
  assert.match(failureNotice({ code: 'not_in_channel', stage: 'parent' }).text, /\/invite @claimdesk/);
  assert.match(failureNotice({ code: 'channel_not_found', stage: 'parent' }).text, /private channel/);
  assert.match(failureNotice({ code: 'ratelimited', stage: 'thread' }).text, /answer is posted/);
});

test('slackErrorCode reads the code of Web API errors', () => {
  assert.equal(slackErrorCode({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } }), 'not_in_channel');
  assert.equal(slackErrorCode({ code: 'slack_webapi_http_error', statusCode: 503 }), 'http_503');
  assert.equal(slackErrorCode({ code: 'slack_webapi_rate_limited_error' }), 'ratelimited');
  assert.equal(slackErrorCode(new Error('x')), 'unknown_error');
});

test('inbound text: Slack markup back to the query the core parses', () => {
  assert.equal(fromSlackText('bakhmut &amp; control &lt;b&gt;'), 'bakhmut & control <b>');
  assert.equal(fromSlackText('see <https://x.example/a?b=1&amp;c=2|x.example> in <#C1|desk> by <@U2|ann> <!here>'), 'see x.example in #desk by @ann @here');
  assert.equal(fromSlackText('  <https://x.example>  '), 'https://x.example');
  assert.equal(mentionQuery('<@UBOT> who said bakhmut was taken?', 'UBOT'), 'who said bakhmut was taken?');
  assert.equal(mentionQuery('<@UBOT|claimdesk>: from:zelensky', 'UBOT'), 'from:zelensky');
  assert.equal(mentionQuery('hey <@UBOT> "legal sense"', 'UBOT'), 'hey "legal sense"');
  assert.equal(mentionQuery('<@UBOT>', 'UBOT'), '');
  assert.equal(mentionQuery('<@UBOT> bakhmut', undefined), 'bakhmut');
});

test('RecentIds remembers a bounded number of ids, oldest forgotten first', () => {
  const ids = new RecentIds(3);
  assert.equal(ids.seen(['event:1', 'message:a']), false);
  assert.equal(ids.seen(['event:1']), true);
  assert.equal(ids.seen(['event:2', 'message:a']), true, 'the same message under another event id');
  assert.equal(ids.seen(['event:3']), false);
  assert.equal(ids.seen(['event:4']), false);
  assert.equal(ids.size, 3);
  assert.equal(ids.seen(['event:1']), false, 'forgotten once over capacity');
  assert.throws(() => new RecentIds(0), /capacity/);
});

test('TurnQueue: jobs run later, in order, one per event-loop turn; a failing job fails alone', async () => {
  const queue = new TurnQueue();
  const order: string[] = [];
  const a = queue.run(() => order.push('a'));
  const b = queue.run(() => {
    throw new Error('b failed');
  });
  const c = queue.run(() => order.push('c'));
  assert.equal(order.length, 0, 'nothing runs inside run()');
  // An immediate queued after the first job still runs before the third: one job per turn.
  setImmediate(() => order.push('other work'));
  await a;
  await assert.rejects(b, /b failed/);
  await c;
  assert.deepEqual(order, ['a', 'other work', 'c']);
  assert.equal(queue.pending, 0);
});

test('redaction: tokens and secrets never reach the log sink', () => {
  assert.equal(redact('token xoxb-123-456-abc and xapp-1-A1-2-ff', []), 'token [redacted] and [redacted]');
  assert.equal(redact('secret s3cr3t-value here', ['s3cr3t-value']), 'secret [redacted] here');
  const lines: unknown[] = [];
  const log = safeLog((level, message, fields) => lines.push({ level, message, fields }), ['s3cr3t-value']);
  log('error', 'failed with xoxp-9-9', { nested: { value: 's3cr3t-value' }, error: new Error('boom xoxb-1-2') });
  const dump = JSON.stringify(lines);
  assert.doesNotMatch(dump, /xox[bp]-|s3cr3t-value/);
  assert.match(dump, /boom \[redacted\]/);
});

test('manifest.json: a valid app manifest with the bot user, /claim, the scopes, app_mention and the Socket Mode flag', () => {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'adapters', 'slack', 'manifest.json'), 'utf8'));
  assert.equal(manifest._metadata.major_version, 2);
  const info = manifest.display_information;
  assert.equal(info.name, 'claimdesk');
  assert.ok(info.name.length <= 35 && info.description.length <= 140);
  assert.ok(info.long_description.length >= 175 && info.long_description.length <= 4000);
  assert.match(info.background_color, /^#[0-9a-f]{6}$/i);
  assert.equal(manifest.features.bot_user.display_name, 'claimdesk');
  const [command] = manifest.features.slash_commands;
  assert.equal(command.command, '/claim');
  assert.ok(command.description.length > 0 && command.description.length <= 100);
  assert.equal(command.should_escape, false);
  assert.deepEqual([...manifest.oauth_config.scopes.bot].sort(), ['app_mentions:read', 'chat:write', 'commands', 'usergroups:read']);
  assert.deepEqual(manifest.settings.event_subscriptions.bot_events, ['app_mention']);
  assert.equal(typeof manifest.settings.socket_mode_enabled, 'boolean');
  if (!manifest.settings.socket_mode_enabled) {
    assert.match(command.url, /^https:\/\/.+\/slack\/events$/);
    assert.match(manifest.settings.event_subscriptions.request_url, /^https:\/\/.+\/slack\/events$/);
  }
});
