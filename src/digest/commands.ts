// `/claim digest …`: parsing the subscription commands. Platform-neutral: every adapter passes
// the text after "digest" and gets back a command or a DigestError with a friendly message.
import { parseQuery, QueryError } from '../query/index.ts';
import { DigestError } from './errors.ts';

export type DigestCommand =
  | { action: 'help' }
  | { action: 'list' }
  | { action: 'unsubscribe'; target: string }
  | { action: 'subscribe'; topic: string; at: string | null; timeZone: string | null; quiet: boolean };

export const DIGEST_HELP = [
  '/claim digest subscribe TOPIC [at HH:MM] [tz ZONE] [quiet] — a daily digest of new claims on TOPIC in this channel',
  '   TOPIC is any /claim query, filters included: /claim digest subscribe bakhmut from:zelensky at 08:00 tz Europe/Kyiv',
  '   quiet: no post on a day with nothing new',
  '/claim digest list — this channel’s digests',
  '/claim digest unsubscribe ID|TOPIC — stop one (ID as shown by list, e.g. d3)',
];

/** Whether `/claim TEXT` is a digest command rather than a question. */
export function isDigestCommand(text: string): boolean {
  return /^\s*digest(\s|$)/i.test(text);
}

/** Parses the text of `/claim digest …` (with or without the leading "digest"). */
export function parseDigestCommand(text: string): DigestCommand {
  const rest = text.trim().replace(/^digest\b/i, '').trim();
  const [verb = '', ...words] = rest.split(/\s+/).filter(Boolean);
  switch (verb.toLowerCase()) {
    case '':
    case 'help':
      return { action: 'help' };
    case 'list':
      return { action: 'list' };
    case 'unsubscribe':
    case 'remove':
    case 'stop': {
      const target = words.join(' ');
      if (!target) throw new DigestError('missing_target', 'Say which digest to stop: /claim digest unsubscribe ID (see /claim digest list) or the topic.');
      return { action: 'unsubscribe', target };
    }
    case 'subscribe':
    case 'add':
      return parseSubscribe(words);
    default:
      throw new DigestError('unknown_command', `"${verb}" is not a digest command. Use subscribe, list or unsubscribe (/claim digest help).`);
  }
}

/**
 * Options come after the topic, in any order: `at HH:MM`, `tz ZONE` (or `zone ZONE`), `quiet`.
 * They are read from the end only, so the same words inside a topic stay in it: "war zone
 * casualties", "quiet diplomacy", "attack at dawn".
 */
function parseSubscribe(words: string[]): DigestCommand {
  let at: string | null = null;
  let timeZone: string | null = null;
  let quiet = false;
  const topic = [...words];
  for (;;) {
    const last = topic.at(-1)?.toLowerCase();
    const before = topic.at(-2)?.toLowerCase();
    if (last === 'quiet' && !quiet && topic.length > 1) {
      quiet = true;
      topic.pop();
    } else if (before === 'at' && at === null && /^\d{1,2}:\d{2}$/.test(last!)) {
      at = parseTime(topic.at(-1)!);
      topic.splice(-2);
    } else if (timeZone === null && (before === 'tz' || (before === 'zone' && isTimeZone(topic.at(-1)!)))) {
      timeZone = parseZone(topic.at(-1)!);
      topic.splice(-2);
    } else {
      break;
    }
  }
  const text = topic.join(' ');
  if (!text) throw new DigestError('missing_topic', 'Say what the digest is about: /claim digest subscribe TOPIC [at HH:MM] [tz ZONE].');
  try {
    const query = parseQuery(text);
    if (query.help) throw new DigestError('bad_topic', '"help" is not a topic.');
  } catch (error) {
    if (error instanceof QueryError) throw new DigestError('bad_topic', `That topic is not a query claimdesk can run: ${error.message}`);
    throw error;
  }
  return { action: 'subscribe', topic: text, at, timeZone, quiet };
}

/** "8:00" → "08:00"; hours 0–23, minutes 0–59. */
export function parseTime(text: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) {
    throw new DigestError('bad_time', `"${text}" is not a time of day: use HH:MM on a 24-hour clock, e.g. 08:00 or 17:30.`);
  }
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** An IANA zone as the runtime knows it ("Europe/Kyiv", "UTC"); throws bad_zone otherwise. */
export function parseZone(text: string): string {
  if (!isTimeZone(text)) {
    throw new DigestError('bad_zone', `"${text}" is not a time zone claimdesk knows: use an IANA name such as Europe/Kyiv, America/New_York or UTC.`);
  }
  return text;
}

export function isTimeZone(text: string): boolean {
  // Offsets such as "+02:00" are valid to Intl but do not follow daylight saving: not a place.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(text)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
    return true;
  } catch {
    return false;
  }
}
