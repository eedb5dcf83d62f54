// Every failure of the claim store carries a stable code, so the CLI and adapters can explain it
// ("the data folder is read-only") instead of printing a SQLite stack trace.

export type StoreErrorCode =
  | 'open_failed' // the folder or file cannot be created or opened
  | 'corrupt' // the file is not a SQLite database, or SQLite found it damaged
  | 'not_a_store' // a SQLite database, but not a claimdesk one
  | 'too_new' // written by a newer claimdesk (schema version we do not know)
  | 'read_only' // the file or its folder cannot be written
  | 'busy' // another process held the database longer than the busy timeout
  | 'disk_full'
  | 'bad_input' // an article or claim the store refuses before writing anything
  | 'constraint' // a write broke a database constraint; the transaction was rolled back
  | 'closed' // used after close()
  | 'io'; // any other SQLite failure

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The database file concerned. */
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The SQLite result code of an error thrown by better-sqlite3 ("SQLITE_READONLY_DBMOVED"…), if any. */
function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns whatever a database call threw into a StoreError naming the file. `doing` says what
 * was being done ("opening", "ingesting /x/y.txt") for the message.
 */
export function toStoreError(e: unknown, file: string, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const code = sqliteCode(e) ?? '';
  const detail = e instanceof Error ? e.message : String(e);
  const make = (c: StoreErrorCode, what: string) => new StoreError(c, `claim store ${file}: ${what} while ${doing} (${detail})`, file, { cause: e });
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return make('corrupt', 'the file is not a usable claimdesk database (damaged or not SQLite)');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return make('read_only', 'the database or its folder is read-only');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return make('busy', 'the database is locked by another process');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return make('disk_full', 'the disk is full');
  if (code.startsWith('SQLITE_CONSTRAINT')) return make('constraint', 'a constraint failed; nothing was written');
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') return make('open_failed', 'the database cannot be opened');
  if (/not open/i.test(detail)) return make('closed', 'the store is closed');
  return make('io', 'a database operation failed');
}
