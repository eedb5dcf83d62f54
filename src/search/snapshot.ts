// A saved search index, so a server with a large store starts in seconds rather than rebuilding
// the index from every claim. The file is one header line (JSON: format, store identity, the
// store version the index was in step with, and the length and CRC-32 of what follows), then the
// index's bytes (ClaimIndex.toBuffer). A snapshot is used only when the store can vouch for it:
// same store, a version it has reached, the same index format, bytes intact; the changes since
// its version are then applied as after any ingest (Core.refresh).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { ClaimIndex, INDEX_FORMAT } from './index.ts';

export interface SnapshotHeader {
  format: string;
  store: string;
  version: number;
  bytes: number;
  crc32: number;
}

export function saveSnapshot(file: string, index: ClaimIndex, store: string, version: number): void {
  const body = index.toBuffer();
  const header: SnapshotHeader = { format: INDEX_FORMAT, store, version, bytes: body.length, crc32: crc32(body) };
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
  // Rename is atomic: a reader sees the old snapshot or the new one, never half of one.
  renameSync(temp, file);
}

/**
 * The index in `file` if the store vouches for it, else null with the reason (no file, another
 * store, a newer version than the store has, an older format, a damaged file).
 */
export function loadSnapshot(file: string, store: string, storeVersion: number): { index: ClaimIndex; version: number } | { index: null; reason: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { index: null, reason: 'no snapshot' };
  }
  try {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) throw new Error('no header line');
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as SnapshotHeader;
    if (header.format !== INDEX_FORMAT) return { index: null, reason: `snapshot format ${header.format}, not ${INDEX_FORMAT}` };
    if (header.store !== store) return { index: null, reason: 'snapshot of another store' };
    if (!(header.version <= storeVersion)) return { index: null, reason: `snapshot at version ${header.version}, the store at ${storeVersion}` };
    const body = bytes.subarray(newline + 1);
    if (body.length !== header.bytes) throw new Error(`${body.length} bytes, the header says ${header.bytes}`);
    if (crc32(body) !== header.crc32) throw new Error('checksum mismatch');
    return { index: ClaimIndex.fromBuffer(body), version: header.version };
  } catch (error) {
    return { index: null, reason: `damaged snapshot (${error instanceof Error ? error.message : String(error)})` };
  }
}
