// The `claimdesk` command line. Each command lives in its own module; this file parses the
// command word and maps known errors to one-line messages (never a stack trace for bad input).
import { ConfigError, loadConfig } from '../config.ts';
import { runAsk, runIngest, runServe } from './chat.ts';
import { runExtract } from './extract.ts';
import { runWatch } from './watch.ts';

const USAGE = `claimdesk: attributed claims from news articles

usage:
  claimdesk serve                          the chat: Slack/Discord when configured, else the terminal
  claimdesk ask [--json] "QUERY"           one question, e.g. claimdesk ask "bakhmut control"
  claimdesk ingest FILE|DIR...             add articles to the claim store
  claimdesk extract [--json] FILE|DIR...   list the attributed claims of each article (no store)
  claimdesk watch DIR                      ingest files dropped into DIR (moved to DIR/done or DIR/failed)
  claimdesk help                           this text

Articles may be plain text (with optional front matter), HTML, JSON or JSON Lines.
Settings come from the environment; see .env.example.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const err = (text: string) => process.stderr.write(`${text}\n`);
  try {
    switch (command) {
      case 'extract': {
        const json = rest.includes('--json');
        const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
        if (unknown.length) {
          err(`claimdesk extract: unknown option ${unknown[0]}\n\n${USAGE}`);
          return 2;
        }
        const paths = rest.filter((a) => !a.startsWith('--'));
        if (paths.length === 0) {
          err(`claimdesk extract: name at least one file or folder\n\n${USAGE}`);
          return 2;
        }
        const config = loadConfig();
        return await runExtract(paths, { json, maxBytes: config.CLAIMDESK_MAX_FILE_BYTES, out, err });
      }
      case 'ingest': {
        if (rest.length === 0) {
          err(`claimdesk ingest: name at least one file or folder\n\n${USAGE}`);
          return 2;
        }
        return await runIngest(loadConfig(), rest, out, err);
      }
      case 'watch': {
        if (rest.length !== 1 || rest[0]!.startsWith('--')) {
          err(`claimdesk watch: name one folder\n\n${USAGE}`);
          return 2;
        }
        return await runWatch(loadConfig(), rest[0]!, out, err);
      }
      case 'ask': {
        const json = rest.includes('--json');
        const query = rest.filter((a) => a !== '--json').join(' ');
        return await runAsk(loadConfig(), query, json, out, err);
      }
      case 'serve':
        return await runServe(loadConfig(), err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return 0;
      default:
        err(`claimdesk: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      err(error.message);
      return 2;
    }
    // Anything else (a store that cannot open, a chat token refused at start): one line that
    // says what failed; the stack only when debugging.
    const message = error instanceof Error ? error.message : String(error);
    err(message.startsWith('claimdesk') ? message : `claimdesk: ${message}`);
    if (process.env.CLAIMDESK_LOG_LEVEL === 'debug' && error instanceof Error) err(error.stack ?? '');
    return 1;
  }
}
