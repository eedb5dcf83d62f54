// Where extraction runs. Parsing HTML and tagging text take tens of milliseconds an article; on
// the thread that answers Slack and Discord that would hold up every acknowledgement behind a
// large ingest. ExtractionWorker runs jobs on one worker thread (the machine this targets has two
// cores: one for answering, one for extracting) and streams results back an article at a time.
import { Worker } from 'node:worker_threads';
import { ArticleError, type ArticleErrorCode } from '../articles/index.ts';
import type { Extracted, IngestJob } from './jobs.ts';
import type { ToWorker, WorkerReply } from './worker.ts';

export interface Extractor {
  /** Runs a job; `onItem` is called for each extracted article or error, in order. */
  run(job: IngestJob, onItem: (item: Extracted) => void): Promise<void>;
  close(): Promise<void>;
}

/** Extraction on the calling thread: for one-shot commands, where nothing else waits on the loop. */
export const inlineExtractor: Extractor = {
  // Loaded on first use, so a process that extracts on the worker never loads the NLP model itself.
  run: async (job, onItem) => (await import('./jobs.ts')).runJob(job, onItem),
  close: async () => {},
};

interface Pending {
  onItem: (item: Extracted) => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class ExtractionWorker implements Extractor {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  run(job: IngestJob, onItem: (item: Extracted) => void): Promise<void> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { onItem, resolve, reject });
      worker.ref(); // a job in flight keeps the process alive; an idle worker does not
      this.post(worker, { type: 'job', id, job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.failAll(new Error('the extraction worker was closed'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    // A crash (out of memory, a bug) fails the jobs in flight; the next job starts a new thread.
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the extraction worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if ('item' in reply) {
      const item = reply.item;
      try {
        pending?.onItem(item.type === 'article' ? item : { type: 'error', source: item.source, error: new ArticleError(item.error.code as ArticleErrorCode, item.error.message, item.source) });
      } catch (error) {
        // Storing failed (a full disk, a closed store): the job fails; the thread drains it.
        this.settle(reply.id, () => pending!.reject(error instanceof Error ? error : new Error(String(error))));
      } finally {
        // Handled: the thread may post the next article.
        if (this.worker) this.post(this.worker, { type: 'ack', id: reply.id });
      }
      return;
    }
    if (pending) this.settle(reply.id, 'done' in reply ? pending.resolve : () => pending.reject(new Error(reply.failed)));
  }

  private settle(id: number, how: () => void): void {
    this.pending.delete(id);
    how();
    if (this.pending.size === 0) this.worker?.unref();
  }

  private post(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
