// The running core shared by every adapter: the store, the search index kept in step with it,
// and the query core. Opening it seeds an empty store with the bundled articles.
import { fileURLToPath } from 'node:url';
import { ensureSeeded, ExtractionWorker, ingestJob, inlineExtractor, type Extractor, type IngestJob, type IngestReport } from './ingest/index.ts';
import { QueryCore } from './query/index.ts';
import { ClaimIndex } from './search/index.ts';
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
}

/** Claims added to the index per event-loop turn when catching up with the store. */
const REFRESH_SLICE = 100;

export class Core {
  readonly query: QueryCore;
  private indexedVersion: number;
  private refreshing: Promise<void> = Promise.resolve();

  private constructor(
    readonly store: ClaimStore,
    readonly index: ClaimIndex,
    private readonly maxBytes: number | undefined,
    private readonly extractor: Extractor,
  ) {
    this.query = new QueryCore(store, index);
    this.indexedVersion = store.version();
  }

  static async open(options: CoreOptions): Promise<Core> {
    const store = ClaimStore.open(options.dataDir);
    const extractor = options.extraction === 'worker' ? new ExtractionWorker() : inlineExtractor;
    if (options.seed ?? true) await ensureSeeded(store, SEEDS_DIR, { maxBytes: options.maxBytes, extractor });
    const index = new ClaimIndex();
    index.add(store.allClaims(), aliasLookup(store));
    return new Core(store, index, options.maxBytes, extractor);
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
    this.store.close();
  }
}

function aliasLookup(store: ClaimStore): (speakerId: string) => string[] {
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
