// Tests of src/watch and `claimdesk watch`: files in the folder at start and dropped later are
// ingested and moved to done/, unreadable ones to failed/ with the error beside them, names in
// done/ and failed/ are never overwritten, and half-written, hidden and partial files wait.
// fs.watch events are off except in the test of them, and the rescan timer never comes due:
// scans happen when a test calls scanNow() (and once at start).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Core } from '../src/core.ts';
import type { Log } from '../src/log.ts';
import { watchFolder, type FileResult, type Watcher, type WatchOptions } from '../src/watch/index.ts';

// Invented articles with attributed quotes.
const TRAM = [
  '---',
  'outlet: The Harbour Courier',
  'published: 2024-06-03',
  'headline: Tram line to reach the harbour by 2026',
  '---',
  '“The tram will reach the harbour by 2026,” said Mirela Dobos, the transport commissioner, on Monday.',
  '',
  'Shop owners on the quay said the building work would drive customers away for a year.',
].join('\n');

const MARKET = [
  '---',
  'outlet: The Harbour Courier',
  'published: 2024-06-04',
  'headline: Night market returns',
  '---',
  '“The night market will return every Friday this summer,” said Jonas Weber, the festival director, on Tuesday.',
].join('\n');

const PARK = [
  '---',
  'outlet: The Harbour Courier',
  'published: 2024-06-05',
  'headline: Park to get new trees',
  '---',
  '“We will plant four hundred trees in the park before the autumn,” said Aiko Tanaka, the city gardener, on Wednesday.',
].join('\n');

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

