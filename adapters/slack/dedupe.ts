// Slack redelivers an event it thinks was not acknowledged (HTTP: `x-slack-retry-num`; Socket
// Mode: `retry_attempt`) and Bolt passes each delivery on. This remembers the ids of recent events
// so each is answered once. Bounded: the oldest ids are forgotten first, so memory stays flat
// however long the process runs (Slack stops retrying after a few minutes).

export const DEFAULT_DEDUPE_CAPACITY = 5000;

export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(readonly capacity = DEFAULT_DEDUPE_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('claimdesk: RecentIds capacity must be a positive whole number');
  }

  /** True when any of `keys` was seen before; otherwise records them all and returns false. */
  seen(keys: string[]): boolean {
    if (keys.some((k) => this.ids.has(k))) return true;
    for (const key of keys) {
      this.ids.add(key);
      // A Set iterates in insertion order: the first entry is the oldest.
      if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    }
    return false;
  }

  get size(): number {
    return this.ids.size;
  }
}
