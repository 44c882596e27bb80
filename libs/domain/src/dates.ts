/** Calendar dates as 'YYYY-MM-DD' strings, computed in an IANA time zone. */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `tz` is an IANA zone name this runtime knows (e.g. Europe/Berlin, UTC). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64) return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** `tz` when this runtime knows it, else UTC: a stored zone a runtime has since dropped must not stop the caller. */
export function timeZoneOrUtc(tz: string): string {
  return isValidTimeZone(tz) ? tz : 'UTC';
}

/** The spelling the runtime uses for a zone it accepted case-insensitively ("europe/berlin" → "Europe/Berlin"). */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

/** The calendar date ('YYYY-MM-DD') that `instant` falls on in `timeZone`. Throws on an unknown zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** `date` ('YYYY-MM-DD') moved by whole calendar days (negative goes back). Throws on a malformed date. */
export function addDays(date: string, days: number): string {
  const match = DATE_PATTERN.exec(date);
  if (!match || !Number.isInteger(days)) throw new RangeError(`addDays: expected YYYY-MM-DD and whole days, got ${date}, ${days}`);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return utc.toISOString().slice(0, 10);
}
