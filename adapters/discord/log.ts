// A plain logger for the adapter: one line per event on stderr, `time level message key=value…`.
// An error's stack follows its line. Fields never hold the token: the adapter never passes it.
import type { Log, LogLevel } from './errors.ts';

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function stderrLog(minimum: LogLevel): Log {
  return (level, message, fields = {}) => {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(minimum)) return;
    const extra = Object.entries(fields)
      .filter(([key, value]) => value !== undefined && key !== 'stack')
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .join(' ');
    process.stderr.write(`${new Date().toISOString()} ${level} ${message}${extra ? ` ${extra}` : ''}\n`);
    if (level === 'error' && typeof fields.stack === 'string') process.stderr.write(`${fields.stack}\n`);
  };
}
