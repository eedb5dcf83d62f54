// The running core shared by every adapter: the store, the search index kept in step with it,
// the query core, and where articles are extracted. Opening it seeds an empty store with the
// bundled articles.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSeeded, ExtractionWorker, ingestJob, inlineExtractor, type Extractor, type IngestJob, type IngestReport } from './ingest/index.ts';
import { QueryCore } from './query/index.ts';
import { ClaimIndex, loadSnapshot, saveSnapshot } from './search/index.ts';
import { ClaimStore } from './store/index.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));

export interface CoreOptions {
  dataDir: string;
  maxBytes?: number;
  /** Seed an empty store with `seeds/` (default true). */
  seed?: boolean;
  /**
   * Where articles are extracted: 'worker' (a worker thread, for servers, whose event loop must
   * stay free to acknowledge chat requests) or 'inline' (default, for one-shot commands).
   */
  extraction?: 'inline' | 'worker';
  /**
   * Start from the saved search index in the data folder when the store vouches for it, and
   * save it on close (servers: start-up in seconds rather than a rebuild from every claim).
   */
  snapshot?: boolean;
}

/** The saved search index, beside the store. */
export const SNAPSHOT_FILE = 'index.snapshot';
/** A saved index whose claim slots are more than this share removed claims is built again
 * instead: their postings cost memory and time, and their words still count in the scoring's
 * document frequencies. Corrected articles (a feed item revised, a file ingested again) leave them. */
export const MAX_REMOVED_SHARE = 0.25;

/** Claims added to the index per event-loop turn when catching up with the store. */
const REFRESH_SLICE = 100;

export class Core {
  readonly query: QueryCore;
  private refreshing: Promise<void> = Promise.resolve();

  private constructor(
    readonly store: ClaimStore,
    readonly index: ClaimIndex,
    private readonly maxBytes: number | undefined,
    private readonly extractor: Extractor,
    /** The store version the index is in step with. */
    private indexedVersion: number,
    private readonly snapshot: { file: string; version: number | null } | null,
    /** Where the index came from, for the start-up log. */
    readonly indexSource: string,
  ) {
    this.query = new QueryCore(store, index);
  }

  static async open(options: CoreOptions): Promise<Core> {
    const store = ClaimStore.open(options.dataDir);
    const extractor = options.extraction === 'worker' ? new ExtractionWorker() : inlineExtractor;
    if (options.seed ?? true) await ensureSeeded(store, SEEDS_DIR, { maxBytes: options.maxBytes, extractor });
    const file = options.snapshot ? join(options.dataDir, SNAPSHOT_FILE) : null;
    let saved = file ? loadSnapshot(file, store.identity(), store.version()) : null;
    if (saved?.index && saved.index.removedShare > MAX_REMOVED_SHARE) {
      saved = { index: null, reason: `${Math.round(saved.index.removedShare * 100)}% of the saved index are removed claims` };
    }
    if (saved?.index) {
      const core = new Core(store, saved.index, options.maxBytes, extractor, saved.version, { file: file!, version: saved.version }, `snapshot at version ${saved.version}`);
      await core.refresh();
      return core;
    }
    // The version is read before the claims: whatever is stored in between is in both, and
    // adding a claim the index holds already is a no-op.
    const version = store.version();
    const index = new ClaimIndex();
    const aliases = aliasLookup(store);
    for (const page of store.claimPages()) index.add(page, aliases);
    const source = saved ? `built from the store (${saved.reason})` : 'built from the store';
    return new Core(store, index, options.maxBytes, extractor, version, file ? { file, version: null } : null, source);
  }

  /** Ingests files or folders and brings the index up to date with the store. */
  ingest(paths: string[]): Promise<IngestReport> {
    return this.run({ kind: 'paths', paths, maxBytes: this.maxBytes });
  }

  /** Ingests one web page (a feed item's content, or the page it links to). */
  ingestHtml(html: string, source: string, meta: Extract<IngestJob, { kind: 'html' }>['meta'] = {}): Promise<IngestReport> {
    return this.run({ kind: 'html', html, source, meta });
  }

  private async run(job: IngestJob): Promise<IngestReport> {
    // Each stored article reaches the index at once; a failure there is reported by the final
    // refresh below, once every article is safely stored.
    const report = await ingestJob(this.store, job, this.extractor, () => void this.refresh().catch(() => {}));
    await this.refresh();
    return report;
  }

  /**
   * Applies the store's changes since the index was last in step (another process may have
   * ingested). Calls run one after another; a large batch of changes is added a slice at a time,
   * giving the event loop a turn between slices, so chat requests are still acknowledged.
   */
  refresh(): Promise<void> {
    // A failed refresh (the store unreadable for a moment) must not fail every later one.
    const next = this.refreshing.catch(() => {}).then(() => this.applyChanges());
    this.refreshing = next;
    return next;
  }

  /** Refreshes the index and returns the store version it is now in step with. */
  async catchUp(): Promise<number> {
    await this.refresh();
    return this.indexedVersion;
  }

  private async applyChanges(): Promise<void> {
    // The version comes with the changed ids, read in the same snapshot: asking for it separately
    // would skip whatever another process committed in between. An added claim that a later
    // change removed before its page is read is skipped here, and its removal comes next time.
    const { addedIds, removedIds, version } = this.store.changedIdsSince(this.indexedVersion);
    this.index.remove(removedIds);
    const aliases = aliasLookup(this.store);
    for (let i = 0; i < addedIds.length; i += REFRESH_SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      this.index.add(this.store.claimsByIds(addedIds.slice(i, i + REFRESH_SLICE)), aliases);
    }
    this.indexedVersion = version;
  }

  close(): void {
    void this.extractor.close();
    if (this.snapshot && this.snapshot.version !== this.indexedVersion) {
      try {
        saveSnapshot(this.snapshot.file, this.index, this.store.identity(), this.indexedVersion);
      } catch {
        // A cache: without it the next start rebuilds the index from the store.
      }
    }
    this.store.close();
  }
}

/** A claim's speaker id → every spelling of that speaker, read once per speaker (the index
 * makes each spelling findable). */
export function aliasLookup(store: ClaimStore): (speakerId: string) => string[] {
  const cache = new Map<string, string[]>();
  return (id) => {
    let aliases = cache.get(id);
    if (!aliases) {
      aliases = store.speaker(id)?.aliases ?? [];
      cache.set(id, aliases);
    }
    return aliases;
  };
}
