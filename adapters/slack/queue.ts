// The searches behind answers run one at a time, each in its own turn of the event loop.
//
// Why: a search is synchronous CPU work (a few ms, more on a big index). If twenty commands arrive
// together and each handler starts its search right after its ack, the searches run back to back
// in one turn and the acks of requests still being read wait behind all of them; Slack gives up
// on a command not acked in 3 s. Queued like this, the event loop polls for I/O between two
// searches, so a new request is acknowledged after at most one search, however many are waiting.

export class TurnQueue {
  private readonly jobs: Array<() => void> = [];
  private scheduled = false;

  /** Runs `fn` in a later turn of the event loop, after the jobs queued before it. */
  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          resolve(fn());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  get pending(): number {
    return this.jobs.length;
  }

  private schedule(): void {
    if (this.scheduled || this.jobs.length === 0) return;
    this.scheduled = true;
    // setImmediate runs after the poll phase: pending requests are read and acked in between.
    setImmediate(() => {
      this.scheduled = false;
      this.jobs.shift()?.();
      this.schedule();
    });
  }
}
