/**
 * Timestamps in Choice rules follow the ASL spec: RFC 3339 with an uppercase `T` between date and
 * time and either an uppercase `Z` or a numeric offset (`2016-03-14T01:59:00Z`,
 * `2016-03-14T01:59:00.123+01:00`). Anything else is not a timestamp.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** An instant with sub-millisecond precision (fractions down to nanoseconds compare correctly). */
export interface Instant {
  epochMillis: number;
  nanosOfMilli: number;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses an ASL timestamp; `undefined` when `value` is not one. */
export function parseTimestamp(value: unknown): Instant | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PATTERN.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const fraction = (m[7] ?? '').padEnd(9, '0');
  const millisOfSecond = Number(fraction.slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisOfSecond);
  return { epochMillis: date.getTime() - offsetMinutes * 60_000, nanosOfMilli: Number(fraction.slice(3)) };
}

/** True when `value` is a valid ASL timestamp string. */
export function isTimestamp(value: unknown): boolean {
  return parseTimestamp(value) !== undefined;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.epochMillis - b.epochMillis || a.nanosOfMilli - b.nanosOfMilli;
}
