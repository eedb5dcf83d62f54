// The Discord renderer, query building and autocomplete lists: pure functions, no client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { APIEmbed } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import { Suggestions, AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, zoneChoices, type SuggestionSource } from '../adapters/discord/autocomplete.ts';
import { buildDigestText, buildQueryText, commandDefinitions, inviteUrl } from '../adapters/discord/commands.ts';
import {
  CITATION_MESSAGES_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  MESSAGE_CONTENT_MAX,
  MESSAGE_EMBEDS_MAX,
  MESSAGE_EMBEDS_TOTAL_MAX,
  THREAD_NAME_MAX,
  embedLength,
  escapeText,
  renderAnswer,
  renderCitationPages,
  DIGEST_HINT,
  renderDigestError,
  renderFailure,
  renderHelp,
  renderNotice,
  renderQueryError,
  safeUrl,
  threadName,
  truncate,
  type DiscordPayload,
} from '../adapters/discord/render.ts';
import { DigestError, DIGEST_HELP, parseDigestCommand, type DigestErrorCode } from '../src/digest/index.ts';
import { HELP, QueryError, parseQuery, type Answer, type AnswerStatement, type Citation } from '../src/query/index.ts';

function assertEmbedLimits(embed: APIEmbed): void {
  assert.ok((embed.title ?? '').length <= EMBED_TITLE_MAX, `title ${embed.title?.length}`);
  assert.ok((embed.description ?? '').length <= EMBED_DESCRIPTION_MAX, `description ${embed.description?.length}`);
  assert.ok((embed.fields ?? []).length <= EMBED_FIELDS_MAX, `fields ${embed.fields?.length}`);
  for (const f of embed.fields ?? []) {
    assert.ok(f.name.length >= 1 && f.name.length <= EMBED_FIELD_NAME_MAX, `field name ${f.name.length}`);
    assert.ok(f.value.length >= 1 && f.value.length <= EMBED_FIELD_VALUE_MAX, `field value ${f.value.length}`);
  }
  assert.ok((embed.footer?.text ?? '').length <= EMBED_FOOTER_MAX);
  if (embed.url) assert.match(embed.url, /^https?:\/\//);
}

function assertMessageLimits(payload: DiscordPayload): void {
  assert.ok(payload.embeds.length <= MESSAGE_EMBEDS_MAX);
  for (const e of payload.embeds) assertEmbedLimits(e);
  assert.ok(payload.embeds.reduce((n, e) => n + embedLength(e), 0) <= MESSAGE_EMBEDS_TOTAL_MAX);
  assert.ok((payload.content ?? '').length <= MESSAGE_CONTENT_MAX);
  assert.deepEqual(payload.allowedMentions, { parse: [] });
}

/** An answer far over every limit: long words everywhere, 15 groups, 300 citations. */
function hugeAnswer(): Answer {
  const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
  const citations: Citation[] = [];
  const groups = Array.from({ length: 15 }, (_, g) => ({
    label: `Speaker ${g} ${long('name', 100)}`,
    side: null,
    statements: Array.from({ length: 4 }, (): AnswerStatement => {
      const numbers = Array.from({ length: 5 }, () => {
        const n = citations.length + 1;
        citations.push({
          n,
          claimId: `c${n}`,
          outlet: `Outlet ${long('o', 60)}`,
          headline: `Headline ${long('h', 200)}`,
          publishedAt: '2024-01-01',
          url: `https://example.com/${'p'.repeat(100)}/${n}`,
          source: `/srv/secret/feeds/${n}.txt`,
          sentence: `Sentence ${long('**s**', 2000)}`,
        });
        return n;
      });
      return {
        speaker: { id: `s${g}`, name: `Speaker ${g} ${long('name', 100)}`, role: long('role', 300), kind: 'person' },
        content: long('word_', 3000),
        kind: 'direct',
        cue: 'said',
        saidOn: '2024-01-01',
        via: long('via', 100),
        stance: 'neutral',
        citations: numbers,
        outlets: ['A', 'B'],
      };
    }),
  }));
  return {
    query: long('q', 300),
    summary: long('summary', 3000),
    counts: { claims: 300, statements: 60, speakers: 15, outlets: 300 },
    dates: { from: '2024-01-01', to: '2024-02-01' },
    matching: null,
    dispute: null,
    groups,
    citations,
    omitted: 10,
  };
}

test('a huge answer stays within every embed and message limit', () => {
  const answer = hugeAnswer();
  const reply = renderAnswer(answer);
  assert.equal(reply.embeds.length, 1);
  assertMessageLimits(reply);
  const fields = reply.embeds[0]!.fields!;
  assert.equal(fields.at(-1)!.name, 'More', 'what did not fit is counted');
  const shownStatements = fields.slice(0, -1).reduce((n, f) => n + f.value.split('\n').length, 0);
  assert.match(fields.at(-1)!.value, new RegExp(`and ${60 - shownStatements + 10} more statements`));

  const pages = renderCitationPages(answer);
  assert.ok(pages.length >= 2 && pages.length <= CITATION_MESSAGES_MAX);
  for (const page of pages) assertMessageLimits(page);
  const posted = pages.reduce((n, p) => n + p.embeds.length, 0);
  assert.ok(posted < 300);
  assert.equal(pages.at(-1)!.content, `…and ${300 - posted} more citations not shown: narrow the query to see them.`);
  assert.ok(pages.every((p) => p.embeds.every((e) => !JSON.stringify(e).includes('/srv/secret'))), 'no server paths');
  assert.ok(threadName(answer).length <= THREAD_NAME_MAX);
});

test('when claims must be dropped, both sides of a dispute stay in view', () => {
  const statement = (n: number, stance: 'asserts' | 'disputes'): AnswerStatement => ({
    speaker: { id: `s${n}`, name: `Speaker ${n}`, role: null, kind: 'person' },
    content: `${stance} ${'x'.repeat(400)} ${n}`,
    kind: 'indirect',
    cue: 'said',
    saidOn: null,
    via: null,
    stance,
    citations: [n],
    outlets: ['A'],
  });
  const answer: Answer = {
    query: 'dispute',
    summary: 'Sources disagree.',
    counts: { claims: 40, statements: 40, speakers: 40, outlets: 1 },
    dates: null,
    matching: null,
    dispute: { asserting: ['a'], disputing: ['b'] },
    groups: [
      { label: 'Asserting', side: 'asserts', statements: Array.from({ length: 30 }, (_, i) => statement(i + 1, 'asserts')) },
      { label: 'Disputing', side: 'disputes', statements: Array.from({ length: 10 }, (_, i) => statement(i + 31, 'disputes')) },
    ],
    citations: [],
    omitted: 0,
  };
  const reply = renderAnswer(answer);
  assertMessageLimits(reply);
  const names = reply.embeds[0]!.fields!.map((f) => f.name);
  assert.ok(names.includes('Asserting') && names.includes('Disputing'), names.join(', '));
  assert.equal(reply.embeds[0]!.color, 0xe67e22);
});

test('article markdown is escaped; @everyone is left as text but every payload disables mentions', () => {
  assert.equal(escapeText('**bold** _it_ `code` ~~gone~~ ||spoiler||'), '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|');
  assert.equal(escapeText('see [the plan](https://evil.example)'), 'see \\[the plan](https://evil.example)');
  assert.equal(escapeText('# Heading\n- item\n1. first'), '\\# Heading - item 1. first', 'one line: no headings or lists can form');
  assert.equal(escapeText('a\u0000b\u001b[31mc'), 'a b [31mc');
  assert.equal(escapeText('C:\\path'), 'C:\\\\path');

  const answer = oneStatementAnswer(
    '**tram**',
    { speaker: { id: 's1', name: '**Mayor** @here', role: '<@&123> role', kind: 'person' }, content: '@everyone **free** tickets' },
    { outlet: '_Gazette_', headline: '[x](https://evil.example)', url: 'javascript:alert(1)', source: '/data/in/tram.txt', sentence: '“@everyone **free** tickets,” said the mayor.' },
  );
  answer.summary = '1 claim from @everyone';
  const reply = renderAnswer(answer);
  const [embed] = reply.embeds;
  assert.equal(embed!.title, '\\*\\*tram\\*\\*');
  assert.equal(embed!.fields![0]!.name, '\\*\\*Mayor\\*\\* @here');
  assert.equal(embed!.fields![0]!.value, '• “@everyone \\*\\*free\\*\\* tickets” [1]');
  const [page] = renderCitationPages(answer);
  const [citation] = page!.embeds;
  assert.equal(citation!.title, '[1] \\_Gazette\\_ — \\[x](https://evil.example)');
  assert.equal(citation!.url, undefined, 'a javascript: URL is not a link');
  assert.match(citation!.footer!.text, /tram\.txt$/);
  assert.doesNotMatch(citation!.footer!.text, /\/data\/in/);
  for (const payload of [reply, page!, renderHelp(HELP), renderQueryError(new QueryError('empty_query', 'x')), renderFailure('discord_rest_error'), renderNotice('@everyone nothing new')]) {
    assert.deepEqual(payload.allowedMentions, { parse: [] });
  }
});

test('truncate never leaves a dangling escape or half a surrogate pair', () => {
  assert.equal(truncate('abc', 3), 'abc');
  assert.equal(truncate('abcdef', 4), 'abc…');
  const cutOnEscape = truncate(escapeText('aa**bb'), 4); // "aa\*\*bb" → cut inside "\*"
  assert.equal(cutOnEscape, 'aa…');
  assert.equal(truncate('ab😀cd', 4), 'ab…');
  assert.equal(truncate('x'.repeat(500), 256).length, 256);
});

test('safeUrl keeps http(s) links only', () => {
  assert.equal(safeUrl('https://example.com/a b'), 'https://example.com/a%20b');
  assert.equal(safeUrl('ftp://example.com'), null);
  assert.equal(safeUrl('not a url'), null);
  assert.equal(safeUrl(null), null);
  assert.equal(safeUrl(`https://example.com/${'x'.repeat(3000)}`), null);
});

test('help and query errors are ephemeral; the error message is shown as the core wrote it', () => {
  const help = renderHelp(HELP);
  assert.equal(help.flags, 64);
  assert.equal(help.embeds[0]!.title, HELP.title);
  assertMessageLimits(help);
  let error: QueryError | undefined;
  try {
    parseQuery('bakhmut colour:red');
  } catch (e) {
    error = e as QueryError;
  }
  const refused = renderQueryError(error!);
  assert.equal(refused.flags, 64);
  assert.equal(refused.content, error!.message);
  const suggested = renderQueryError(new QueryError('no_results', 'No speaker called "zelenksy" is in the claim index.', 'from:zelensky'));
  assert.match(suggested.content!, /\nTry `\/claim query:from:zelensky`$/);
  const already = renderQueryError(new QueryError('no_results', 'No claims match "bakhmot". Did you mean "bakhmut"?', 'bakhmut'));
  assert.doesNotMatch(already.content!, /Try/);
});

test('the options become query text the parser reads back', () => {
  assert.equal(buildQueryText({ query: ' bakhmut ' }), 'bakhmut');
  const text = buildQueryText({ query: 'bakhmut', from: 'Yevgeny "the chef" Prigozhin', since: 'last month', until: '2023-06' });
  assert.equal(text, 'bakhmut from:"Yevgeny the chef Prigozhin" since:last_month until:2023-06');
  const parsed = parseQuery(text, '2023-05-15');
  assert.deepEqual(parsed.from, ['Yevgeny the chef Prigozhin']);
  assert.equal(parsed.since, '2023-04');
  assert.equal(parsed.until, '2023-06');
  assert.deepEqual(parsed.terms, ['bakhmut']);
});

test('the command definitions: /claim with query (required, autocomplete) and from, since, until', () => {
  const [claim, digest, ...rest] = commandDefinitions();
  assert.equal(rest.length, 0);
  assert.equal(digest!.name, 'digest');
  assert.equal(claim!.name, 'claim');
  assert.ok(claim!.description.length <= 100);
  const options = claim!.options as Array<{ name: string; type: number; required?: boolean; autocomplete?: boolean; max_length?: number }>;
  assert.deepEqual(
    options.map((o) => [o.name, o.type, o.required ?? false, o.autocomplete ?? false]),
    [
      ['query', 3, true, true],
      ['from', 3, false, true],
      ['since', 3, false, false],
      ['until', 3, false, false],
    ],
  );
  assert.equal(options[0]!.max_length, 500);
  assert.deepEqual(claim!.contexts, [0], 'servers only');
  assert.match(inviteUrl('123'), /client_id=123&scope=bot\+applications\.commands&permissions=\d+$/);
});

function source(): SuggestionSource & { bump(): void; calls: number } {
  let version = 1;
  const speakers = [
    { id: 's1', name: 'Yevgeny Prigozhin', kind: 'person' as const, roles: [], aliases: ['Yevgeny Prigozhin', 'Prigozhin'] },
    { id: 's2', name: 'Volodymyr Zelensky', kind: 'person' as const, roles: [], aliases: ['Volodymyr Zelensky', 'Zelenskyy'] },
    { id: 's3', name: `Committee ${'x'.repeat(120)}`, kind: 'organisation' as const, roles: [], aliases: [] },
  ];
  const claims = [
    { speakerId: 's1', content: 'Legally, Bakhmut is taken' },
    { speakerId: 's1', content: 'Bakhmut control is ours' },
    { speakerId: 's2', content: 'Bakhmut control is not lost' },
    { speakerId: 's3', content: 'Grain exports resumed' },
  ];
  const s = {
    calls: 0,
    speakers: () => speakers,
    claimTexts: () => {
      s.calls += 1;
      return claims;
    },
    version: () => version,
    bump: () => {
      version += 1;
      claims.push({ speakerId: 's2', content: 'Avdiivka holds' });
    },
  };
  return s;
}

test('autocomplete: speakers and topics, at most 25 choices of at most 100 characters', async () => {
  const suggestions = new Suggestions(source());
  await suggestions.load();
  const check = (choices: Array<{ name: string; value: string }>) => {
    assert.ok(choices.length <= AUTOCOMPLETE_CHOICES_MAX);
    for (const c of choices) assert.ok(c.name.length >= 1 && c.name.length <= CHOICE_NAME_MAX && c.value.length >= 1 && c.value.length <= CHOICE_VALUE_MAX, JSON.stringify(c));
    assert.equal(new Set(choices.map((c) => c.value)).size, choices.length, 'no value twice');
    return choices.map((c) => c.value);
  };
  assert.deepEqual(check(suggestions.forQuery('bakh')).slice(0, 3), ['bakh', 'Bakhmut', 'Bakhmut control']);
  assert.ok(check(suggestions.forQuery('prig')).includes('from:"Yevgeny Prigozhin"'));
  assert.ok(check(suggestions.forQuery('bakhmut zelen')).includes('bakhmut from:"Volodymyr Zelensky"'), 'any spelling, after other words');
  assert.ok(check(suggestions.forQuery('bakhmut from:zel')).includes('bakhmut from:"Volodymyr Zelensky"'));
  assert.ok(check(suggestions.forQuery('bakhmut co')).includes('Bakhmut control'), 'a topic continuing the whole text');
  const empty = check(suggestions.forQuery(''));
  assert.equal(empty[0], 'from:"Yevgeny Prigozhin"', 'the most quoted speaker first');
  assert.ok(!empty.some((v) => v.includes('Committee')), 'a value over 100 characters is never offered');
  assert.ok(check(suggestions.forQuery('x'.repeat(150))).length === 0, 'a long query is not echoed back as a choice');
  assert.deepEqual(check(suggestions.forSpeaker('zelenskyy')), ['Volodymyr Zelensky']);
  const committee = suggestions.forSpeaker('committee');
  assert.equal(committee.length, 0, 'its name is over 100 characters: not a valid value');
});

test('autocomplete lists are rebuilt only when stale and the store changed', async () => {
  let now = 0;
  const store = source();
  const suggestions = new Suggestions(store, { ttlMs: 1000, now: () => now });
  await suggestions.load();
  assert.equal(store.calls, 1);
  assert.equal(suggestions.refreshIfStale(), null, 'fresh');
  now = 2000;
  assert.equal(suggestions.refreshIfStale(), null, 'stale, but the store has not changed');
  store.bump();
  now = 4000;
  await suggestions.refreshIfStale();
  assert.equal(store.calls, 2);
  assert.ok(suggestions.forQuery('avd').some((c) => c.value === 'Avdiivka'));
});

test('/digest: Manage Channels by default, servers only; subscribe, list, unsubscribe and their options', () => {
  const digest = commandDefinitions()[1]!;
  assert.equal(digest.default_member_permissions, String(PermissionFlagsBits.ManageChannels));
  assert.deepEqual(digest.contexts, [0]);
  const subcommands = digest.options as Array<{ name: string; type: number; description: string; options?: Array<{ name: string; type: number; required?: boolean; autocomplete?: boolean }> }>;
  assert.deepEqual(
    subcommands.map((s) => [s.name, s.type, (s.options ?? []).map((o) => [o.name, o.type, o.required ?? false, o.autocomplete ?? false])]),
    [
      ['subscribe', 1, [['topic', 3, true, true], ['at', 3, false, false], ['tz', 3, false, true], ['quiet', 5, false, false]]],
      ['list', 1, []],
      ['unsubscribe', 1, [['target', 3, true, true]]],
    ],
  );
  for (const s of subcommands) assert.ok(s.description.length <= 100);
});

function throwsDigestError(fn: () => unknown, code: DigestErrorCode): void {
  assert.throws(fn, (e: unknown) => e instanceof DigestError && e.code === code);
}

test('/digest options become the text of /claim digest …, which the core reads back as the same command', () => {
  const text = buildDigestText({ subcommand: 'subscribe', topic: ' bakhmut  from:zelensky ', at: '8:05', tz: 'Europe/Kyiv', quiet: true });
  assert.equal(text, 'digest subscribe bakhmut from:zelensky at 08:05 tz Europe/Kyiv quiet');
  assert.deepEqual(parseDigestCommand(text), { action: 'subscribe', topic: 'bakhmut from:zelensky', at: '08:05', timeZone: 'Europe/Kyiv', quiet: true });
  assert.equal(buildDigestText({ subcommand: 'subscribe', topic: 'bridge', at: null, tz: null, quiet: false }), 'digest subscribe bridge');
  assert.equal(buildDigestText({ subcommand: 'list' }), 'digest list');
  assert.equal(buildDigestText({ subcommand: 'unsubscribe', target: ' d3 ' }), 'digest unsubscribe d3');
  // In text, "at 8am" would silently be topic words: as an option it is refused.
  throwsDigestError(() => buildDigestText({ subcommand: 'subscribe', topic: 'bridge', at: '8am' }), 'bad_time');
  throwsDigestError(() => buildDigestText({ subcommand: 'subscribe', topic: 'bridge', tz: 'Mars/Olympus' }), 'bad_zone');
  // Option words inside a topic stay in it (the text form reads options from the end only)…
  assert.equal(buildDigestText({ subcommand: 'subscribe', topic: 'quiet zone' }), 'digest subscribe quiet zone');
  assert.equal(parseDigestCommand(buildDigestText({ subcommand: 'subscribe', topic: 'war zone casualties', tz: 'UTC' })).action, 'subscribe');
  // …but a topic ending in what reads as an option would lose it: refused.
  throwsDigestError(() => buildDigestText({ subcommand: 'subscribe', topic: 'ferry at 10:00' }), 'bad_topic');
  throwsDigestError(() => buildDigestText({ subcommand: 'subscribe', topic: 'ceasefire talks quiet' }), 'bad_topic');
  throwsDigestError(() => buildDigestText({ subcommand: 'subscribe', topic: 'bakhmut colour:red' }), 'bad_topic');
});

test('digest replies: help with the /digest hint, errors as the core wrote them, not_editor naming Manage Channels, plain notices', () => {
  const help = renderHelp({ title: 'Daily digests of new claims', lines: DIGEST_HELP }, DIGEST_HINT);
  assert.equal(help.flags, 64);
  assert.match(help.embeds[0]!.description!, /`\/digest subscribe`/);
  assert.doesNotMatch(help.embeds[0]!.description!, /from\*\*, \*\*since/, 'not /claim’s options hint');
  assertMessageLimits(help);
  const notEditor = renderDigestError(new DigestError('not_editor', 'Only editors can change the digests of this channel.'));
  assert.equal(notEditor.flags, 64);
  assert.equal(notEditor.content, 'Only editors can change the digests of this channel. On Discord, editors are members with the Manage Channels permission in this channel.');
  assert.equal(renderDigestError(new DigestError('bad_time', '"x" is not a time of day.')).content, '"x" is not a time of day.');
  const notice = renderNotice('Digest “**bridge**” for 2026-11-03: nothing new.');
  assert.equal(notice.content, 'Digest “\\*\\*bridge\\*\\*” for 2026-11-03: nothing new.');
  assert.deepEqual(notice.embeds, []);
});

test('time zone choices: common zones first, any part of the name, at most 25', () => {
  const common = zoneChoices('');
  assert.ok(common.length > 5 && common.length <= AUTOCOMPLETE_CHOICES_MAX);
  assert.equal(common[0]!.value, 'UTC');
  assert.deepEqual(zoneChoices('kyiv').map((c) => c.value), ['Europe/Kyiv']);
  assert.deepEqual(zoneChoices('new york').map((c) => c.value), ['America/New_York']);
  assert.equal(zoneChoices('america').length, AUTOCOMPLETE_CHOICES_MAX);
  assert.deepEqual(zoneChoices('zzz'), []);
  for (const c of zoneChoices('a')) assert.ok(c.name.length <= CHOICE_NAME_MAX && c.value === c.name);
});

/** An answer of one statement with one citation; the parts given replace the defaults. */
function oneStatementAnswer(query: string, statement: Partial<AnswerStatement>, citation: Partial<Citation>): Answer {
  const s: AnswerStatement = {
    speaker: { id: 's1', name: 'Speaker', role: null, kind: 'person' },
    content: 'a claim',
    kind: 'direct',
    cue: 'said',
    saidOn: null,
    via: null,
    stance: 'neutral',
    citations: [1],
    outlets: ['A'],
    ...statement,
  };
  return {
    query,
    summary: '1 claim',
    counts: { claims: 1, statements: 1, speakers: 1, outlets: 1 },
    dates: null,
    matching: null,
    dispute: null,
    groups: [{ label: s.speaker.name, side: null, statements: [s] }],
    citations: [{ n: 1, claimId: 'c1', outlet: 'Gazette', headline: 'Headline', publishedAt: null, url: null, source: 'a.txt', sentence: 'A sentence.', ...citation }],
    omitted: 0,
  };
}

test('a speaker who is only a role ("company spokesman") is named once, not "company spokesman, company spokesman"', () => {
  const line = (role: string | null) => {
    const answer = oneStatementAnswer('appeal', { speaker: { id: 's1', name: 'company spokesman', role, kind: 'person' }, content: 'We will appeal' }, { sentence: '“We will appeal,” said the company spokesman.' });
    return renderCitationPages(answer)[0]!.embeds[0]!.description!;
  };
  assert.match(line('company spokesman'), /— \*\*company spokesman\*\* · said/);
  assert.match(line('of Port Aldo'), /— \*\*company spokesman\*\*, of Port Aldo · said/);
});
