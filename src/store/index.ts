// The claim store: the public surface of src/store.
export { ClaimStore, DB_FILE, type Changes, type IngestLogEntry, type IngestOutcome, type StoreOptions } from './store.ts';
export { canonicalKey, foldWord } from './names.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export type { CanonicalSpeaker, IngestResult, IngestStatus, StoredClaim } from './types.ts';
export { DigestBook, type DigestRun, type NewSubscription, type Platform, type RunOutcome, type RunStatus, type Subscription } from './digests.ts';
