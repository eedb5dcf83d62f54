// What the poller remembers between polls and restarts, in `feeds.json` under the data dir:
// per feed its validators (ETag, Last-Modified) and the items already seen. Written whole to a
// temporary file then renamed over the old one, so a crash never leaves half a file.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const STATE_FILE = 'feeds.json';

// `revision`: the item's revision when it was last read (FeedItem.revision); absent in a state
// written before revisions were kept, when the first poll adopts the current one. `reads`: how
// many versions were read (absent: one). A pending `update` is a revision of an item read before.
export type ItemState =
  /** Ingested; or given up (`error` says why), after the last allowed attempt or a permanent failure. */
  | { state: 'done' | 'gave_up'; at: string; attempts: number; error?: string; revision?: string; reads?: number }
  /** Not yet ingested: retried at every poll (even when the feed answers 304) from what is kept here. */
  | { state: 'pending'; at: string; attempts: number; link: string | null; title: string | null; publishedAt: string | null; error?: string; revision?: string; reads?: number; update?: true };

export interface FeedState {
  etag?: string;
  lastModified?: string;
  title?: string;
  items: Record<string, ItemState>;
}

export interface State {
  version: 1;
  feeds: Record<string, FeedState>;
}

export function emptyState(): State {
  return { version: 1, feeds: {} };
}

/** The saved state; an empty one when there is none, or (logged by the caller) when it is unreadable. */
export async function loadState(dataDir: string): Promise<{ state: State; problem?: string }> {
  let text: string;
  try {
    text = await readFile(join(dataDir, STATE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyState() };
    return { state: emptyState(), problem: (error as Error).message };
  }
  try {
    const parsed = JSON.parse(text) as State;
    if (parsed?.version !== 1 || typeof parsed.feeds !== 'object' || parsed.feeds === null) throw new Error('not a version 1 feed state');
    return { state: parsed };
  } catch (error) {
    return { state: emptyState(), problem: `${STATE_FILE} is unreadable (${(error as Error).message})` };
  }
}

export async function saveState(dataDir: string, state: State): Promise<void> {
  const path = join(dataDir, STATE_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 1)}\n`);
  await rename(temp, path);
}
