// The watch folder: files dropped into a folder are ingested one at a time, then moved to
// `done/` or to `failed/` with `NAME.error.txt` beside them. fs.watch says when to look, and a
// periodic rescan catches what it misses (network and some container filesystems send nothing).
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { IngestReport } from '../ingest/index.ts';
import type { Log } from '../log.ts';

export const DONE = 'done';
export const FAILED = 'failed';

/** The part of Core the watcher uses. */
export interface FileIngester {
  ingest(paths: string[]): Promise<IngestReport>;
}

export interface WatchOptions {
  core: FileIngester;
  dir: string;
  log: Log;
  /** Rescan interval, the fallback for events fs.watch misses. Default 5 s. */
  pollMs?: number;
  /** How long a file's size and modification time must hold still before it is read. Default 1 s. */
  settleMs?: number;
  /** Called for each file handled (the CLI prints a line). */
  onFile?: (result: FileResult) => void;
  /** Listen to fs.watch change events (default true); without them only scans look. */
  events?: boolean;
  /** The wait between a scan's two looks at the folder; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FileResult {
  /** The file's name in the watched folder. */
  name: string;
  outcome: 'done' | 'failed';
  /** Where it went, relative to the watched folder: `done/NAME` or `failed/NAME-1`. */
  movedTo: string;
  /** Articles stored from it (several for JSON and JSON Lines files), and their claims. */
  articles: number;
  claims: number;
  /** Why it failed: the first error (all of them are in the .error.txt file). */
  error?: { code: string; message: string };
}

export interface Watcher {
  /** Looks at the folder now (after any scan under way) and handles the files that are complete. */
  scanNow(): Promise<FileResult[]>;
  /** Stops watching; waits for the file being ingested, if any. */
  stop(): Promise<void>;
}

// Names copy and download tools give files they are still writing (dotfiles are skipped too).
const PARTIAL = /(?:\.part|\.partial|\.crdownload|\.download|\.tmp|~)$/i;
// What a folder ingest skips as well: a manifest.json gives metadata to the files beside it.
const NOT_ARTICLES = /^(?:manifest\.json|(?:readme|notes)(?:\.(?:md|markdown|txt))?)$/i;

