// A saved search index, so a server with a large store starts in seconds rather than rebuilding
// the index from every claim. The file is one header line (JSON: format, store identity and the
// store version the index was in step with), then the index itself. A snapshot is used only when
// the store can vouch for it: same store, a version it has reached, the same index format; the
// changes since its version are then applied as after any ingest (Core.refresh).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ClaimIndex, INDEX_FORMAT } from './index.ts';

export interface SnapshotHeader {
  format: string;
  store: string;
  version: number;
}

export function saveSnapshot(file: string, index: ClaimIndex, store: string, version: number): void {
  const header: SnapshotHeader = { format: INDEX_FORMAT, store, version };
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(header)}\n${index.toJSON()}`);
  // Rename is atomic: a reader sees the old snapshot or the new one, never half of one.
  renameSync(temp, file);
}

/**
 * The index in `file` if the store vouches for it, else null with the reason (no file, another
 * store, a newer version than the store has, an older format, a damaged file).
 */
export function loadSnapshot(file: string, store: string, storeVersion: number): { index: ClaimIndex; version: number } | { index: null; reason: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { index: null, reason: 'no snapshot' };
  }
  const newline = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, newline)) as SnapshotHeader;
    if (header.format !== INDEX_FORMAT) return { index: null, reason: `snapshot format ${header.format}, not ${INDEX_FORMAT}` };
    if (header.store !== store) return { index: null, reason: 'snapshot of another store' };
    if (!(header.version <= storeVersion)) return { index: null, reason: `snapshot at version ${header.version}, the store at ${storeVersion}` };
    return { index: new ClaimIndex(text.slice(newline + 1)), version: header.version };
  } catch (error) {
    return { index: null, reason: `damaged snapshot (${error instanceof Error ? error.message : String(error)})` };
  }
}
