// The Slack adapter end to end: the real Bolt app (HTTP and Socket Mode) against a local fake of
// Slack's Web API, response_url endpoints and Socket Mode WebSocket, with requests signed as
// Slack signs them. Nothing here asserts on wall-clock time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSlack, type SlackHandle } from '../adapters/slack/index.ts';
import { renderThreadMessages } from '../adapters/slack/render.ts';
import { Core } from '../src/core.ts';
import { DigestScheduler, DigestService } from '../src/digest/index.ts';
import type { QueryCore } from '../src/query/index.ts';
import { commandBody, FakeSlack, mentionBody, sign, signedPost, type ApiCall } from './fakes/slack.ts';

const BOT_TOKEN = 'xoxb-test-bot-token-0123456789';
const APP_TOKEN = 'xapp-1-test-app-token-0123456789';
const SECRET = 'test-signing-secret-9f8e7d6c5b4a';

interface LogLine {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

const ARTICLE = [
  '---',
  'outlet: Harbour Gazette & Post',
  'published: 2024-05-02',
  'headline: Ferry strike <!here> talks & a deal',
  'url: https://harbour.example/ferry?a=1&b=2',
  '---',
  '“The ferry strike will end on Friday, <!channel> tell everyone,” said union leader Mara Quist on Wednesday.',
  '',
  'Port director Ivo Brandt told reporters that the ferries <@U123> would run a reduced timetable <https://evil.example|click here> until then.',
  '',
].join('\n');

let dir: string;
let core: Core;
let fake: FakeSlack;
let slack: SlackHandle;
const logs: LogLine[] = [];
const log = (level: string, message: string, fields?: Record<string, unknown>) => logs.push({ level, message, fields });

async function waitForLog(match: (line: LogLine) => boolean, timeoutMs = 5000): Promise<LogLine> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = logs.find(match);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no matching log line; got:\n${logs.map((l) => `${l.level} ${l.message} ${JSON.stringify(l.fields)}`).join('\n')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function texts(call: ApiCall): string[] {
  const blocks = (call.args.blocks ?? []) as Array<{ type: string; text?: { text: string; type: string; verbatim?: boolean }; elements?: Array<{ text: string }> }>;
  return blocks.flatMap((b) => (b.text ? [b.text.text] : (b.elements ?? []).map((e) => e.text)));
}

function isParent(call: ApiCall): boolean {
  return ((call.args.blocks ?? []) as Array<{ type: string }>).some((b) => b.type === 'header');
}

/** The parent and every thread message of an answer posted in `channel`. */
async function answerIn(channel: string, expectedThreadMessages: number, threadTs?: string): Promise<{ parent: ApiCall; thread: ApiCall[] }> {
  const parent = await fake.waitFor<ApiCall>('call', (c) => c.method === 'chat.postMessage' && c.args.channel === channel && isParent(c) && (threadTs === undefined || c.args.thread_ts === threadTs));
  const ts = threadTs ?? String(parent.reply?.ts);
  const inThread = (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel && !isParent(c) && c.args.thread_ts === ts;
  await fake.waitFor<ApiCall>('call', () => fake.calls.filter(inThread).length >= expectedThreadMessages);
  return { parent, thread: fake.calls.filter(inThread) };
}

function threadCount(query: string): number {
  const reply = core.query.handle(query);
  assert.equal(reply.type, 'answer');
  return renderThreadMessages(reply.answer).length;
}

describe('Slack adapter over HTTP', () => {
  let base: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-slack-'));
    core = await Core.open({ dataDir: join(dir, 'data') });
    const article = join(dir, 'ferry.txt');
    writeFileSync(article, ARTICLE);
    const report = await core.ingest([article]);
    assert.equal(report.counts.added, 1);
    fake = await new FakeSlack({ botToken: BOT_TOKEN }).start();
    slack = await startSlack({ query: core.query, botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, log, retries: 0 });
    base = `http://127.0.0.1:${slack.port}/slack/events`;
  });

  after(async () => {
    await slack?.stop();
    await fake?.close();
    core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('starts with auth.test on the bot token, on a random port', () => {
    assert.equal(slack.mode, 'http');
    assert.ok(slack.port && slack.port > 0);
    const auth = fake.calls.find((c) => c.method === 'auth.test');
    assert.ok(auth, 'auth.test called at start');
    assert.equal(auth.token, BOT_TOKEN);
  });

  test('a wrong signature, a stale timestamp or missing headers get 401 and nothing is posted', async () => {
    const before = fake.calls.length;
    const body = commandBody(fake, { text: 'bakhmut control', channel: 'C-SIG' });
    assert.equal((await signedPost(base, body, { secret: 'not-the-secret' })).status, 401);
    assert.equal((await signedPost(base, body, { secret: SECRET, signature: 'v0=deadbeef' })).status, 401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    assert.equal((await signedPost(base, body, { secret: SECRET, timestamp: stale })).status, 401, 'correctly signed but over 5 minutes old');
    const bare = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    assert.equal(bare.status, 401);
    // The signature covers the body: a body changed after signing is refused.
    const ts = Math.floor(Date.now() / 1000);
    const tampered = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(SECRET, ts, body) },
      body: body.replace('bakhmut', 'zelensky'),
    });
    assert.equal(tampered.status, 401);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(fake.calls.length, before, 'no Web API call for a refused request');
    assert.equal(fake.posts('C-SIG').length, 0);
  });

  test('/claim bakhmut control: acked at once, the answer in the channel, the citations in its thread', async () => {
    const expected = threadCount('bakhmut control');
    const body = commandBody(fake, { text: 'bakhmut control', channel: 'C1' });
    const responseId = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
    const res = await signedPost(base, body, { secret: SECRET });
    assert.equal(res.status, 200);
    assert.equal(res.text, '', 'an empty ack: the answer comes as messages');

    const { parent, thread } = await answerIn('C1', expected);
    assert.equal(parent.token, BOT_TOKEN);
    assert.equal(parent.args.thread_ts, undefined, 'the parent goes in the channel');
    assert.ok(typeof parent.args.text === 'string' && parent.args.text.length > 0, 'plain-text fallback');
    assert.match(String(parent.args.text), /^bakhmut control: \d+ claims from \d+ speakers/);
    assert.equal(parent.args.link_names, undefined);
    assert.equal(parent.args.unfurl_links, 'false');
    const blocks = parent.args.blocks as Array<{ type: string; text?: { text: string } }>;
    assert.equal(blocks[0]!.type, 'header');
    assert.equal(blocks[0]!.text!.text, 'bakhmut control');
    const parentText = texts(parent).join('\n');
    assert.match(parentText, /Sources disagree/);
    assert.match(parentText, /\*Yevgeny Prigozhin\*: “Legally, Bakhmut is taken” \(reported by 3 outlets\) \[2\]\[3\]\[4\]/);
    assert.match(parentText, /citations, with the exact sentences, in the thread/);

    assert.equal(thread.length, expected);
    const reply = core.query.handle('bakhmut control');
    assert.equal(reply.type, 'answer');
    const citations = reply.answer.citations;
    const threadText = thread.flatMap(texts).join('\n');
    for (const c of citations) {
      assert.equal(threadText.split(`*[${c.n}]*`).length - 1, 1, `citation [${c.n}] appears once in the thread`);
    }
    for (const call of thread) {
      assert.equal(call.args.thread_ts, parent.reply!.ts, 'threaded under the parent');
      assert.ok(call.seq > parent.seq, 'after the parent');
      assert.ok(String(call.args.text).startsWith('Sources for “bakhmut control”'), 'thread fallback text');
      assert.equal(call.args.link_names, undefined);
    }
    assert.match(threadText, /\*Yevgeny Prigozhin\* \(the head of the Wagner mercenary group\) said on 2023-04-02 via Telegram:\n“Legally, Bakhmut is taken”/);
    assert.match(threadText, /\*\[2\]\* reported by \*NBC News\* · Russian forces claim to 'legally' control Bakhmut, [^\n]+ · 2023-04-03\n> “Legally, Bakhmut is taken,” he said in a video posted to Telegram/);
    assert.match(threadText, /\*\[4\]\* reported by an unnamed outlet · 001_2a9b9c342f784c0a\.txt · 2023-04-03\n/, 'no outlet or URL: the source file name');
    // (Said on the day the story reports, which the thread shows when the claim has it.)
    assert.match(threadText, /\*Konrad Muzyka\* \(defense analyst, [^)]+\) told NBC News(?: on 2023-04-03)?:\n/);
    assert.match(threadText, /according to \*Institute for the Study of War\* on 2023-04-02:\n/);
    await waitForLog((l) => l.message === 'slack: answered' && l.fields?.channel === 'C1');
    assert.equal(fake.responses.filter((r) => r.id === responseId).length, 0, 'no private reply when the answer is posted');
  });

  test('/claim help and query errors: private replies through response_url, nothing in the channel', async () => {
    const cases: Array<[string, RegExp]> = [
      ['help', /Ask claimdesk about what sources said/],
      ['', /Ask about something/],
      ['from:nobodyatall', /No speaker called "nobodyatall"/],
      ['since:2023-13', /./],
    ];
    for (const [text, pattern] of cases) {
      const body = commandBody(fake, { text, channel: 'C-PRIVATE' });
      const id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
      const res = await signedPost(base, body, { secret: SECRET });
      assert.equal(res.status, 200);
      const response = await fake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === id);
      assert.equal(response.body.response_type, 'ephemeral', `/claim ${text} is private`);
      assert.match(String(response.body.text), pattern);
      assert.ok(Array.isArray(response.body.blocks));
    }
    assert.equal(fake.posts('C-PRIVATE').length, 0);
  });

