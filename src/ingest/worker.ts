// The extraction thread: runs ingest jobs posted by ExtractionWorker (extractor.ts) and posts each
// extracted article back as soon as it is ready, so the main thread stores it while the next
// article is being extracted. Loaded through worker-entry.mjs, which registers the TypeScript loader.
//
// Flow control: an article is posted only once the main thread has acknowledged the one before.
// Without it a busy main thread lets results pile up in the port, and Node then delivers the whole
// backlog in one task: seconds in which no chat request is even read.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runJob, type Extracted, type IngestJob } from './jobs.ts';

export type ToWorker = { type: 'job'; id: number; job: IngestJob } | { type: 'ack'; id: number };

export type WorkerReply =
  | { id: number; item: WireExtracted }
  | { id: number; done: true }
  | { id: number; failed: string };

/** ArticleError is a class, which does not survive postMessage: errors travel as plain fields. */
export type WireExtracted =
  | Extract<Extracted, { type: 'article' }>
  | { type: 'error'; source: string; error: { code: string; message: string } };

// Extraction is background work: when the cores are busy, answering chat requests comes first.
// On Linux the nice value is per thread, and pid 0 names the calling thread; elsewhere this
// lowers the whole process, so it is only done where it means the thread.
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted in some containers: extraction then simply shares the CPU evenly.
  }
}

const port = parentPort!;
const awaitingAck = new Map<number, () => void>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    awaitingAck.get(message.id)?.();
    awaitingAck.delete(message.id);
  } else {
    void run(message.id, message.job);
  }
});

async function run(id: number, job: IngestJob): Promise<void> {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  let previousStored: Promise<void> = Promise.resolve();
  try {
    await runJob(job, async (item) => {
      await previousStored;
      previousStored = new Promise((resolve) => awaitingAck.set(id, resolve));
      post({ id, item: item.type === 'article' ? item : { type: 'error', source: item.source, error: { code: item.error.code, message: item.error.message } } });
    });
    await previousStored;
    post({ id, done: true });
  } catch (e) {
    post({ id, failed: e instanceof Error ? e.message : String(e) });
  }
}