const temps: string[] = [];
const closers: Array<() => unknown> = [];
after(async () => {
  for (const close of closers.reverse()) await close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimdesk-watch-${prefix}-`));
  temps.push(dir);
  return dir;
}

const log: Log = () => {};

async function setup(extra: Partial<WatchOptions> = {}): Promise<{ dir: string; core: Core; handled: FileResult[]; watcher: Watcher }> {
  const dir = tempDir('in');
  const core = await Core.open({ dataDir: tempDir('data'), seed: false });
  closers.push(() => core.close());
  const handled: FileResult[] = [];
  const watcher = await watchFolder({ core, dir, log, settleMs: 10, pollMs: 60 * 60_000, events: false, onFile: (r) => handled.push(r), ...extra });
  closers.push(() => watcher.stop());
  // The scan at start, of an empty folder, is over before a test writes files.
  assert.deepEqual(await watcher.scanNow(), []);
  return { dir, core, handled, watcher };
}

const ls = (dir: string) => readdirSync(dir).sort();
const speakers = (core: Core) => new Set(core.store.allClaims().map((c) => c.speaker.name));

describe('watchFolder', () => {
  it('ingests the files present at start and moves them to done/', async () => {
    const dir = tempDir('in');
    writeFileSync(join(dir, 'tram.txt'), TRAM);
    writeFileSync(join(dir, 'market.txt'), MARKET);
    const core = await Core.open({ dataDir: tempDir('data'), seed: false });
    closers.push(() => core.close());
    const handled: FileResult[] = [];
    const watcher = await watchFolder({ core, dir, log, settleMs: 10, pollMs: 60 * 60_000, events: false, onFile: (r) => handled.push(r) });
    closers.push(() => watcher.stop());
    // The start scan runs first; this one finds nothing left.
    assert.deepEqual(await watcher.scanNow(), []);

    assert.deepEqual(ls(dir), ['done', 'failed']);
    assert.deepEqual(ls(join(dir, 'done')), ['market.txt', 'tram.txt']);
    assert.equal(readFileSync(join(dir, 'done', 'tram.txt'), 'utf8'), TRAM);
    assert.deepEqual(
      handled.map((r) => [r.name, r.outcome, r.movedTo, r.articles]),
      [['market.txt', 'done', 'done/market.txt', 1], ['tram.txt', 'done', 'done/tram.txt', 1]],
    );
    assert.ok(handled.every((r) => r.claims > 0));
    const tram = core.store.allClaims().find((c) => c.speaker.name === 'Mirela Dobos');
    assert.ok(tram, 'the commissioner’s claim is in the store');
    assert.equal(tram.outlet, 'The Harbour Courier');
    assert.equal(tram.publishedAt, '2024-06-03');
    const reply = core.query.handle('tram harbour');
    assert.ok(reply.type === 'answer' && reply.answer.citations.length > 0, 'the query core answers from it');
  });

  it('moves empty and binary files to failed/ with NAME.error.txt naming the code', async () => {
    const { dir, core, watcher } = await setup();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'photo.txt'), BINARY);
    writeFileSync(join(dir, 'park.txt'), PARK);
    const results = await watcher.scanNow();

    assert.deepEqual(
      results.map((r) => [r.name, r.outcome, r.error?.code]),
      [['empty.txt', 'failed', 'empty'], ['park.txt', 'done', undefined], ['photo.txt', 'failed', 'binary']],
    );
    assert.deepEqual(ls(join(dir, 'failed')), ['empty.txt', 'empty.txt.error.txt', 'photo.txt', 'photo.txt.error.txt']);
    assert.match(readFileSync(join(dir, 'failed', 'empty.txt.error.txt'), 'utf8'), /^empty: .*empty\.txt has no article text/);
    assert.match(readFileSync(join(dir, 'failed', 'photo.txt.error.txt'), 'utf8'), /^binary: .*photo\.txt is binary \(a PNG image/);
    assert.deepEqual(readFileSync(join(dir, 'failed', 'photo.txt')), BINARY, 'the file is kept as it was');
    assert.deepEqual(ls(join(dir, 'done')), ['park.txt']);
    assert.equal(core.store.counts().articles, 1);
  });

  it('gives a suffix to a name already taken in done/ or failed/, never overwriting', async () => {
    const { dir, watcher } = await setup();
    writeFileSync(join(dir, 'tram.txt'), TRAM);
    await watcher.scanNow();
    // The same name again (a corrected version), then a third time.
    writeFileSync(join(dir, 'tram.txt'), `${TRAM}\n\nThe commissioner did not give a cost.`);
    await watcher.scanNow();
    writeFileSync(join(dir, 'tram.txt'), TRAM);
    await watcher.scanNow();
    assert.deepEqual(ls(join(dir, 'done')), ['tram-1.txt', 'tram-2.txt', 'tram.txt']);
    assert.match(readFileSync(join(dir, 'done', 'tram-1.txt'), 'utf8'), /did not give a cost/);
    assert.equal(readFileSync(join(dir, 'done', 'tram.txt'), 'utf8'), TRAM);

    // In failed/, the error file's name is kept free as well.
    writeFileSync(join(dir, 'failed', 'empty.txt.error.txt'), 'left by hand');
    writeFileSync(join(dir, 'empty.txt'), '');
    const [result] = await watcher.scanNow();
    assert.equal(result!.movedTo, 'failed/empty-1.txt');
    assert.deepEqual(ls(join(dir, 'failed')), ['empty-1.txt', 'empty-1.txt.error.txt', 'empty.txt.error.txt']);
    assert.equal(readFileSync(join(dir, 'failed', 'empty.txt.error.txt'), 'utf8'), 'left by hand');
  });

  it('picks up a file dropped after start; leaves hidden, partial and non-article files and subfolders alone', async () => {
    const { dir, core, watcher } = await setup();
    writeFileSync(join(dir, 'market.txt'), MARKET);
    writeFileSync(join(dir, '.market.txt.swp'), MARKET);
    writeFileSync(join(dir, 'park.txt.part'), PARK);
    writeFileSync(join(dir, 'README.md'), 'Drop articles here.');
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', 'tram.txt'), TRAM);
    const results = await watcher.scanNow();
    assert.deepEqual(results.map((r) => [r.name, r.outcome]), [['market.txt', 'done']]);
    assert.deepEqual(ls(dir), ['.market.txt.swp', 'README.md', 'archive', 'done', 'failed', 'park.txt.part']);
    assert.deepEqual([...speakers(core)].sort(), ['Jonas Weber']);
  });

  it('waits for a file that is still growing', async () => {
    let grow = () => {};
    // The rest of the file arrives while the scan waits between its two looks.
    const { dir, core, watcher } = await setup({ sleep: async () => grow() });
    grow = () => writeFileSync(join(dir, 'tram.txt'), TRAM);
    writeFileSync(join(dir, 'tram.txt'), TRAM.slice(0, 60));
    assert.deepEqual(await watcher.scanNow(), [], 'left for the next scan');
    assert.ok(existsSync(join(dir, 'tram.txt')));
    assert.equal(core.store.counts().articles, 0);
    grow = () => {};
    const [result] = await watcher.scanNow();
    assert.equal(result!.outcome, 'done');
    assert.equal(readFileSync(join(dir, 'done', 'tram.txt'), 'utf8'), TRAM, 'the whole file was read');
  });

  it('notices a new file through fs.watch, with no rescan due', async () => {
    const { dir, core, handled } = await setup({ events: true });
    writeFileSync(join(dir, 'park.txt'), PARK);
    // A generous bound for a slow machine; the assertions are on what happened.
    for (let waited = 0; handled.length === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(handled.map((r) => [r.name, r.outcome]), [['park.txt', 'done']]);
    assert.ok(speakers(core).has('Aiko Tanaka'));
  });
});

describe('claimdesk watch', () => {
  it('prints a line per file and stops on SIGTERM', async () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'tram.txt'), TRAM);
    writeFileSync(join(dir, 'empty.txt'), '');
    const bin = join(import.meta.dirname, '..', 'bin', 'claimdesk.mjs');
    const child = spawn(process.execPath, [bin, 'watch', dir], { env: { ...process.env, CLAIMDESK_DATA_DIR: tempDir('cli-data') } });
    closers.push(() => child.kill());
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let waited = 0; stdout.split('\n').length < 3 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^failed +empty\.txt → failed\/empty\.txt: empty: /);
    assert.match(lines[1]!, /^done +tram\.txt → done\/tram\.txt \(\d+ claims\)$/);
  });

  it('refuses a folder that does not exist', async () => {
    const bin = join(import.meta.dirname, '..', 'bin', 'claimdesk.mjs');
    const child = spawn(process.execPath, [bin, 'watch', join(tmpdir(), 'claimdesk-no-such-folder')]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /is not a folder/);
  });
});