export async function watchFolder(options: WatchOptions): Promise<Watcher> {
  const { core, dir, log } = options;
  const pollMs = options.pollMs ?? 5_000;
  const settleMs = options.settleMs ?? 1_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  await mkdir(join(dir, DONE), { recursive: true });
  await mkdir(join(dir, FAILED), { recursive: true });

  let stopped = false;
  let scanning: Promise<unknown> = Promise.resolve();
  let queued = false;
  // Files that could not be moved away, by name and modification time: not ingested again
  // at every scan unless they change.
  const stuck = new Map<string, number>();

  async function scan(): Promise<FileResult[]> {
    const before = await snapshot();
    if (before.size === 0 || stopped) return [];
    // A file still being copied grows (or is touched) in the meantime: it waits for a later scan.
    await sleep(settleMs);
    const after = await snapshot();
    const results: FileResult[] = [];
    for (const [name, now] of after) {
      if (stopped) break;
      const then = before.get(name);
      if (!then || then.size !== now.size || then.mtimeMs !== now.mtimeMs) continue;
      if (stuck.get(name) === now.mtimeMs) continue;
      const result = await handle(name, now.mtimeMs);
      if (result) {
        results.push(result);
        options.onFile?.(result);
      }
    }
    return results;
  }

  /** The candidate files: regular files, not hidden, not partial, sorted by name. */
  async function snapshot(): Promise<Map<string, { size: number; mtimeMs: number }>> {
    const files = new Map<string, { size: number; mtimeMs: number }>();
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      log('error', `watch: cannot read ${dir}: ${(error as Error).message}`);
      return files;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isFile() || entry.name.startsWith('.') || PARTIAL.test(entry.name) || NOT_ARTICLES.test(entry.name)) continue;
      try {
        const s = await stat(join(dir, entry.name));
        files.set(entry.name, { size: s.size, mtimeMs: s.mtimeMs });
      } catch {
        // Gone since the listing: nothing to do.
      }
    }
    return files;
  }

  async function handle(name: string, mtimeMs: number): Promise<FileResult | null> {
    const path = join(dir, name);
    let report: IngestReport | null = null;
    let thrown: { code: string; message: string } | null = null;
    try {
      report = await core.ingest([path]);
    } catch (error) {
      // Not the file's fault as a rule (the store), but it is reported beside the file all the same.
      const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'internal';
      thrown = { code, message: error instanceof Error ? error.message : String(error) };
    }
    if (!(await exists(path))) {
      log('warn', `watch: ${name} disappeared while it was ingested`);
      return null;
    }
    const errors = thrown ? [thrown] : report!.errors.map((e) => ({ code: e.error.code, message: e.error.message }));
    const articles = report?.results.length ?? 0;
    const claims = report?.results.reduce((n, r) => n + r.claims, 0) ?? 0;
    if (errors.length === 0 && articles === 0) errors.push({ code: 'empty', message: `${path} holds no article` });
    const outcome = errors.length === 0 ? 'done' : 'failed';
    const folder = outcome === 'done' ? DONE : FAILED;
    try {
      const target = await freeName(join(dir, folder), name, outcome === 'failed' ? ['.error.txt'] : []);
      await rename(path, join(dir, folder, target));
      if (outcome === 'failed') {
        const lines = errors.map((e) => `${e.code}: ${e.message}`);
        // Records of a JSON file that could be read are stored already; dropping the fixed file again is safe.
        if (articles > 0) lines.push(`(${articles} other article${articles === 1 ? ' was' : 's were'} read from this file and stored)`);
        await writeFile(join(dir, folder, `${target}.error.txt`), `${lines.join('\n')}\n`).catch((error: Error) =>
          log('error', `watch: could not write ${folder}/${target}.error.txt: ${error.message}`),
        );
      }
      return { name, outcome, movedTo: `${folder}/${target}`, articles, claims, ...(errors[0] ? { error: errors[0] } : {}) };
    } catch (error) {
      stuck.set(name, mtimeMs);
      log('error', `watch: ${name} could not be moved to ${folder}/ (left in place): ${(error as Error).message}`);
      return null;
    }
  }

  /** One scan at a time, in the order asked for. */
  function scanNow(): Promise<FileResult[]> {
    const next = scanning.catch(() => {}).then(() => scan());
    scanning = next;
    return next;
  }

  /** For events and the timer: a burst of requests during a scan adds one scan after it, not one each. */
  function requestScan(): void {
    if (stopped || queued) return;
    queued = true;
    const next = scanning.catch(() => {}).then(() => {
      queued = false;
      return scan();
    });
    scanning = next;
    next.catch((error: unknown) => log('error', `watch: scan failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  let watcher: FSWatcher | null = null;
  if (options.events ?? true) {
    try {
      watcher = watch(dir, () => requestScan());
      watcher.on('error', (error) => log('warn', `watch: change events stopped (rescanning every ${pollMs} ms instead): ${error.message}`));
    } catch (error) {
      log('warn', `watch: no change events for ${dir} (rescanning every ${pollMs} ms instead): ${(error as Error).message}`);
    }
  }
  const timer = setInterval(requestScan, pollMs);
  requestScan();

  return {
    scanNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      watcher?.close();
      await scanning.catch(() => {});
    },
  };
}

/** `name`, else `stem-1.ext`, `stem-2.ext`…: the first name free in `folder` (with each of `companions` appended too). */
async function freeName(folder: string, name: string, companions: string[]): Promise<string> {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? name : `${stem}-${i}${ext}`;
    const taken = await Promise.all([candidate, ...companions.map((c) => candidate + c)].map((n) => exists(join(folder, n))));
    if (!taken.some(Boolean)) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
