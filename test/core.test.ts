// Tests of src/core.ts: the saved search index. A server starts from it when the store vouches
// for it, catches up with what was stored since, and rebuilds when it cannot be trusted.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Core, MAX_REMOVED_SHARE, SNAPSHOT_FILE } from '../src/core.ts';
import { tempDirs } from './fixtures/temp.ts';

const tempDir = tempDirs('core');

function article(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, `---\noutlet: Harbour Gazette\npublished: 2024-05-02\nheadline: ${name}\n---\n${text}\n`);
  return file;
}

const speakersOf = (core: Core, query: string) => {
  const reply = core.query.handle(query);
  assert.equal(reply.type, 'answer');
  return reply.answer.groups.flatMap((g) => g.statements.map((s) => s.speaker.name)).sort();
};

describe('search index snapshot', () => {
  it('is saved on close, used at the next start, and caught up with what another process stored', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const first = await Core.open({ dataDir, seed: false, snapshot: true });
    assert.equal(first.indexSource, 'built from the store (no snapshot)');
    await first.ingest([article(dir, 'ferry.txt', '“The ferry will run again in June,” said harbourmaster Ines Duarte on Thursday.')]);
    const before = speakersOf(first, 'ferry');
    first.close();
    assert.ok(existsSync(join(dataDir, SNAPSHOT_FILE)));

    // Another process (the CLI) stores an article while no server runs.
    const other = await Core.open({ dataDir, seed: false });
    await other.ingest([article(dir, 'ferry2.txt', '“Ferry tickets will cost less,” said Ivo Brandt, the port director, on Friday.')]);
    other.close();

    const second = await Core.open({ dataDir, seed: false, snapshot: true });
    try {
      assert.match(second.indexSource, /^snapshot at version \d+$/);
      assert.deepEqual(speakersOf(second, 'ferry'), [...before, 'Ivo Brandt'].sort());
    } finally {
      second.close();
    }
  });

  it('is built again when too many of its claims were removed by corrections', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const first = await Core.open({ dataDir, seed: false, snapshot: true });
    await first.ingest([article(dir, 'dock.txt', '“The dock will close for repairs,” said harbourmaster Ines Duarte on Thursday.')]);
    await first.ingest([article(dir, 'ferry.txt', '“The ferry will run again in June,” said harbourmaster Ines Duarte on Thursday.')]);
    // The outlet corrects the story: same file, new text; the old version's claim is removed.
    await first.ingest([article(dir, 'ferry.txt', '“The ferry will run again in July,” said harbourmaster Ines Duarte on Thursday.')]);
    first.close();

    const second = await Core.open({ dataDir, seed: false, snapshot: true });
    try {
      assert.ok(1 / 3 > MAX_REMOVED_SHARE, 'one removed claim of three is over the limit');
      assert.equal(second.indexSource, 'built from the store (33% of the saved index are removed claims)');
      const reply = second.query.handle('ferry');
      assert.ok(reply.type === 'answer' && reply.answer.groups.flatMap((g) => g.statements).every((s) => !s.content.includes('June')));
    } finally {
      second.close();
    }
    const third = await Core.open({ dataDir, seed: false, snapshot: true });
    assert.match(third.indexSource, /^snapshot at version \d+$/, 'the rebuilt index is saved and used');
    third.close();
  });

  it('is not trusted from another store, in another format, or damaged: the index is rebuilt', async () => {
    const dir = tempDir();
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    const coreA = await Core.open({ dataDir: a, seed: false, snapshot: true });
    await coreA.ingest([article(dir, 'ferry.txt', '“The ferry will run again in June,” said harbourmaster Ines Duarte on Thursday.')]);
    coreA.close();
    const coreB = await Core.open({ dataDir: b, seed: false });
    await coreB.ingest([article(dir, 'tram.txt', '“The tram will be late,” said Mayor Lena Ortiz on Monday.'), article(dir, 'bus.txt', '“Buses will be free,” said councillor Amir Haddad on Monday.')]);
    coreB.close();

    // A's snapshot copied beside B's store (B is at a higher version than A's snapshot).
    copyFileSync(join(a, SNAPSHOT_FILE), join(b, SNAPSHOT_FILE));
    const wrongStore = await Core.open({ dataDir: b, seed: false, snapshot: true });
    assert.equal(wrongStore.indexSource, 'built from the store (snapshot of another store)');
    assert.deepEqual(speakersOf(wrongStore, 'will'), ['Amir Haddad', 'Lena Ortiz']);
    wrongStore.close();

    // The file is a JSON header line, then the index's bytes.
    const file = join(a, SNAPSHOT_FILE);
    const saved = readFileSync(file);
    const newline = saved.indexOf(0x0a);
    const header = saved.toString('utf8', 0, newline);
    const body = saved.subarray(newline + 1);
    const withHeader = (h: string, b: Buffer) => Buffer.concat([Buffer.from(`${h}\n`), b]);
    writeFileSync(file, withHeader(header.replace(/"format":"[^"]+"/, '"format":"claims-v0"'), body));
    const oldFormat = await Core.open({ dataDir: a, seed: false, snapshot: true });
    assert.match(oldFormat.indexSource, /^built from the store \(snapshot format claims-v0/);
    oldFormat.close();

    writeFileSync(file, saved.subarray(0, saved.length / 2));
    const cut = await Core.open({ dataDir: a, seed: false, snapshot: true });
    assert.match(cut.indexSource, /^built from the store \(damaged snapshot \(\d+ bytes, the header says \d+\)\)$/);
    assert.deepEqual(speakersOf(cut, 'ferry'), ['Ines Duarte']);
    cut.close();

    const flipped = Buffer.from(body);
    flipped[flipped.length - 9] = flipped[flipped.length - 9]! ^ 0xff;
    writeFileSync(file, withHeader(header, flipped));
    const altered = await Core.open({ dataDir: a, seed: false, snapshot: true });
    assert.equal(altered.indexSource, 'built from the store (damaged snapshot (checksum mismatch))');
    assert.deepEqual(speakersOf(altered, 'ferry'), ['Ines Duarte']);
    altered.close();
  });
});
