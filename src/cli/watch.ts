// `claimdesk watch DIR`: ingests the files dropped into a folder until SIGINT or SIGTERM, one
// line per file on stdout.
import { stat } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { Core } from '../core.ts';
import { createLog } from '../log.ts';
import { watchFolder, type FileResult } from '../watch/index.ts';

type Out = (text: string) => void;

export async function runWatch(config: Config, dir: string, out: Out, err: Out): Promise<number> {
  const isFolder = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isFolder) {
    err(`claimdesk watch: ${dir} is not a folder: create it first`);
    return 2;
  }
  const core = await Core.open({ dataDir: config.CLAIMDESK_DATA_DIR, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES });
  const log = createLog(config.CLAIMDESK_LOG_LEVEL);
  const watcher = await watchFolder({ core, dir, log, onFile: (result) => out(line(result)) });
  err(`claimdesk: watching ${dir} (finished files go to done/ or failed/; Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.stop();
  core.close();
  return 0;
}

function line(r: FileResult): string {
  if (r.outcome === 'done') {
    const articles = r.articles === 1 ? '' : `${r.articles} articles, `;
    return `done      ${r.name} → ${r.movedTo} (${articles}${r.claims} claims)`;
  }
  return `failed    ${r.name} → ${r.movedTo}: ${r.error?.code}: ${r.error?.message}`;
}