  test('bot not in the channel: a private reply that says how to invite it', async () => {
    fake.notInChannel.add('C-OUT');
    const body = commandBody(fake, { text: 'bakhmut control', channel: 'C-OUT' });
    const id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
    assert.equal((await signedPost(base, body, { secret: SECRET })).status, 200);
    const response = await fake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === id);
    assert.equal(response.body.response_type, 'ephemeral');
    assert.match(String(response.body.text), /not in this channel.*\/invite @claimdesk/);
    const line = await waitForLog((l) => l.fields?.code === 'not_in_channel');
    assert.equal(line.fields?.channel, 'C-OUT');
    assert.equal(fake.posts('C-OUT').length, 1, 'one attempt, no thread after it');
  });

  test('other Slack API failures: a private reply, and the error logged with its code', async () => {
    fake.failures.set('C-ARCHIVED', 'is_archived');
    let body = commandBody(fake, { text: 'bakhmut control', channel: 'C-ARCHIVED' });
    let id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
    await signedPost(base, body, { secret: SECRET });
    let response = await fake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === id);
    assert.equal(response.body.response_type, 'ephemeral');
    assert.match(String(response.body.text), /Slack would not post the answer here \(error: is_archived\)/);
    const line = await waitForLog((l) => l.fields?.code === 'is_archived');
    assert.equal(line.level, 'error');
    assert.equal(line.message, 'slack: chat.postMessage failed');

    // The parent goes through, then the thread is refused part way.
    fake.failAfter.set('C-HALF', { after: 1, error: 'ratelimited' });
    body = commandBody(fake, { text: 'bakhmut control', channel: 'C-HALF' });
    id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
    await signedPost(base, body, { secret: SECRET });
    response = await fake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === id);
    assert.match(String(response.body.text), /The answer is posted, but Slack would not take all of its citations \(error: ratelimited\)/);
    assert.equal((await waitForLog((l) => l.fields?.channel === 'C-HALF' && l.fields?.code === 'ratelimited')).fields?.stage, 'thread');
  });

  test('@claimdesk QUERY: the answer and its citations in the thread of the mention; a retried event is answered once', async () => {
    const expected = threadCount('bakhmut control');
    const ts = '1700000100.000100';
    const mention = mentionBody({ eventId: 'Ev-MENTION-1', text: `<@${fake.botUserId}> bakhmut control`, ts, channel: 'C-MENTION', clientMsgId: 'msg-1' });
    const json = { secret: SECRET, contentType: 'application/json' };
    assert.equal((await signedPost(base, JSON.stringify(mention), json)).status, 200);
    const { parent, thread } = await answerIn('C-MENTION', expected, ts);
    assert.equal(parent.args.thread_ts, ts, 'the answer goes in the thread of the mention');
    assert.equal(thread.length, expected);

    // Slack retries the same event (it thought the first was not acknowledged in time).
    const retry = await signedPost(base, JSON.stringify(mention), { ...json, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    assert.equal(retry.status, 200, 'a retry is acknowledged too');
    const dropped = await waitForLog((l) => l.message === 'slack: duplicate event ignored' && l.fields?.eventId === 'Ev-MENTION-1');
    assert.equal(dropped.fields?.retryNum, 1);
    // The same message delivered again under another event id is the same question.
    const again = mentionBody({ eventId: 'Ev-MENTION-1b', text: `<@${fake.botUserId}> bakhmut control`, ts, channel: 'C-MENTION', clientMsgId: 'msg-1' });
    assert.equal((await signedPost(base, JSON.stringify(again), json)).status, 200);
    await waitForLog((l) => l.message === 'slack: duplicate event ignored' && l.fields?.eventId === 'Ev-MENTION-1b');

    // A later, different mention is answered: after it, the first still has exactly one answer.
    const other = mentionBody({ eventId: 'Ev-MENTION-2', text: `<@${fake.botUserId}> help`, ts: '1700000200.000100', channel: 'C-MENTION', clientMsgId: 'msg-2' });
    await signedPost(base, JSON.stringify(other), json);
    const ephemeral = await fake.waitFor<ApiCall>('call', (c) => c.method === 'chat.postEphemeral' && c.args.thread_ts === '1700000200.000100');
    assert.equal(ephemeral.args.user, 'U1', 'help for a mention is private to the asker');
    assert.match(String(ephemeral.args.text), /Ask claimdesk about what sources said/);
    const answers = fake.posts('C-MENTION').filter((c) => c.args.thread_ts === ts);
    assert.equal(answers.filter(isParent).length, 1, 'one answer');
    assert.equal(answers.length, 1 + expected, 'one thread of citations');
  });

  test('Slack\'s URL verification challenge is answered (HTTP mode setup); a mention by another bot is not', async () => {
    const challenge = await signedPost(base, JSON.stringify({ token: 'x', challenge: 'challenge-123', type: 'url_verification' }), { secret: SECRET, contentType: 'application/json' });
    assert.equal(challenge.status, 200);
    assert.match(challenge.text, /challenge-123/);
    const fromBot = mentionBody({ eventId: 'Ev-BOT', text: `<@${fake.botUserId}> bakhmut control`, ts: '1700000400.000100', channel: 'C-BOTS' });
    (fromBot.event as Record<string, unknown>).bot_id = 'B-OTHER';
    assert.equal((await signedPost(base, JSON.stringify(fromBot), { secret: SECRET, contentType: 'application/json' })).status, 200);
    // A later mention in the same channel is answered; the bot's one never was.
    const person = mentionBody({ eventId: 'Ev-PERSON', text: `<@${fake.botUserId}> help`, ts: '1700000500.000100', channel: 'C-BOTS' });
    await signedPost(base, JSON.stringify(person), { secret: SECRET, contentType: 'application/json' });
    await fake.waitFor<ApiCall>('call', (c) => c.method === 'chat.postEphemeral' && c.args.channel === 'C-BOTS');
    assert.equal(fake.calls.filter((c) => c.args.channel === 'C-BOTS').length, 1);
  });

  test('article text is escaped: <!channel>, <@user> and links in an article stay inert', async () => {
    const res = await signedPost(base, commandBody(fake, { text: 'ferry strike', channel: 'C-ESC' }), { secret: SECRET });
    assert.equal(res.status, 200);
    const { parent, thread } = await answerIn('C-ESC', threadCount('ferry strike'));
    const calls = [parent, ...thread];
    for (const call of calls) {
      for (const raw of [call.raw, ...texts(call), String(call.args.text)]) {
        assert.doesNotMatch(raw, /<!channel>|<!here>|<@U123>|<https:\/\/evil/, 'no live mention or foreign link');
      }
      assert.equal(call.args.link_names, undefined);
      for (const block of call.args.blocks as Array<{ text?: { type: string; verbatim?: boolean } }>) {
        if (block.text?.type === 'mrkdwn') assert.equal(block.text.verbatim, true, 'no auto-linking in article text');
      }
      // The only `<…>` left are the article links claimdesk built itself.
      for (const text of texts(call)) {
        for (const m of text.match(/<[^>]*>/g) ?? []) assert.equal(m, '<https://harbour.example/ferry?a=1&amp;b=2|Ferry strike &lt;!here&gt; talks &amp; a deal>');
      }
    }
    const all = calls.flatMap(texts).join('\n');
    assert.match(all, /&lt;!channel&gt; tell everyone/);
    assert.match(all, /ferries &lt;@U123&gt; would run/);
    assert.match(all, /&lt;https:\/\/evil\.example\|click here&gt;/);
    assert.match(all, /\*Harbour Gazette &amp; Post\*/);
  });

  test('a core failure that is not a QueryError: logged, and the asker privately gets "something went wrong"', async () => {
    const broken = {
      handle() {
        throw new Error('disk on fire at /srv/secret/path');
      },
    } as unknown as QueryCore;
    const brokenLogs: LogLine[] = [];
    const other = await startSlack({ query: broken, botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, retries: 0, log: (level, message, fields) => brokenLogs.push({ level, message, fields }) });
    try {
      const body = commandBody(fake, { text: 'bakhmut control', channel: 'C-BROKEN' });
      const id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
      assert.equal((await signedPost(`http://127.0.0.1:${other.port}/slack/events`, body, { secret: SECRET })).status, 200);
      const response = await fake.waitFor<{ id: string; body: Record<string, unknown>; raw: string }>('response', (r) => r.id === id);
      assert.equal(response.body.response_type, 'ephemeral');
      assert.match(String(response.body.text), /Something went wrong/);
      assert.doesNotMatch(response.raw, /disk on fire|\/srv\/secret|\.ts:\d+/, 'no error detail or stack in the reply');
      const line = brokenLogs.find((l) => l.message === 'slack: the query failed');
      assert.ok(line, 'the failure is logged');
      assert.match(String(line.fields?.error), /disk on fire/);
      assert.equal(fake.posts('C-BROKEN').length, 0);
    } finally {
      await other.stop();
    }
  });

  test('a bad bot token fails at start with a message that names the setting, not the token', async () => {
    await assert.rejects(
      startSlack({ query: core.query, botToken: 'xoxb-wrong-token-123456', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, retries: 0, log }),
      (error: Error) => /SLACK_BOT_TOKEN/.test(error.message) && /invalid_auth/.test(error.message) && !error.message.includes('xoxb-wrong'),
    );
    await assert.rejects(startSlack({ query: core.query, botToken: BOT_TOKEN, apiUrl: fake.apiUrl, port: 0, log }), /SLACK_SIGNING_SECRET/);
  });

  test('no log line carries a token or the signing secret', () => {
    const dump = JSON.stringify(logs);
    assert.ok(logs.length > 0);
    for (const secret of [BOT_TOKEN, SECRET, 'xoxb-wrong-token-123456']) assert.ok(!dump.includes(secret), `log leaks ${secret.slice(0, 6)}…`);
  });
});

