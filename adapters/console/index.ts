// The terminal chat: the embedded default when no chat tokens are configured. One query a line,
// from a person at a prompt or from a pipe; `/claim QUERY` or just the query.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { QueryError, type QueryCore } from '../../src/query/index.ts';
import { renderAnswer, renderHelp } from './render.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Show a prompt and a greeting (a person at a terminal); off for piped input. */
  interactive: boolean;
  /** Logs unexpected failures (never shown as a stack trace in the chat). */
  log?: (message: string) => void;
}

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
    if (line) write(respond(core, line, options.log));
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** One line in, the text to show out. Exported for tests. */
export function respond(core: QueryCore, line: string, log?: (message: string) => void): string {
  const text = line.replace(/^\/claim\b\s*/i, '');
  try {
    const reply = core.handle(text);
    return reply.type === 'help' ? renderHelp(reply.help) : renderAnswer(reply.answer);
  } catch (error) {
    if (error instanceof QueryError) return `claimdesk ▸ ${error.message}`;
    log?.(`console: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return 'claimdesk ▸ Something went wrong answering that; it has been logged. Try again or rephrase.';
  }
}
