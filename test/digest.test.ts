// Tests of src/digest: the subscription commands, and the scheduler with an injectable clock —
// on time across a DST change, exactly once across restarts and with two schedulers, catch-up
// after downtime, "nothing new", retries, a deleted channel, an interrupted post.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Core } from '../src/core.ts';
import {
  DigestError,
  DigestPostError,
  DigestScheduler,
  DigestService,
  parseDigestCommand,
  type DigestContext,
  type DigestErrorCode,
  type DigestPost,
  type DigestPoster,
} from '../src/digest/index.ts';
import { tempDirs } from './fixtures/temp.ts';

const tempDir = tempDirs('digest');

/** A clock the test moves by hand. */
class Clock {
  constructor(private t: Date) {}
  now = () => new Date(this.t);
  set(iso: string): void {
    this.t = new Date(iso);
  }
}

/** Records posts; can be told to fail. */
class RecordingPoster implements DigestPoster {
  posts: Array<{ channel: string; digest: DigestPost }> = [];
  failWith: DigestPostError | null = null;
  async post(channel: string, digest: DigestPost): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.posts.push({ channel, digest });
  }
}

let articleCount = 0;
/** Writes an invented article with one attributed claim about `topic` and ingests it. */
async function ingestArticle(core: Core, dir: string, topic: string, speaker: string): Promise<void> {
  const n = ++articleCount;
  const file = join(dir, `article-${n}.txt`);
  writeFileSync(file, `---\noutlet: Harbour Gazette\npublished: 2026-10-2${n % 10}\nheadline: News ${n}\n---\n“The ${topic} will reopen within ${n + 1} weeks,” said ${speaker} on Monday.\n`);
  const report = await core.ingest([file]);
  assert.equal(report.counts.added, 1, `article ${n} was not stored`);
}

async function setup(start: string) {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const core = await Core.open({ dataDir, seed: false });
  const clock = new Clock(new Date(start));
  const service = new DigestService(core.store, core.query, { defaultZone: 'Europe/Kyiv', now: clock.now });
  const poster = new RecordingPoster();
  const logs: string[] = [];
  const scheduler = new DigestScheduler({ store: core.store, service, posters: { slack: poster }, log: (level, message) => logs.push(`${level} ${message}`), now: clock.now });
  const editor: DigestContext = { platform: 'slack', channel: 'C1', user: 'U1', isEditor: true };
  return { dir, dataDir, core, clock, service, poster, scheduler, editor, logs };
}

function throwsDigestError(fn: () => unknown, code: DigestErrorCode): void {
  assert.throws(fn, (e: unknown) => e instanceof DigestError && e.code === code && e.message.length > 0);
}

