// Tests of src/ingest: extraction on a worker thread gives what extraction inline gives, keeps
// the calling thread's event loop free while it runs, reports bad files with their codes, and
// ingests a web page (a feed item).
import assert from 'node:assert/strict';
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ExtractionWorker, ingestJob, ingestPaths, inlineExtractor, type Extracted } from '../src/ingest/index.ts';
import { ClaimStore } from '../src/store/index.ts';
import { tempDirs } from './fixtures/temp.ts';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const tempDir = tempDirs('ingest');

describe('ExtractionWorker', () => {
  it('extracts the same articles and claims as inline extraction', async () => {
    const collect = async (run: (onItem: (item: Extracted) => void) => Promise<void>) => {
      const items: Extracted[] = [];
      await run((item) => items.push(item));
      return items;
    };
    const worker = new ExtractionWorker();
    try {
      const job = { kind: 'paths' as const, paths: [SEEDS] };
      const inline = await collect((onItem) => inlineExtractor.run(job, onItem));
      const threaded = await collect((onItem) => worker.run(job, onItem));
      assert.equal(threaded.length, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
      assert.deepEqual(threaded, inline);
    } finally {
      await worker.close();
    }
  });

  it('leaves the event loop free while it extracts', async () => {
    const worker = new ExtractionWorker();
    const store = ClaimStore.openFile(':memory:');
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    try {
      // Warm the thread (loading the NLP model is not what is measured), then count how often the
      // loop got a turn while five articles were extracted: inline extraction would give it none.
      await worker.run({ kind: 'paths', paths: [] }, () => {});
      setImmediate(spin);
      const report = await ingestPaths(store, [SEEDS], { extractor: worker });
      spinning = false;
      assert.equal(report.counts.added, 5);
      assert.ok(turns > 5 * 10, `the loop had only ${turns} turns during the ingest`);
    } finally {
      spinning = false;
      store.close();
      await worker.close();
    }
  });

  it('reports unreadable files with their codes and stores the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    writeFileSync(join(dir, 'good.txt'), 'KYIV, May 2 (Reuters) - The mayor said on Monday that the bridge would reopen next week.\n');
    const store = ClaimStore.openFile(':memory:');
    const worker = new ExtractionWorker();
    try {
      const report = await ingestPaths(store, [dir], { extractor: worker });
      assert.deepEqual(report.errors.map((e) => [e.source.split('/').pop(), e.error.code]).sort(), [['binary.txt', 'binary'], ['empty.txt', 'empty']]);
      assert.equal(report.errors[0]!.error.name, 'ArticleError');
      assert.equal(report.counts.added, 1);
      assert.equal(store.counts().articles, 1);
    } finally {
      store.close();
      await worker.close();
    }
  });

  it('ingests a web page, and reports a page with no article', async () => {
    const store = ClaimStore.openFile(':memory:');
    const worker = new ExtractionWorker();
    const page = `<html><head><title>Bridge to reopen</title></head><body><nav>Home | World</nav><article><h1>Bridge to reopen</h1>
      <p>The city's mayor, Olena Kovalenko, said on Monday that the bridge would reopen to traffic next week after repairs.</p>
      <p>"We have checked every cable twice," Kovalenko told reporters at the site, adding that buses would return first.</p>
      <p>Engineers from the regional transport office said the work had cost less than planned, according to a statement.</p></article></body></html>`;
    try {
      const good = await ingestJob(store, { kind: 'html', html: page, source: 'https://example.org/bridge', meta: { outlet: 'Example News', publishedAt: '2024-05-08', url: 'https://example.org/bridge' } }, worker);
      assert.equal(good.counts.added, 1);
      assert.ok(good.counts.claims >= 2, `expected the mayor's claims, got ${good.counts.claims}`);
      const bad = await ingestJob(store, { kind: 'html', html: '<html><body><nav>Home</nav></body></html>', source: 'https://example.org/empty' }, worker);
      assert.equal(bad.errors[0]?.error.code, 'no_article');
      assert.equal(store.counts().articles, 1);
    } finally {
      store.close();
      await worker.close();
    }
  });

  it('fails the jobs in flight when closed', async () => {
    const worker = new ExtractionWorker();
    const running = worker.run({ kind: 'paths', paths: [SEEDS] }, () => {});
    await worker.close();
    await assert.rejects(running, /closed/);
  });

  it('fails the job when storing an article fails, and goes on with the next job', async () => {
    const worker = new ExtractionWorker();
    try {
      let seen = 0;
      await assert.rejects(
        worker.run({ kind: 'paths', paths: [SEEDS] }, () => {
          seen++;
          throw new Error('disk full');
        }),
        /disk full/,
      );
      assert.equal(seen, 1);
      const items: Extracted[] = [];
      await worker.run({ kind: 'paths', paths: [join(SEEDS, readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!)] }, (item) => items.push(item));
      assert.equal(items.length, 1);
    } finally {
      await worker.close();
    }
  });
});
