// The Discord adapter end to end: the real discord.js client, logged in to a local fake of
// Discord's gateway and REST API (test/fakes/discord.ts) on 127.0.0.1, answering /claim and
// /digest from the real core on the seed articles plus crafted ones, and posting digests from the
// real scheduler on a clock the tests move by hand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordAPIError, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { commandDefinitions, registerCommands, startDiscord, type DiscordAdapter } from '../adapters/discord/index.ts';
import { MESSAGE_EMBEDS_MAX, MESSAGE_EMBEDS_TOTAL_MAX, embedLength } from '../adapters/discord/render.ts';
import { Core } from '../src/core.ts';
import { DigestScheduler, DigestService } from '../src/digest/index.ts';
import { DEFAULT_APP_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, FakeDiscord, IDS, type RecordedRequest } from './fakes/discord.ts';

const TOKEN = 'MTIwMDAwMDAwMDAwMDAwMDAwMQ.fake.bot-token-for-tests';
const root = join(import.meta.dirname, '..');

interface LogLine {
  level: string;
  message: string;
  fields: Record<string, unknown>;
}

let dir: string;
let core: Core;
let fake: FakeDiscord;
let bot: DiscordAdapter;
const logs: LogLine[] = [];

/** The digests' clock: subscriptions are stamped with it, the scheduler ticks on it. */
let clockTime = new Date('2026-11-02T10:00:00Z');
const now = () => new Date(clockTime);
const setClock = (iso: string) => (clockTime = new Date(iso));
let digests: DigestService;
/** A member who may manage the channel's digests. */
const EDITOR = DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageChannels;
/** A channel id Discord does not know (deleted): it answers 404, code 10003. */
const GONE_CHANNEL = '1200000000000000099';

/** The message a request creates or edits, if it does. */
function messageOf(r: RecordedRequest): Record<string, unknown> | null {
  if (r.method === 'POST' && r.path.endsWith('/callback')) return r.body.type === 4 ? r.body.data : null;
  if (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) return r.body;
  if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) return r.body;
  if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) return r.body;
  return null;
}

