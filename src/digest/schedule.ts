// When a subscription's digest is due: its daily time in its zone, with croner computing the
// occurrences (it knows the zones' daylight-saving rules, so 08:00 Europe/Kyiv stays 08:00 local
// across the change), and the local day an occurrence belongs to.
import { Cron } from 'croner';

/** The most recent occurrence of HH:MM in `timeZone` at or before `now`. */
export function latestOccurrence(at: string, timeZone: string, now: Date): Date {
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  const cron = new Cron(`${minute} ${hour} * * *`, { timezone: timeZone, paused: true });
  // Two days back always holds at least one daily occurrence, even across a DST change.
  const from = new Date(now.getTime() - 2 * 24 * 3600_000);
  let latest: Date | null = null;
  for (const run of cron.nextRuns(4, from)) {
    if (run.getTime() > now.getTime()) break;
    latest = run;
  }
  cron.stop();
  if (!latest) throw new Error(`no occurrence of ${at} ${timeZone} in the two days before ${now.toISOString()}`);
  return latest;
}

/** The next occurrence after `now`. */
export function nextOccurrence(at: string, timeZone: string, now: Date): Date {
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  const cron = new Cron(`${minute} ${hour} * * *`, { timezone: timeZone, paused: true });
  const next = cron.nextRun(now);
  cron.stop();
  if (!next) throw new Error(`no occurrence of ${at} ${timeZone} after ${now.toISOString()}`);
  return next;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
