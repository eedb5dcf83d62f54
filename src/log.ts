// One log line format for the whole process: level, message and fields as JSON on stderr,
// below the configured level dropped. Adapters redact their own secrets before calling this.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLog(minimum: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Log {
  return (level, message, fields) => {
    if (ORDER[level] < ORDER[minimum]) return;
    write(JSON.stringify({ at: new Date().toISOString(), level, message, ...fields }));
  };
}