const callbackOf = (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`);
const editOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${IDS.app}/${token}/messages/@original`;
const followUpOf = (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/webhooks/${IDS.app}/${token}`;
const deleteOf = (token: string) => (r: RecordedRequest) => r.method === 'DELETE' && r.path === `/webhooks/${IDS.app}/${token}/messages/@original`;
const postsIn = (channelId: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an entry point as npm would (async: the fake lives in this process). `whileRunning` gets the live output. */
function runScript(script: string, env: Record<string, string>, whileRunning?: (child: ReturnType<typeof spawn>, output: Run) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], { cwd: root, env: { ...process.env, ...env } });
    const output: Run = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => (output.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output.stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ ...output, status }));
    whileRunning?.(child, output).catch((error: unknown) => {
      child.kill('SIGKILL');
      reject(error);
    });
  });
}

const register = (env: Record<string, string>) => runScript('adapters/discord/register.ts', env);

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function waitForLog(code: string, after = 0): Promise<LogLine> {
  return until(() => logs.slice(after).some((l) => l.fields.code === code), `a log line with code ${code}`).then(() => logs.slice(after).find((l) => l.fields.code === code)!);
}

/** The citation numbers posted in a channel's messages, in order. */
function citationNumbers(posts: RecordedRequest[]): number[] {
  return posts.flatMap((p) => (p.body.embeds as Array<{ title: string }>).map((e) => Number(/^\[(\d+)\]/.exec(e.title)?.[1])));
}

describe('Discord adapter: real discord.js against a fake gateway and REST server', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-discord-'));
    const article = join(dir, 'tram.txt');
    writeFileSync(
      article,
      '---\noutlet: Harbour Gazette\npublished: 2024-05-02\nheadline: __Tram__ line delayed\nurl: https://harbour.example/news/tram\n---\n' +
        '“@everyone the tram line **will** open in October,” said Mayor Lena Ortiz on Wednesday.\n',
    );
    core = await Core.open({ dataDir: join(dir, 'data') });
    const report = await core.ingest([article]);
    assert.equal(report.counts.added, 1, 'the crafted article is ingested');
    fake = await FakeDiscord.start({ token: TOKEN });
    digests = new DigestService(core.store, core.query, { defaultZone: 'UTC', now });
    bot = await startDiscord({
      core,
      token: TOKEN,
      appId: IDS.app,
      guildId: IDS.guild,
      apiUrl: fake.apiUrl,
      log: (level, message, fields = {}) => logs.push({ level, message, fields }),
      digests,
    });
  });

  after(async () => {
    await bot?.stop();
    await fake?.close();
    core?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs in: GET /gateway/bot, IDENTIFY with the Guilds intent only, READY and the server cached', () => {
    assert.equal(fake.requests[0]?.path, '/gateway/bot');
    assert.equal(fake.requests[0]?.authorization, `Bot ${TOKEN}`);
    assert.equal(fake.identify?.intents, GatewayIntentBits.Guilds);
    assert.equal(fake.identify?.token, TOKEN);
    assert.ok(bot.client.isReady());
    assert.ok(bot.client.channels.cache.has(IDS.channel), 'the Guilds intent caches the channels startThread needs');
    assert.ok(logs.some((l) => l.message === 'discord: logged in'));
    assert.ok(!logs.some((l) => l.fields.code === 'discord_not_in_guild'));
  });

  it('a refused token: startDiscord rejects, logs discord_login_failed and leaves nothing running', async () => {
    const lines: LogLine[] = [];
    await assert.rejects(
      startDiscord({ core, token: 'wrong', appId: IDS.app, apiUrl: fake.apiUrl, log: (level, message, fields = {}) => lines.push({ level, message, fields }) }),
    );
    assert.equal(lines.at(-1)?.fields.code, 'discord_login_failed');
    assert.ok(!JSON.stringify(lines).includes(TOKEN));
  });

  it('registers /claim and /digest with one PUT of the command list, in a server or globally', async () => {
    const before = fake.requests.length;
    const result = await registerCommands({ token: TOKEN, appId: IDS.app, guildId: IDS.guild, apiUrl: fake.apiUrl });
    assert.deepEqual(result, { scope: 'guild', names: ['claim', 'digest'] });
    const made = fake.requests.slice(before);
    assert.equal(made.length, 1);
    assert.equal(made[0]!.method, 'PUT');
    assert.equal(made[0]!.path, `/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    assert.equal(made[0]!.authorization, `Bot ${TOKEN}`);
    assert.deepEqual(made[0]!.body, JSON.parse(JSON.stringify(commandDefinitions())));
    const [claim] = made[0]!.body as Array<{ name: string; options: Array<{ name: string; required?: boolean; autocomplete?: boolean }> }>;
    assert.equal(claim!.name, 'claim');
    assert.deepEqual(claim!.options.map((o) => o.name), ['query', 'from', 'since', 'until']);
    assert.equal(claim!.options[0]!.required, true);
    assert.equal(claim!.options[0]!.autocomplete, true);
    assert.equal((claim as { default_member_permissions?: unknown }).default_member_permissions ?? null, null, '/claim is for everyone');
    const digest = (made[0]!.body as Array<{ name: string; default_member_permissions?: string; contexts?: number[] }>).find((c) => c.name === 'digest');
    assert.equal(digest?.default_member_permissions, String(PermissionFlagsBits.ManageChannels), '/digest is for members with Manage Channels');
    assert.deepEqual(digest?.contexts, [0], 'servers only');

    const global = await registerCommands({ token: TOKEN, appId: IDS.app, apiUrl: fake.apiUrl });
    assert.equal(global.scope, 'global');
    assert.equal(fake.requests.at(-1)!.path, `/applications/${IDS.app}/commands`);

    await assert.rejects(registerCommands({ token: 'wrong', appId: IDS.app, apiUrl: fake.apiUrl }), (e: unknown) => e instanceof DiscordAPIError && e.status === 401);
  });

  it('npm run discord:register (adapters/discord/register.ts) reads the settings and PUTs the commands', async () => {
    const before = fake.requests.length;
    // Three runs at once: each spends a few seconds loading tsx and discord.js.
    const [run, missing, refused] = await Promise.all([
      register({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl }),
      register({ DISCORD_TOKEN: '', DISCORD_APP_ID: '' }),
      register({ DISCORD_TOKEN: 'wrong', DISCORD_APP_ID: IDS.app, DISCORD_API_URL: fake.apiUrl }),
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Registered \/claim, \/digest in server/);
    assert.match(run.stdout, /oauth2\/authorize\?client_id=/);
    assert.ok(!(run.stdout + run.stderr).includes(TOKEN), 'the token is never printed');
    const puts = fake.requests.slice(before).filter((r) => r.method === 'PUT');
    assert.deepEqual(puts.map((r) => [r.path, r.status]).sort(), [
      [`/applications/${IDS.app}/commands`, 401],
      [`/applications/${IDS.app}/guilds/${IDS.guild}/commands`, 200],
    ]);

    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /set DISCORD_TOKEN and DISCORD_APP_ID/);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Discord rejected DISCORD_TOKEN \(401\)/);
  });

  it('/claim bakhmut control: deferral, the answer embed, a thread on it, the citations in the thread', async () => {
    const expected = core.query.handle('bakhmut control');
    assert.equal(expected.type, 'answer');
    const citations = expected.type === 'answer' ? expected.answer.citations.length : 0;

    const { token } = fake.chatInput([{ name: 'query', value: 'bakhmut control' }]);
    const callback = await fake.waitFor(callbackOf(token), 'the deferral');
    assert.deepEqual(callback.body, { type: 5, data: { flags: 0 } }, 'deferred publicly');

    const edit = await fake.waitFor(editOf(token), 'the answer (PATCH @original)');
    const [embed] = edit.body.embeds;
    assert.equal(embed.title, 'bakhmut control');
    assert.match(embed.description, /^\d+ claims from \d+ speakers/);
    assert.match(embed.description, /Sources disagree/);
    assert.ok(embed.fields.length > 0 && embed.fields.length <= 25);
    assert.deepEqual(embed.fields.slice(0, 2).map((f: { name: string }) => f.name), ['Asserting', 'Disputing'], 'both sides of the dispute');
    assert.match(embed.fields[0].value, /\*\*Yevgeny Prigozhin\*\*: “Legally, Bakhmut is taken” \(3 outlets\) \[\d+\]\[\d+\]\[\d+\]/);
    assert.match(embed.footer.text, new RegExp(`${citations} citations$`));
    assert.deepEqual(edit.body.allowed_mentions, { parse: [] });

    const messageId = fake.originalMessageId(token)!;
    const thread = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages/${messageId}/threads`, 'the thread');
    assert.equal(thread.body.name, 'Citations: bakhmut control');
    assert.equal(thread.body.auto_archive_duration, 1440);

    await until(() => citationNumbers(postsIn(messageId)).length === citations, `${citations} citations in the thread`);
    const posts = postsIn(messageId);
    assert.deepEqual(citationNumbers(posts), Array.from({ length: citations }, (_, i) => i + 1), 'every citation, in order');
    assert.ok(posts.length >= 2, 'split across messages');
    for (const post of posts) {
      assert.ok(post.body.embeds.length <= MESSAGE_EMBEDS_MAX);
      assert.ok(post.body.embeds.reduce((n: number, e: Parameters<typeof embedLength>[0]) => n + embedLength(e), 0) <= MESSAGE_EMBEDS_TOTAL_MAX);
      assert.deepEqual(post.body.allowed_mentions, { parse: [] });
    }
    assert.match(posts[0]!.body.embeds[1].description, /^> “Legally, Bakhmut is taken,” he said/);
    assert.match(posts[0]!.body.embeds[1].description, /— \*\*Yevgeny Prigozhin\*\*, the head of the Wagner mercenary group · said on 2023-04-02 via Telegram/);

    // In this order: defer, answer, thread, citations; and nothing else for this interaction.
    const order = [callback, edit, thread, posts[0]!].map((r) => fake.requests.indexOf(r));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.deepEqual(fake.requestsOf(token).map((r) => r.method), ['POST', 'PATCH']);
  });

  it('the from, since and until options become filters of the query', async () => {
    const { token } = fake.chatInput([
      { name: 'query', value: 'bakhmut' },
      { name: 'from', value: 'Prigozhin' },
      { name: 'since', value: '2023-04' },
    ]);
    const edit = await fake.waitFor(editOf(token), 'the answer');
    const [embed] = edit.body.embeds;
    assert.equal(embed.title, 'bakhmut from:"Prigozhin" since:2023-04');
    assert.match(embed.description, /from 1 speaker \(Yevgeny Prigozhin\)/);
  });

  it('autocomplete: callback type 8 with at most 25 choices of at most 100 characters', async () => {
    const check = async (options: Parameters<FakeDiscord['autocomplete']>[0]) => {
      const { token } = fake.autocomplete(options);
      const callback = await fake.waitFor(callbackOf(token), 'the autocomplete answer');
      assert.equal(callback.body.type, 8);
      const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
      assert.ok(choices.length > 0 && choices.length <= 25);
      for (const c of choices) assert.ok(c.name.length >= 1 && c.name.length <= 100 && c.value.length >= 1 && c.value.length <= 100);
      return choices;
    };
    const topics = await check([{ name: 'query', value: 'bakh', focused: true }]);
    assert.ok(topics.some((c) => c.value === 'Bakhmut'), 'a topic');
    const speakers = await check([{ name: 'query', value: 'prig', focused: true }]);
    assert.ok(speakers.some((c) => c.value === 'from:"Yevgeny Prigozhin"'), 'a speaker');
    const empty = await check([{ name: 'query', value: '', focused: true }]);
    assert.equal(empty.length, 25);
    const from = await check([
      { name: 'query', value: 'bakhmut' },
      { name: 'from', value: 'zel', focused: true },
    ]);
    assert.deepEqual(from.map((c) => c.value), ['Volodymyr Zelensky']);
  });

  it('a malformed query is answered privately at once (no deferral, no search)', async () => {
    const { token } = fake.chatInput([{ name: 'query', value: 'bakhmut colour:red' }]);
    const callback = await fake.waitFor(callbackOf(token), 'the reply');
    assert.equal(callback.body.type, 4);
    assert.equal(callback.body.data.flags & 64, 64, 'ephemeral');
    assert.match(callback.body.data.content, /There is no filter "colour:"/);
    assert.deepEqual(callback.body.data.allowed_mentions, { parse: [] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(fake.requestsOf(token).map((r) => r.method), ['POST']);
  });

  it('help is private too', async () => {
    const { token } = fake.chatInput([{ name: 'query', value: 'help' }]);
    const callback = await fake.waitFor(callbackOf(token), 'the help');
    assert.equal(callback.body.type, 4);
    assert.equal(callback.body.data.flags, 64);
    assert.equal(callback.body.data.embeds[0].title, 'Ask claimdesk about what sources said');
    assert.match(callback.body.data.embeds[0].description, /from:zelensky/);
  });

  it('no results: the public deferral is resolved, the message sent privately, the placeholder deleted', async () => {
    const { token } = fake.chatInput([{ name: 'query', value: 'qqqzzzxxx' }]);
    assert.equal((await fake.waitFor(callbackOf(token), 'the deferral')).body.type, 5);
    const followUp = await fake.waitFor(followUpOf(token), 'the private follow-up');
    assert.equal(followUp.body.flags, 64);
    assert.match(followUp.body.content, /No claims match "qqqzzzxxx"/);
    assert.equal(followUp.note, undefined, 'sent after the loading response was resolved, so it is a new, ephemeral message');
    await fake.waitFor(deleteOf(token), 'the placeholder deleted');
    assert.deepEqual(fake.requestsOf(token).map((r) => r.method), ['POST', 'PATCH', 'POST', 'DELETE']);
  });

  it('@everyone and markdown from an article stay inert: escaped, and no message can ping', async () => {
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }]);
    const edit = await fake.waitFor(editOf(token), 'the answer');
    const value = edit.body.embeds[0].fields.map((f: { value: string }) => f.value).join('\n');
    assert.match(value, /“@everyone the tram line \\\*\\\*will\\\*\\\* open in October” \[1\]/);
    assert.deepEqual(edit.body.allowed_mentions, { parse: [] });

    const messageId = fake.originalMessageId(token)!;
    await until(() => postsIn(messageId).length === 1, 'the citation');
    const [post] = postsIn(messageId);
    const [citation] = post!.body.embeds;
    assert.equal(citation.title, '[1] Harbour Gazette — \\_\\_Tram\\_\\_ line delayed');
    assert.equal(citation.url, 'https://harbour.example/news/tram');
    assert.match(citation.description, /^> “@everyone the tram line \\\*\\\*will\\\*\\\* open in October,” said Mayor Lena Ortiz on Wednesday\./);
    assert.deepEqual(post!.body.allowed_mentions, { parse: [] });
  });

  it('no permission to create threads: the answer stands, the citations come privately, the code is logged', async () => {
    const mark = logs.length;
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }], {
      appPermissions: DEFAULT_APP_PERMISSIONS & ~PermissionFlagsBits.CreatePublicThreads,
    });
    await fake.waitFor(editOf(token), 'the answer');
    const followUp = await fake.waitFor(followUpOf(token), 'the private citations');
    assert.equal(followUp.body.flags, 64);
    assert.match(followUp.body.content, /could not post the citations in a thread \(I need the Create Public Threads permission in this channel\)/);
    assert.match(followUp.body.embeds[0].title, /^\[1\] Harbour Gazette/);
    const line = await waitForLog('discord_missing_permission', mark);
    assert.deepEqual(line.fields.missing, ['CreatePublicThreads']);
    assert.ok(!fake.requests.some((r) => r.path.includes(`/messages/${fake.originalMessageId(token)}/threads`)), 'no thread attempted');
  });

  it('Discord refuses the thread (403): the asker gets the citations privately, the code is logged', async () => {
    const mark = logs.length;
    fake.failNext('POST', /\/threads$/, 403, { code: 50013, message: 'Missing Permissions' });
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }]);
    const followUp = await fake.waitFor(followUpOf(token), 'the private citations');
    assert.equal(followUp.body.flags, 64);
    assert.match(followUp.body.content, /could not post the citations in a thread/);
    const line = await waitForLog('discord_missing_permission', mark);
    assert.equal(line.fields.discordCode, 50013);
    assert.equal(line.fields.status, 403);
  });

  it('a REST error posting the answer: the asker is told privately, the code is logged', async () => {
    const mark = logs.length;
    fake.failNext('PATCH', /@original$/, 400, { code: 50035, message: 'Invalid Form Body', errors: {} });
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }]);
    const followUp = await fake.waitFor(followUpOf(token), 'the private error');
    assert.equal(followUp.body.flags, 64);
    assert.match(followUp.body.content, /Something went wrong posting the answer; it has been logged \(discord_rest_error\)/);
    assert.equal((await waitForLog('discord_rest_error', mark)).fields.discordCode, 50035);
    await fake.waitFor(deleteOf(token), 'the placeholder deleted');
  });

  it('an expired interaction is logged, and the client keeps answering', async () => {
    const mark = logs.length;
    fake.failNext('POST', /\/callback$/, 404, { code: 10062, message: 'Unknown interaction' });
    const expired = fake.chatInput([{ name: 'query', value: 'bakhmut control' }]);
    const line = await waitForLog('discord_interaction_expired', mark);
    assert.equal(line.fields.discordCode, 10062);
    assert.deepEqual(fake.requestsOf(expired.token).map((r) => r.status), [404], 'nothing more is tried');

    const next = fake.chatInput([{ name: 'query', value: 'tram line' }]);
    await fake.waitFor(editOf(next.token), 'the next answer');
    assert.ok(bot.client.isReady());
  });

  it('/claim inside a thread: the citations follow the answer in that thread', async () => {
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }], { channelId: IDS.thread });
    await fake.waitFor(editOf(token), 'the answer');
    const followUp = await fake.waitFor(followUpOf(token), 'the citations');
    assert.equal(followUp.body.flags, undefined, 'public, like the answer');
    assert.match(followUp.body.embeds[0].title, /^\[1\] Harbour Gazette/);
    assert.ok(!fake.requests.some((r) => r.path.startsWith(`/channels/${IDS.thread}/messages/`)), 'no thread inside a thread');
  });

  it('a channel discord.js has not cached: the thread is started through the REST route directly', async () => {
    assert.ok(!bot.client.channels.cache.has(IDS.uncached));
    const { token } = fake.chatInput([{ name: 'query', value: 'tram line' }], { channelId: IDS.uncached });
    await fake.waitFor(editOf(token), 'the answer');
    const messageId = fake.originalMessageId(token)!;
    const thread = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${IDS.uncached}/messages/${messageId}/threads`, 'the thread');
    assert.equal(thread.body.name, 'Citations: tram line');
    await until(() => postsIn(messageId).length === 1, 'the citation in the thread');
    assert.deepEqual(postsIn(messageId)[0]!.body.allowed_mentions, { parse: [] });
  });

  it('articles ingested by another process are found without a restart', async () => {
    const article = join(dir, 'ferry.txt');
    writeFileSync(article, '---\noutlet: Harbour Gazette\npublished: 2024-05-03\nheadline: Ferry fares\n---\n“Ferry fares will fall in June,” said harbourmaster Ines Duarte on Thursday.\n');
    const other = await Core.open({ dataDir: join(dir, 'data'), seed: false });
    try {
      assert.equal((await other.ingest([article])).counts.added, 1);
    } finally {
      other.close();
    }
    const { token } = fake.chatInput([{ name: 'query', value: 'ferry fares' }]);
    const edit = await fake.waitFor(editOf(token), 'the answer');
    assert.match(edit.body.embeds[0].description, /Ines Duarte/);
  });

  // --- digests ----------------------------------------------------------------------------------

  /** Dispatches /digest SUBCOMMAND; returns the (private) reply's callback. */
  async function digestCommand(subcommand: string, options: Parameters<FakeDiscord['chatInput']>[0], memberPermissions = DEFAULT_MEMBER_PERMISSIONS) {
    const { token } = fake.chatInput(options, { command: 'digest', subcommand, memberPermissions });
    const callback = await fake.waitFor(callbackOf(token), `the reply to /digest ${subcommand}`);
    assert.equal(callback.body.type, 4, 'answered at once');
    assert.equal(callback.body.data.flags, 64, 'privately');
    assert.deepEqual(callback.body.data.allowed_mentions, { parse: [] });
    return { token, data: callback.body.data as { content?: string; embeds: Array<{ title: string; description: string }> } };
  }

  /** `/claim query:TEXT`, answered privately at once. */
  async function claimPrivately(text: string, memberPermissions = DEFAULT_MEMBER_PERMISSIONS) {
    const { token } = fake.chatInput([{ name: 'query', value: text }], { memberPermissions });
    const callback = await fake.waitFor(callbackOf(token), `the reply to /claim ${text}`);
    assert.equal(callback.body.type, 4);
    assert.equal(callback.body.data.flags, 64);
    return callback.body.data as { content?: string; embeds: Array<{ title: string; description: string }> };
  }

  const inChannel = () => core.store.digests.inChannel('discord', IDS.channel);

  function ingestInvented(name: string, sentence: string, headline: string): Promise<void> {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, `---\noutlet: Harbour Gazette\npublished: 2026-11-02\nheadline: ${headline}\nurl: https://harbour.example/news/${name}\n---\n${sentence}\n`);
    return core.ingest([file]).then((report) => assert.equal(report.counts.added, 1, `${name} is ingested`));
  }

  function scheduler(): DigestScheduler {
    return new DigestScheduler({ store: core.store, service: digests, posters: { discord: bot.poster }, log: (level, message, fields = {}) => logs.push({ level, message, fields }), now });
  }

  it('/digest: editors (Manage Channels) subscribe and unsubscribe, anyone lists, all privately', async () => {
    setClock('2026-11-02T10:00:00Z');
    const subscribed = await digestCommand(
      'subscribe',
      [
        { name: 'topic', value: 'bridge' },
        { name: 'at', value: '9:30' },
        { name: 'tz', value: 'Europe/Kyiv' },
        { name: 'quiet', value: true },
      ],
      EDITOR,
    );
    assert.equal(subscribed.data.embeds[0]!.title, 'Digest subscribed');
    assert.match(subscribed.data.embeds[0]!.description, /bridge · daily at 09:30 Europe\/Kyiv, quiet on days with nothing new · next: 2026-11-03 09:30/);
    assert.match(subscribed.data.embeds[0]!.description, /\/digest subscribe/, 'says how the text form maps to /digest');
    const [sub, ...others] = inChannel();
    assert.deepEqual(others, []);
    assert.deepEqual([sub!.topic, sub!.at, sub!.timeZone, sub!.quiet, sub!.createdBy], ['bridge', '09:30', 'Europe/Kyiv', true, IDS.user]);

    // Without Manage Channels (an admin may have opened /digest to everyone): refused, nothing stored.
    const refused = await digestCommand('subscribe', [{ name: 'topic', value: 'port' }]);
    assert.match(refused.data.content!, /^Only editors can change the digests of this channel\..*Manage Channels permission/);
    const viaClaim = await claimPrivately('digest subscribe port');
    assert.match(viaClaim.content!, /^Only editors can change/, '/claim query:digest … is checked the same way');
    assert.deepEqual(inChannel().map((s) => s.topic), ['bridge']);

    // Anyone may look.
    const list = await claimPrivately('digest list');
    assert.equal(list.embeds[0]!.title, 'Digests in this channel (1)');
    assert.match(list.embeds[0]!.description, new RegExp(`${sub!.id} · bridge · daily at 09:30`));
    assert.equal((await digestCommand('list', [])).data.embeds[0]!.title, 'Digests in this channel (1)');

    // A bad time: the core's message, privately; the subscription unchanged.
    const badTime = await digestCommand('subscribe', [{ name: 'topic', value: 'bridge' }, { name: 'at', value: '25:00' }], EDITOR);
    assert.match(badTime.data.content!, /"25:00" is not a time of day: use HH:MM on a 24-hour clock/);
    assert.match((await claimPrivately('digest subscribe bridge at 24:10', EDITOR)).content!, /"24:10" is not a time of day/);
    const badZone = await digestCommand('subscribe', [{ name: 'topic', value: 'bridge' }, { name: 'tz', value: 'Mars/Olympus' }], EDITOR);
    assert.match(badZone.data.content!, /"Mars\/Olympus" is not a time zone/);
    assert.equal(inChannel()[0]!.at, '09:30');

    const stopped = await digestCommand('unsubscribe', [{ name: 'target', value: 'bridge' }], EDITOR);
    assert.equal(stopped.data.embeds[0]!.title, 'Digest stopped');
    assert.deepEqual(inChannel(), []);
  });

  it('/digest unsubscribe autocomplete: this channel’s digests, by id or topic, the id as value', async () => {
    await digestCommand('subscribe', [{ name: 'topic', value: 'harbour ferry' }, { name: 'at', value: '07:15' }, { name: 'tz', value: 'UTC' }], EDITOR);
    await digestCommand('subscribe', [{ name: 'topic', value: 'bridge repairs' }], EDITOR);
    const [ferry, bridge] = inChannel();
    const choicesFor = async (value: string) => {
      const { token } = fake.autocomplete([{ name: 'target', value, focused: true }], { command: 'digest', subcommand: 'unsubscribe' });
      return (await fake.waitFor(callbackOf(token), 'the digests')).body.data.choices as Array<{ name: string; value: string }>;
    };
    assert.deepEqual(await choicesFor('ferr'), [{ name: `${ferry!.id} · harbour ferry · 07:15 UTC`, value: ferry!.id }]);
    assert.deepEqual((await choicesFor('')).map((c) => c.value), [ferry!.id, bridge!.id], 'all of them, oldest first');
    assert.deepEqual((await choicesFor(bridge!.id.toUpperCase())).map((c) => c.value), [bridge!.id]);
    assert.deepEqual(await choicesFor('nothing like it'), []);
    for (const s of [ferry!, bridge!]) await digestCommand('unsubscribe', [{ name: 'target', value: s.id }], EDITOR);
    assert.deepEqual(inChannel(), []);
  });

  it('/digest autocomplete: time zones for tz, topics for topic', async () => {
    const { token } = fake.autocomplete([{ name: 'topic', value: 'bridge' }, { name: 'tz', value: 'kyiv', focused: true }], { command: 'digest', subcommand: 'subscribe' });
    const zones = (await fake.waitFor(callbackOf(token), 'the zones')).body.data.choices as Array<{ value: string }>;
    assert.deepEqual(zones.map((c) => c.value), ['Europe/Kyiv']);
    const topics = fake.autocomplete([{ name: 'topic', value: 'bakh', focused: true }], { command: 'digest', subcommand: 'subscribe' });
    const choices = (await fake.waitFor(callbackOf(topics.token), 'the topics')).body.data.choices as Array<{ value: string }>;
    assert.ok(choices.some((c) => c.value === 'Bakhmut'));
  });

  it('a digest reaches Discord as a threaded post at its time: the embed, a thread on it, the citations', async () => {
    setClock('2026-11-02T10:00:00Z');
    await digestCommand('subscribe', [{ name: 'topic', value: 'skerry' }, { name: 'at', value: '08:00' }, { name: 'tz', value: 'UTC' }], EDITOR);
    const [sub] = inChannel();
    await ingestInvented('skerry', '“The ferry to Skerry Island will run again in June,” said harbourmaster Ines Duarte on Thursday.', 'Skerry ferry returns');
    const digestScheduler = scheduler();

    setClock('2026-11-03T07:59:00Z');
    assert.deepEqual((await digestScheduler.tick()).posted, []);
    setClock('2026-11-03T08:00:00Z');
    const report = await digestScheduler.tick();
    assert.deepEqual(report.posted, [{ subscription: sub!.id, day: '2026-11-03', late: false, kind: 'answer' }]);

    const title = 'Digest: skerry · 2026-11-03';
    const parent = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages` && r.body.embeds?.[0]?.title === title);
    assert.ok(parent, 'the digest embed, posted in the channel');
    assert.match(parent.body.embeds[0].description, /^New since the subscription on 2026-11-02: /);
    assert.match(parent.body.embeds[0].fields.map((f: { value: string }) => f.value).join('\n'), /“The ferry to Skerry Island will run again in June” \[1\]/);
    assert.deepEqual(parent.body.allowed_mentions, { parse: [] });

    const thread = fake.requests.find((r) => r.method === 'POST' && /^\/channels\/\d+\/messages\/\d+\/threads$/.test(r.path) && r.body.name === `Citations: ${title}`);
    assert.ok(thread, 'a thread started on the digest');
    assert.equal(thread.path.split('/')[2], IDS.channel);
    const threadId = thread.path.split('/')[4]!;
    const posts = postsIn(threadId);
    assert.equal(posts.length, 1);
    assert.match(posts[0]!.body.embeds[0].title, /^\[1\] Harbour Gazette — Skerry ferry returns$/);
    assert.match(posts[0]!.body.embeds[0].description, /^> “The ferry to Skerry Island will run again in June,” said harbourmaster Ines Duarte on Thursday\./);
    assert.deepEqual(posts[0]!.body.allowed_mentions, { parse: [] });
    const order = [parent, thread, posts[0]!].map((r) => fake.requests.indexOf(r));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'message, thread, citations');

    // The next day, nothing new: one plain line, no thread.
    setClock('2026-11-04T08:00:00Z');
    const quietDay = fake.requests.length;
    assert.deepEqual((await digestScheduler.tick()).posted.map((p) => p.kind), ['nothing']);
    const made = fake.requests.slice(quietDay);
    assert.deepEqual(made.map((r) => `${r.method} ${r.path}`), [`POST /channels/${IDS.channel}/messages`]);
    assert.equal(made[0]!.body.content, 'Digest “skerry” for 2026-11-04: nothing new since the digest of 2026-11-03.');
    assert.deepEqual(made[0]!.body.embeds, []);
    assert.deepEqual(made[0]!.body.allowed_mentions, { parse: [] });
    core.store.digests.unsubscribe('discord', IDS.channel, sub!.id);
  });

  it('a channel Discord no longer knows (404, code 10003) disables its subscription', async () => {
    setClock('2026-11-05T09:00:00Z');
    // One never cached and now unknown; one cached, deleted since (the post is refused).
    digests.handle({ platform: 'discord', channel: GONE_CHANNEL, user: IDS.user, isEditor: true }, 'digest subscribe skerry at 08:00 tz UTC');
    await digestCommand('subscribe', [{ name: 'topic', value: 'skerry' }, { name: 'at', value: '08:00' }, { name: 'tz', value: 'UTC' }], EDITOR);
    const gone = core.store.digests.inChannel('discord', GONE_CHANNEL)[0]!;
    const deleted = inChannel()[0]!;
    fake.failNext('POST', new RegExp(`^/channels/${IDS.channel}/messages$`), 404, { code: 10003, message: 'Unknown Channel' });

    setClock('2026-11-06T08:00:00Z');
    const report = await scheduler().tick();
    assert.deepEqual(report.disabled.sort(), [gone.id, deleted.id].sort());
    assert.deepEqual(report.failed.map((f) => [f.code, f.willRetry]), [
      ['discord_unknown_channel', false],
      ['discord_unknown_channel', false],
    ]);
    for (const id of [gone.id, deleted.id]) {
      const sub = core.store.digests.get(id)!;
      assert.ok(sub.disabledAt, `${id} is disabled`);
      assert.match(sub.disabledReason!, /discord_unknown_channel/);
    }
    assert.ok(fake.requests.some((r) => r.path === `/channels/${GONE_CHANNEL}` && r.status === 404), 'Discord was asked about the channel');
    setClock('2026-11-07T08:00:00Z');
    assert.deepEqual((await scheduler().tick()).posted, [], 'not tried again');
    core.store.digests.unsubscribe('discord', IDS.channel, deleted.id);
  });

  it('a digest whose thread fails is not posted twice; one Discord refuses (50013) is retried', async () => {
    setClock('2026-11-07T10:00:00Z');
    await digestCommand('subscribe', [{ name: 'topic', value: 'lighthouse' }, { name: 'at', value: '08:00' }, { name: 'tz', value: 'UTC' }], EDITOR);
    const [sub] = inChannel();
    await ingestInvented('lighthouse', '“The lighthouse on Skerry Point will be repainted in May,” said council engineer Tomas Reyes on Friday.', 'Lighthouse works');
    const digestScheduler = scheduler();

    // The message is out, the thread is refused: recorded, not retried (it would repeat the message).
    fake.failNext('POST', /\/threads$/, 403, { code: 50013, message: 'Missing Permissions' });
    setClock('2026-11-08T08:00:00Z');
    const partly = await digestScheduler.tick();
    assert.deepEqual(partly.failed, [{ subscription: sub!.id, day: '2026-11-08', code: 'discord_missing_permission', willRetry: false }]);
    assert.deepEqual(partly.disabled, []);
    assert.ok(fake.requests.some((r) => r.path === `/channels/${IDS.channel}/messages` && r.body.embeds?.[0]?.title === 'Digest: lighthouse · 2026-11-08'));
    setClock('2026-11-08T08:30:00Z');
    assert.deepEqual((await digestScheduler.tick()).posted, []);

    // Refused outright (the bot may not post here): retried, and posted once it may.
    fake.failNext('POST', new RegExp(`^/channels/${IDS.channel}/messages$`), 403, { code: 50013, message: 'Missing Permissions' });
    setClock('2026-11-09T08:00:00Z');
    const refused = await digestScheduler.tick();
    assert.deepEqual(refused.failed, [{ subscription: sub!.id, day: '2026-11-09', code: 'discord_missing_permission', willRetry: true }]);
    setClock('2026-11-09T08:01:00Z');
    assert.deepEqual((await digestScheduler.tick()).posted.map((p) => p.day), ['2026-11-09']);
    assert.equal(core.store.digests.get(sub!.id)!.disabledAt, null);
    core.store.digests.unsubscribe('discord', IDS.channel, sub!.id);
  });

  it('without a DigestService, digest commands say digests are not enabled', async () => {
    const own = await FakeDiscord.start({ token: TOKEN });
    const plain = await startDiscord({ core, token: TOKEN, appId: IDS.app, apiUrl: own.apiUrl, log: () => {} });
    try {
      for (const dispatch of [() => own.chatInput([{ name: 'query', value: 'digest list' }]), () => own.chatInput([], { command: 'digest', subcommand: 'list', memberPermissions: EDITOR })]) {
        const { token } = dispatch();
        const callback = await own.waitFor(callbackOf(token), 'the reply');
        assert.equal(callback.body.data.flags, 64);
        assert.equal(callback.body.data.content, 'Digests are not enabled here.');
      }
    } finally {
      await plain.stop();
      await own.close();
    }
  });

  it('adapters/discord/start.ts serves until SIGTERM, and finishes the answer in progress first', async () => {
    const own = await FakeDiscord.start({ token: TOKEN }); // its own gateway: the suite's bot must not see these interactions
    try {
      let messageId = '';
      const run = await runScript(
        'adapters/discord/start.ts',
        { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: own.apiUrl, CLAIMDESK_DATA_DIR: join(dir, 'data'), CLAIMDESK_LOG_LEVEL: 'info' },
        async (child, output) => {
          await until(() => output.stderr.includes('discord: logged in'), 'the runner to log in', 30_000);
          const { token } = own.chatInput([{ name: 'query', value: 'bakhmut control' }]);
          await own.waitFor(editOf(token), 'the answer');
          messageId = own.originalMessageId(token)!;
          child.kill('SIGTERM'); // while the citations are still going out
        },
      );
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /info discord: stopped/);
      assert.doesNotMatch(run.stderr, / (warn|error) /);
      assert.ok(!run.stderr.includes(TOKEN));
      const expected = core.query.handle('bakhmut control');
      const posts = own.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${messageId}/messages`);
      assert.equal(citationNumbers(posts).length, expected.type === 'answer' ? expected.answer.citations.length : -1, 'every citation was posted before it stopped');
    } finally {
      await own.close();
    }
  });

  it('every message sent disables mentions; no unknown route; no token in the logs', () => {
    const messages = fake.requests.map(messageOf).filter((m): m is Record<string, unknown> => m !== null);
    assert.ok(messages.length > 20);
    for (const m of messages) assert.deepEqual(m.allowed_mentions, { parse: [] });
    // Only the 404s a test asked for: injected failures, and the channel Discord no longer knows.
    assert.deepEqual(fake.requests.filter((r) => r.status === 404 && r.note !== 'injected-failure' && r.path !== `/channels/${GONE_CHANNEL}`), []);
    const logged = JSON.stringify(logs);
    assert.ok(!logged.includes(TOKEN));
    assert.ok(!logged.includes('TTTTTTTTTT'), 'interaction tokens stay out of the logs');
    assert.ok(!logs.some((l) => l.fields.code === 'discord_unexpected'), JSON.stringify(logs.filter((l) => l.level === 'error')));
  });
});