describe('digest commands', () => {
  it('parses subscribe with its options in any order, list, unsubscribe and help', () => {
    assert.deepEqual(parseDigestCommand('digest subscribe bakhmut control at 8:05 tz Europe/Kyiv'), { action: 'subscribe', topic: 'bakhmut control', at: '08:05', timeZone: 'Europe/Kyiv', quiet: false });
    assert.deepEqual(parseDigestCommand('digest subscribe from:zelensky tz UTC quiet'), { action: 'subscribe', topic: 'from:zelensky', at: null, timeZone: 'UTC', quiet: true });
    // Option words inside the topic stay in it: options are read from the end.
    assert.deepEqual(parseDigestCommand('subscribe attack at dawn'), { action: 'subscribe', topic: 'attack at dawn', at: null, timeZone: null, quiet: false });
    assert.deepEqual(parseDigestCommand('subscribe war zone casualties'), { action: 'subscribe', topic: 'war zone casualties', at: null, timeZone: null, quiet: false });
    assert.deepEqual(parseDigestCommand('subscribe quiet diplomacy at 09:00 quiet'), { action: 'subscribe', topic: 'quiet diplomacy', at: '09:00', timeZone: null, quiet: true });
    assert.deepEqual(parseDigestCommand('subscribe ceasefire zone Europe/Kyiv'), { action: 'subscribe', topic: 'ceasefire', at: null, timeZone: 'Europe/Kyiv', quiet: false });
    assert.deepEqual(parseDigestCommand('digest list'), { action: 'list' });
    assert.deepEqual(parseDigestCommand('digest unsubscribe d3'), { action: 'unsubscribe', target: 'd3' });
    assert.deepEqual(parseDigestCommand('digest'), { action: 'help' });
  });

  it('refuses bad times, zones, topics and verbs with a code and a message', () => {
    throwsDigestError(() => parseDigestCommand('digest subscribe bakhmut at 25:00'), 'bad_time');
    throwsDigestError(() => parseDigestCommand('digest subscribe bakhmut tz Mars/Olympus'), 'bad_zone');
    throwsDigestError(() => parseDigestCommand('digest subscribe bakhmut tz +02:00'), 'bad_zone');
    throwsDigestError(() => parseDigestCommand('digest subscribe at 08:00'), 'missing_topic');
    throwsDigestError(() => parseDigestCommand('digest subscribe bakhmut author:me'), 'bad_topic');
    throwsDigestError(() => parseDigestCommand('digest subscribe bakhmut since:someday'), 'bad_topic');
    throwsDigestError(() => parseDigestCommand('digest unsubscribe'), 'missing_target');
    throwsDigestError(() => parseDigestCommand('digest frobnicate'), 'unknown_command');
  });

  it('subscribes, updates, lists and unsubscribes a channel; only editors change anything', async () => {
    const { core, service, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      const reporter: DigestContext = { ...editor, user: 'U2', isEditor: false };
      throwsDigestError(() => service.handle(reporter, 'digest subscribe bridge'), 'not_editor');

      const first = service.handle(editor, 'digest subscribe bridge');
      assert.equal(first.title, 'Digest subscribed');
      assert.match(first.lines[0]!, /^d1 · bridge · daily at 08:00 Europe\/Kyiv · next: 2026-11-03 08:00$/);
      const again = service.handle(editor, 'digest subscribe bridge at 09:30 tz UTC quiet');
      assert.equal(again.title, 'Digest updated');
      service.handle(editor, 'digest subscribe from:kovalenko at 07:00');
      service.handle({ ...editor, channel: 'C2' }, 'digest subscribe port');

      const list = service.handle(reporter, 'digest list'); // anyone may look
      assert.equal(list.title, 'Digests in this channel (2)');
      assert.match(list.lines[0]!, /^d1 · bridge · daily at 09:30 UTC, quiet on days with nothing new · next: 2026-11-03 09:30$/);
      assert.match(list.lines[1]!, /^d2 · from:kovalenko · daily at 07:00 Europe\/Kyiv/);

      throwsDigestError(() => service.handle(reporter, 'digest unsubscribe d1'), 'not_editor');
      throwsDigestError(() => service.handle(editor, 'digest unsubscribe d3'), 'not_found'); // d3 is C2's
      assert.match(service.handle(editor, 'digest unsubscribe D1').lines[0]!, /^d1 · bridge/);
      assert.match(service.handle(editor, 'digest unsubscribe from:kovalenko').lines[0]!, /^d2/);
      assert.equal(service.handle(editor, 'digest list').title, 'No digests in this channel');
      assert.equal(core.store.digests.inChannel('slack', 'C2').length, 1);
    } finally {
      core.close();
    }
  });

  it('keeps subscriptions across a restart', async () => {
    const { core, dataDir, service, editor } = await setup('2026-11-02T10:00:00Z');
    service.handle(editor, 'digest subscribe bridge at 06:45');
    core.close();
    const reopened = await Core.open({ dataDir, seed: false });
    try {
      const [sub] = reopened.store.digests.inChannel('slack', 'C1');
      assert.equal(sub?.topic, 'bridge');
      assert.equal(sub?.at, '06:45');
    } finally {
      reopened.close();
    }
  });
});

