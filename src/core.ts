// The running core shared by every adapter: the store, the search index kept in step with it,
// and the query core. Opening it seeds an empty store with the bundled articles.
import { fileURLToPath } from 'node:url';
import { ensureSeeded, ingestPaths, type IngestReport } from './ingest/index.ts';
import { QueryCore } from './query/index.ts';
import { ClaimIndex } from './search/index.ts';
import { ClaimStore } from './store/index.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));

export interface CoreOptions {
  dataDir: string;
  maxBytes?: number;
  /** Seed an empty store with `seeds/` (default true). */
  seed?: boolean;
}

export class Core {
  readonly query: QueryCore;
  private indexedVersion: number;

  private constructor(
    readonly store: ClaimStore,
    readonly index: ClaimIndex,
    private readonly maxBytes: number | undefined,
  ) {
    this.query = new QueryCore(store, index);
    this.indexedVersion = store.version();
  }

  static async open(options: CoreOptions): Promise<Core> {
    const store = ClaimStore.open(options.dataDir);
    if (options.seed ?? true) await ensureSeeded(store, SEEDS_DIR, { maxBytes: options.maxBytes });
    const index = new ClaimIndex();
    index.add(store.allClaims(), aliasLookup(store));
    return new Core(store, index, options.maxBytes);
  }

  /** Ingests files or folders and brings the index up to date with the store. */
  async ingest(paths: string[]): Promise<IngestReport> {
    const report = await ingestPaths(this.store, paths, { maxBytes: this.maxBytes });
    this.refresh();
    return report;
  }

  /** Applies the store's changes since the index was last in step (another process may have ingested). */
  refresh(): void {
    // The version comes with the changes, read in the same snapshot: asking for it separately
    // would skip whatever another process committed in between.
    const { added, removedIds, version } = this.store.changesSince(this.indexedVersion);
    this.index.remove(removedIds);
    this.index.add(added, aliasLookup(this.store));
    this.indexedVersion = version;
  }

  close(): void {
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