describe('Slack adapter in Socket Mode', () => {
  let sdir: string;
  let score: Core;
  let sfake: FakeSlack;
  let socket: SlackHandle;
  const slogs: LogLine[] = [];

  before(async () => {
    sdir = mkdtempSync(join(tmpdir(), 'claimdesk-slack-socket-'));
    score = await Core.open({ dataDir: join(sdir, 'data') });
    sfake = await new FakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN }).start();
    socket = await startSlack({ query: score.query, botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: sfake.apiUrl, port: 0, retries: 0, log: (level, message, fields) => slogs.push({ level, message, fields }) });
  });

  after(async () => {
    await socket?.stop();
    await sfake?.close();
    score?.close();
    rmSync(sdir, { recursive: true, force: true });
  });

  test('connects with the app token through apps.connections.open, and opens no HTTP port', () => {
    assert.equal(socket.mode, 'socket');
    assert.equal(socket.port, undefined);
    const open = sfake.calls.find((c) => c.method === 'apps.connections.open');
    assert.ok(open);
    assert.equal(open.token, APP_TOKEN);
  });

  test('a slash command envelope is acked, then answered in the channel with a threaded citation list', async () => {
    const payload = Object.fromEntries(new URLSearchParams(commandBody(sfake, { text: 'bakhmut control', channel: 'C-SOCK' })));
    const ack = await sfake.sendEnvelope('slash_commands', payload);
    assert.ok(ack.envelope_id.startsWith('env-'));
    const parent = await sfake.waitFor<ApiCall>('call', (c) => c.method === 'chat.postMessage' && c.args.channel === 'C-SOCK' && isParent(c));
    assert.equal(parent.token, BOT_TOKEN);
    const reply = score.query.handle('bakhmut control');
    assert.equal(reply.type, 'answer');
    const expected = renderThreadMessages(reply.answer).length;
    await sfake.waitFor<ApiCall>('call', () => sfake.posts('C-SOCK').filter((c) => c.args.thread_ts === parent.reply!.ts).length >= expected);
    assert.equal(sfake.posts('C-SOCK').length, 1 + expected);
  });

  test('help over Socket Mode: private, through response_url', async () => {
    const payload = Object.fromEntries(new URLSearchParams(commandBody(sfake, { text: 'help', channel: 'C-SOCK-HELP' })));
    await sfake.sendEnvelope('slash_commands', payload);
    const response = await sfake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === String(payload.response_url).split('/').at(-1));
    assert.equal(response.body.response_type, 'ephemeral');
    assert.match(String(response.body.text), /Ask claimdesk/);
  });

  test('a mention envelope redelivered with retry_attempt is answered once', async () => {
    const ts = '1700000300.000100';
    const body = mentionBody({ eventId: 'Ev-SOCK-1', text: `<@${sfake.botUserId}> bakhmut control`, ts, channel: 'C-SOCK-M', clientMsgId: 'sock-msg-1' });
    await sfake.sendEnvelope('events_api', body, { retry_attempt: 0, retry_reason: '' });
    const parent = await sfake.waitFor<ApiCall>('call', (c) => c.method === 'chat.postMessage' && c.args.channel === 'C-SOCK-M' && isParent(c));
    assert.equal(parent.args.thread_ts, ts);
    await sfake.sendEnvelope('events_api', body, { retry_attempt: 1, retry_reason: 'timeout' });
    const dropped = await waitForSocketLog((l) => l.message === 'slack: duplicate event ignored' && l.fields?.eventId === 'Ev-SOCK-1');
    assert.equal(dropped.fields?.retryNum, 1);
    assert.equal(sfake.posts('C-SOCK-M').filter(isParent).length, 1);
  });

  test('stop() awaits the WebSocket disconnect', async () => {
    // A second app on the same fake, so the shared one stays up for the other tests.
    assert.equal(sfake.openSockets, 1);
    const other = await startSlack({ query: score.query, botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: sfake.apiUrl, port: 0, retries: 0, log: () => {} });
    assert.equal(sfake.openSockets, 2);
    await other.stop();
    // The close handshake is complete when stop() resolves; the server side sees it at once after.
    await until(() => sfake.openSockets === 1);
    assert.equal(sfake.openSockets, 1);
    assert.ok(slogs.every((l) => !JSON.stringify(l).includes(APP_TOKEN) && !JSON.stringify(l).includes(BOT_TOKEN)));
  });

  async function waitForSocketLog(match: (line: LogLine) => boolean, timeoutMs = 5000): Promise<LogLine> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = slogs.find(match);
      if (found) return found;
      if (Date.now() > end) throw new Error('no matching log line');
      await new Promise((r) => setTimeout(r, 10));
    }
  }
});