describe('digest scheduler', () => {
  it('posts at 08:00 Europe/Kyiv on both sides of the October DST change, with only the new claims', async () => {
    const { dir, core, clock, service, poster, scheduler, editor } = await setup('2026-10-23T12:00:00Z');
    try {
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko'); // before subscribing: not news
      service.handle(editor, 'digest subscribe bridge');
      await ingestArticle(core, dir, 'bridge', 'Engineer Petro Hnatyuk');

      clock.set('2026-10-24T04:59:00Z'); // 07:59 EEST (UTC+3)
      assert.deepEqual((await scheduler.tick()).posted, []);
      clock.set('2026-10-24T05:00:00Z'); // 08:00 EEST
      const saturday = await scheduler.tick();
      assert.deepEqual(saturday.posted, [{ subscription: 'd1', day: '2026-10-24', late: false, kind: 'answer' }]);
      const digest = poster.posts[0]!.digest;
      assert.equal(poster.posts[0]!.channel, 'C1');
      assert.equal(digest.kind, 'answer');
      if (digest.kind !== 'answer') return;
      assert.equal(digest.answer.counts.claims, 1);
      assert.match(digest.answer.summary, /^New since the subscription on 2026-10-23: /);
      assert.match(digest.answer.query, /^Digest: bridge · 2026-10-24$/);
      assert.ok(digest.answer.citations.every((c) => !c.sentence.includes('Kovalenko')), 'the claim stored before subscribing is not in the digest');

      await ingestArticle(core, dir, 'bridge', 'Deputy Mayor Iryna Savchuk');
      // The clocks go back at 04:00 on 25 October: 08:00 is now UTC+2, 06:00Z.
      clock.set('2026-10-25T05:30:00Z');
      assert.deepEqual((await scheduler.tick()).posted, []);
      clock.set('2026-10-25T06:00:00Z');
      assert.deepEqual((await scheduler.tick()).posted.map((p) => p.day), ['2026-10-25']);
      const sunday = poster.posts[1]!.digest;
      assert.equal(sunday.kind, 'answer');
      if (sunday.kind !== 'answer') return;
      assert.equal(sunday.answer.counts.claims, 1, 'only the claim stored since the last digest');
      assert.match(sunday.answer.summary, /^New since the digest of 2026-10-24: /);
    } finally {
      core.close();
    }
  });

  it('posts each (subscription, day) once: ticking again, after a restart, and with two schedulers', async () => {
    const { dir, dataDir, core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko');
      clock.set('2026-11-03T08:00:30Z');
      assert.equal((await scheduler.tick()).posted.length, 1);
      assert.equal((await scheduler.tick()).posted.length, 0);

      // A restarted process: a new core and scheduler on the same store.
      const restarted = await Core.open({ dataDir, seed: false });
      const other = new RecordingPoster();
      try {
        const again = new DigestScheduler({ store: restarted.store, service: new DigestService(restarted.store, restarted.query, { defaultZone: 'UTC', now: clock.now }), posters: { slack: other }, log: () => {}, now: clock.now });
        assert.equal((await again.tick()).posted.length, 0);

        // The next day, two processes tick at once: one posts.
        await ingestArticle(core, dir, 'bridge', 'Engineer Petro Hnatyuk');
        clock.set('2026-11-04T08:00:05Z');
        const [a, b] = await Promise.all([scheduler.tick(), again.tick()]);
        assert.equal(a.posted.length + b.posted.length, 1);
        assert.equal(poster.posts.length + other.posts.length, 2);
      } finally {
        restarted.close();
      }
    } finally {
      core.close();
    }
  });

  it('after downtime posts the latest missed day once, marked late', async () => {
    const { dir, core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko');
      clock.set('2026-11-05T13:00:00Z'); // down through the 3rd, 4th and 5th at 08:00
      const report = await scheduler.tick();
      assert.deepEqual(report.posted, [{ subscription: 'd1', day: '2026-11-05', late: true, kind: 'answer' }]);
      const digest = poster.posts[0]!.digest;
      assert.ok(digest.kind === 'answer' && /\(late\)$/.test(digest.answer.query));
      assert.ok(digest.kind === 'answer' && /^Posted late: claimdesk was not running at 08:00 UTC\. /.test(digest.answer.summary));
      clock.set('2026-11-05T13:05:00Z');
      assert.equal((await scheduler.tick()).posted.length, 0);
      assert.equal(poster.posts.length, 1);
    } finally {
      core.close();
    }
  });

  it('says "nothing new" on a day without new claims, or stays silent when quiet', async () => {
    const { core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      service.handle({ ...editor, channel: 'C2' }, 'digest subscribe bridge at 08:00 tz UTC quiet');
      clock.set('2026-11-03T08:01:00Z');
      const report = await scheduler.tick();
      assert.deepEqual(report.posted.map((p) => p.kind).sort(), ['nothing', 'quiet']);
      assert.equal(poster.posts.length, 1);
      const digest = poster.posts[0]!.digest;
      assert.equal(poster.posts[0]!.channel, 'C1');
      assert.ok(digest.kind === 'nothing');
      assert.equal(digest.text, 'Digest “bridge” for 2026-11-03: nothing new since the subscription on 2026-11-02.');
      // The quiet day still counts as done: it is not posted later.
      assert.equal(core.store.digests.runs('d2')[0]?.status, 'posted');
    } finally {
      core.close();
    }
  });

  it('retries a failed post with backoff, then gives up and records it', async () => {
    const { dir, core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko');
      poster.failWith = new DigestPostError('ratelimited');
      clock.set('2026-11-03T08:00:00Z');
      assert.deepEqual((await scheduler.tick()).failed, [{ subscription: 'd1', day: '2026-11-03', code: 'ratelimited', willRetry: true }]);
      clock.set('2026-11-03T08:00:30Z'); // the first retry waits a minute
      const early = await scheduler.tick();
      assert.equal(early.posted.length + early.failed.length, 0);
      poster.failWith = null;
      clock.set('2026-11-03T08:01:00Z');
      assert.equal((await scheduler.tick()).posted.length, 1);
      const run = core.store.digests.runs('d1')[0]!;
      assert.equal(run.status, 'posted');
      assert.equal(run.attempts, 2);

      // Failing every time: given up after the last retry, with the error recorded.
      poster.failWith = new DigestPostError('http_503');
      await ingestArticle(core, dir, 'bridge', 'Engineer Petro Hnatyuk');
      const times = ['2026-11-04T08:00:00Z', '2026-11-04T08:01:00Z', '2026-11-04T08:06:00Z', '2026-11-04T08:36:00Z', '2026-11-04T12:00:00Z'];
      const retries: boolean[] = [];
      for (const t of times) {
        clock.set(t);
        retries.push(...(await scheduler.tick()).failed.map((f) => f.willRetry));
      }
      assert.deepEqual(retries, [true, true, true, false]);
      const failed = core.store.digests.runs('d1')[1]!;
      assert.equal(failed.status, 'failed');
      assert.equal(failed.attempts, 4);
      assert.match(failed.error!, /^http_503/);
      assert.equal(failed.nextAttemptAt, null);

      // The next day's digest still carries the claims the failed one did not deliver.
      poster.failWith = null;
      clock.set('2026-11-05T08:00:00Z');
      await scheduler.tick();
      const next = poster.posts.at(-1)!.digest;
      assert.ok(next.kind === 'answer' && next.answer.counts.claims === 1 && /since the digest of 2026-11-03/.test(next.answer.summary));
    } finally {
      core.close();
    }
  });

  it('disables the subscription of a channel that no longer exists, with the reason logged', async () => {
    const { dir, core, clock, service, poster, scheduler, editor, logs } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko');
      poster.failWith = new DigestPostError('channel_not_found', { channelGone: true });
      clock.set('2026-11-03T08:00:00Z');
      const report = await scheduler.tick();
      assert.deepEqual(report.disabled, ['d1']);
      assert.ok(logs.some((l) => l.startsWith('warn digest: the channel is gone')));
      assert.match(service.handle(editor, 'digest list').lines[0]!, /disabled: the channel is gone \(channel_not_found\)$/);
      poster.failWith = null;
      clock.set('2026-11-04T08:00:00Z');
      assert.equal((await scheduler.tick()).posted.length, 0);
      assert.equal(poster.posts.length, 0);
    } finally {
      core.close();
    }
  });

  it('does not repeat a post interrupted by a crash, and does not retry one that got partly out', async () => {
    const { dir, core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(core, dir, 'bridge', 'Mayor Olena Kovalenko');
      // A process took the run and died before recording it.
      const taken = core.store.digests.takeRun('d1', '2026-11-03', new Date('2026-11-03T08:00:00Z'), false, new Date('2026-11-03T08:00:01Z'), 10 * 60_000);
      assert.ok(taken);
      clock.set('2026-11-03T08:05:00Z');
      assert.equal((await scheduler.tick()).posted.length, 0, 'still leased');
      clock.set('2026-11-03T08:20:00Z');
      assert.deepEqual((await scheduler.tick()).abandoned, [{ subscription: 'd1', day: '2026-11-03' }]);
      assert.equal(poster.posts.length, 0);

      poster.failWith = new DigestPostError('msg_too_long', { partly: true });
      clock.set('2026-11-04T08:00:00Z');
      assert.deepEqual((await scheduler.tick()).failed.map((f) => f.willRetry), [false]);
    } finally {
      core.close();
    }
  });

  it('finds the claims another process stored: the index catches up before the digest is composed', async () => {
    const { dir, dataDir, core, clock, service, poster, editor } = await setup('2026-11-02T10:00:00Z');
    const scheduler = new DigestScheduler({ store: core.store, service, posters: { slack: poster }, log: () => {}, now: clock.now, catchUp: () => core.catchUp() });
    const other = await Core.open({ dataDir, seed: false });
    try {
      service.handle(editor, 'digest subscribe bridge at 08:00 tz UTC');
      await ingestArticle(other, dir, 'bridge', 'Mayor Olena Kovalenko'); // this process's index has not seen it
      clock.set('2026-11-03T08:00:00Z');
      await scheduler.tick();
      const digest = poster.posts[0]!.digest;
      assert.ok(digest.kind === 'answer' && digest.answer.counts.claims === 1, 'the claim is in the digest');
    } finally {
      other.close();
      core.close();
    }
  });

  it('leaves the subscriptions of platforms it does not post to alone', async () => {
    const { core, clock, service, poster, scheduler, editor } = await setup('2026-11-02T10:00:00Z');
    try {
      service.handle({ ...editor, platform: 'discord' }, 'digest subscribe bridge at 08:00 tz UTC');
      clock.set('2026-11-03T08:00:00Z');
      assert.equal((await scheduler.tick()).posted.length, 0);
      assert.equal(poster.posts.length, 0);
      assert.deepEqual(core.store.digests.runs('d1'), []);
    } finally {
      core.close();
    }
  });
});
