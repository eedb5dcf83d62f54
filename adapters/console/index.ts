// The terminal chat: the embedded default when no chat tokens are configured. One query a line,
// from a person at a prompt or from a pipe; `/claim QUERY` or just the query.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { DigestError, isDigestCommand, type DigestPoster, type DigestService } from '../../src/digest/index.ts';
import { QueryError, type QueryCore } from '../../src/query/index.ts';
import { plain, renderAnswer, renderHelp } from './render.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Show a prompt and a greeting (a person at a terminal); off for piped input. */
  interactive: boolean;
  /** Logs unexpected failures (never shown as a stack trace in the chat). */
  log?: (message: string) => void;
  /** Digest subscriptions of the terminal (`/claim digest …`); off when not given. */
  digests?: DigestService;
}

/** The terminal is one channel, and whoever sits at it is its editor. */
export const CONSOLE_CHANNEL = 'terminal';

const GREETING = 'claimdesk terminal chat. Ask with /claim QUERY (e.g. /claim bakhmut control), /claim help, or /quit.';

export async function runConsole(core: QueryCore, options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: 'you ▸ ' });
  if (interactive) {
    write(GREETING);
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^\/?(quit|exit)$/i.test(line)) break;
    if (line) write(respond(core, line, options.log, options.digests));
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** One line in, the text to show out. Exported for tests. */
export function respond(core: QueryCore, line: string, log?: (message: string) => void, digests?: DigestService): string {
  const text = line.replace(/^\/claim\b\s*/i, '');
  try {
    if (isDigestCommand(text)) {
      if (!digests) return 'claimdesk ▸ Digests are not enabled here.';
      return renderHelp(digests.handle({ platform: 'console', channel: CONSOLE_CHANNEL, user: null, isEditor: true }, text));
    }
    const reply = core.handle(text);
    return reply.type === 'help' ? renderHelp(reply.help) : renderAnswer(reply.answer);
  } catch (error) {
    if (error instanceof QueryError || error instanceof DigestError) return `claimdesk ▸ ${error.message}`;
    log?.(`console: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return 'claimdesk ▸ Something went wrong answering that; it has been logged. Try again or rephrase.';
  }
}

/** Digests for the terminal, printed as /claim answers are. */
export function consolePoster(output: Writable): DigestPoster {
  return {
    post: async (_channel, digest) => {
      output.write(`\n${digest.kind === 'answer' ? renderAnswer(digest.answer) : `claimdesk ▸ ${plain(digest.text)}`}\n`);
    },
  };
}