describe('Slack digests', () => {
  const EDITOR = 'U-EDITOR';
  const GROUP_MEMBER = 'U-DESK';
  const REPORTER = 'U-REPORTER';
  let ddir: string;
  let dcore: Core;
  let dfake: FakeSlack;
  let dslack: SlackHandle;
  let base: string;
  let clock = new Date('2026-11-02T10:00:00Z');
  let service: DigestService;

  before(async () => {
    ddir = mkdtempSync(join(tmpdir(), 'claimdesk-slack-digest-'));
    dcore = await Core.open({ dataDir: join(ddir, 'data'), seed: false });
    service = new DigestService(dcore.store, dcore.query, { defaultZone: 'Europe/Kyiv', now: () => clock });
    dfake = await new FakeSlack({ botToken: BOT_TOKEN }).start();
    dfake.userGroups.set('S-DESK', [GROUP_MEMBER]);
    dslack = await startSlack({ query: dcore.query, digests: service, editors: [EDITOR, 'S-DESK'], botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: dfake.apiUrl, port: 0, log, retries: 0 });
    base = `http://127.0.0.1:${dslack.port}/slack/events`;
  });

  after(async () => {
    await dslack?.stop();
    await dfake?.close();
    dcore?.close();
    rmSync(ddir, { recursive: true, force: true });
  });

  /** Sends `/claim TEXT` and returns the private reply's text. */
  async function command(text: string, user: string, channel = 'C-DESK'): Promise<string> {
    const body = commandBody(dfake, { text, channel, user });
    const id = new URLSearchParams(body).get('response_url')!.split('/').at(-1)!;
    assert.equal((await signedPost(base, body, { secret: SECRET })).status, 200);
    const response = await dfake.waitFor<{ id: string; body: Record<string, unknown> }>('response', (r) => r.id === id);
    assert.equal(response.body.response_type, 'ephemeral');
    return String(response.body.text) + '\n' + JSON.stringify(response.body.blocks);
  }

  test('editors (listed, or in a listed user group) subscribe; others get a private explanation', async () => {
    assert.match(await command('digest subscribe ferry at 08:00 tz UTC', REPORTER), /Only editors can change the digests/);
    assert.deepEqual(dcore.store.digests.inChannel('slack', 'C-DESK'), []);
    assert.match(await command('digest subscribe ferry at 08:00 tz UTC', EDITOR), /Digest subscribed/);
    assert.match(await command('digest subscribe harbour quiet', GROUP_MEMBER), /Digest subscribed/);
    assert.ok(dfake.calls.some((c) => c.method === 'usergroups.users.list' && c.args.usergroup === 'S-DESK'));
    assert.match(await command('digest list', REPORTER), /Digests in this channel \(2\)/);
    assert.match(await command('digest subscribe ferry at 25:00', EDITOR), /is not a time of day/);
    assert.deepEqual(
      dcore.store.digests.inChannel('slack', 'C-DESK').map((s) => [s.topic, s.at, s.timeZone, s.createdBy]),
      [
        ['ferry', '08:00', 'UTC', EDITOR],
        ['harbour', '08:00', 'Europe/Kyiv', GROUP_MEMBER],
      ],
    );
    assert.equal(dfake.posts('C-DESK').length, 0, 'digest commands post nothing in the channel');
  });

  test('a digest reaches Slack as a threaded post, escaped, rendered as /claim answers are', async () => {
    const article = join(ddir, 'ferry.txt');
    writeFileSync(article, ARTICLE);
    assert.equal((await dcore.ingest([article])).counts.added, 1);
    const scheduler = new DigestScheduler({ store: dcore.store, service, posters: { slack: dslack.poster }, log, now: () => clock });
    clock = new Date('2026-11-03T08:00:00Z');
    const report = await scheduler.tick();
    // Both of the channel's digests are due (harbour at 08:00 Kyiv, ferry at 08:00 UTC); the
    // article is news for both (the outlet is the Harbour Gazette).
    assert.deepEqual(report.posted.map((p) => [p.subscription, p.kind]), [['d1', 'answer'], ['d2', 'answer']]);
    const parent = dfake.posts('C-DESK').find((c) => isParent(c) && texts(c).join('\n').includes('Digest: ferry · 2026-11-03'))!;
    assert.ok(parent, 'the parent message');
    assert.equal(parent.args.thread_ts, undefined);
    const thread = dfake.posts('C-DESK').filter((c) => c.args.thread_ts === parent.reply?.ts);
    assert.ok(thread.length >= 1, 'the citations in its thread');
    const all = JSON.stringify(dfake.posts('C-DESK').map((c) => [c.args.text, c.args.blocks]));
    assert.ok(!all.includes('<!channel>') && all.includes('&lt;!channel&gt;'), 'article text is escaped');
  });

  test('a channel that is gone disables its digests', async () => {
    assert.match(await command('digest subscribe ferry at 08:00 tz UTC', EDITOR, 'C-GONE'), /Digest subscribed/);
    dfake.failures.set('C-GONE', 'channel_not_found');
    const scheduler = new DigestScheduler({ store: dcore.store, service, posters: { slack: dslack.poster }, log, now: () => clock });
    clock = new Date('2026-11-04T08:00:00Z');
    const report = await scheduler.tick();
    const gone = dcore.store.digests.inChannel('slack', 'C-GONE')[0]!;
    assert.deepEqual(report.disabled, [gone.id]);
    assert.match(gone.disabledReason!, /channel_not_found/);
  });
});
