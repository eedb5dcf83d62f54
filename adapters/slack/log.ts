// Logging for the Slack adapter: one `log(level, message, fields)` function, a bridge that gives
// Bolt, its WebClient and the Socket Mode client the same sink, and redaction so no token or
// signing secret ever reaches a log line, whoever wrote it.
import { LogLevel, type Logger } from '@slack/bolt';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';
export type Log = (level: LogLevelName, message: string, fields?: Record<string, unknown>) => void;

const ORDER: Record<LogLevelName, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Slack token shapes: bot/user/app-config tokens (xoxb-, xoxp-, xoxe-…) and app-level ones (xapp-). */
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/** Removes the given secrets and anything shaped like a Slack token from `text`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  return out.replace(TOKEN, '[redacted]');
}

function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value instanceof Error) return redact(value.stack ?? value.message, secrets);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets, depth + 1)]));
}

/** Wraps `log` so every message and field is redacted before it leaves the adapter. */
export function safeLog(log: Log, secrets: ReadonlyArray<string | undefined>): Log {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
  return (level, message, fields) => {
    try {
      log(level, redact(message, known), fields ? (redactValue(fields, known) as Record<string, unknown>) : undefined);
    } catch {
      // A broken log sink must not break answering.
    }
  };
}

function describe(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

/** A @slack/logger Logger that writes to `log` (already redacting), under a level of its own. */
export class BoltLogBridge implements Logger {
  private level: LogLevel;
  private name = 'bolt';

  constructor(
    private readonly log: Log,
    level: LogLevelName = 'info',
  ) {
    this.level = level as LogLevel;
  }

  private write(level: LogLevelName, parts: unknown[]): void {
    if (ORDER[level] < ORDER[this.level as LogLevelName]) return;
    this.log(level, `slack: ${this.name}: ${parts.map(describe).join(' ')}`);
  }

  debug(...msg: unknown[]): void {
    this.write('debug', msg);
  }
  info(...msg: unknown[]): void {
    this.write('info', msg);
  }
  warn(...msg: unknown[]): void {
    this.write('warn', msg);
  }
  error(...msg: unknown[]): void {
    this.write('error', msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }
}

export { LogLevel };
