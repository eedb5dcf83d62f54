// The watch folder (`claimdesk watch DIR`): files dropped into a folder are ingested and moved to
// done/ or failed/. Other folders import from here only.
export { watchFolder, DONE, FAILED, type FileIngester, type FileResult, type Watcher, type WatchOptions } from './folder.ts';
