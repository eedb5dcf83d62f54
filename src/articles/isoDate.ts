// Publication dates as written by feeds, pages and people, normalised to YYYY-MM-DD. A value
// that does not state a full, valid calendar date gives null: the article's date is then
// unknown, never guessed (no "today", no day-first/month-first guess on "04/03/2023").

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// 2023-04-03, 2023-04-03T10:00:00+03:00, 2023/04/03, 2023.04.03
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
// April 3, 2023 / Apr. 3 2023 / Monday, April 3, 2023
const MDY = new RegExp(`^(?:[A-Za-z]+,?\\s+)?(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
// 3 April 2023 / Mon, 03 Apr 2023 10:00:00 GMT (RFC 2822, as in RSS)
const DMY = new RegExp(`^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})\\b`, 'i');

/** A valid calendar date as YYYY-MM-DD, or null (2023-02-30 is not a date). */
export function formatDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, 3)];
}

/**
 * Normalise a publication date to YYYY-MM-DD, or null when the value states no full date.
 * The calendar date is read as written: "2023-04-03T23:30:00-05:00" is 2023-04-03 (the
 * publisher's own day), not converted to UTC. Numbers are Unix times (seconds or ms), UTC.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = YMD.exec(s);
  if (m) return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY.exec(s);
  if (m) return formatDate(Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2]));
  m = DMY.exec(s);
  if (m) return formatDate(Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1]));
  return null;
}
