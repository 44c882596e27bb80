import { localDate, timeZoneOrUtc } from '@offerpath/domain';
import { DateTime } from 'luxon';

export interface DigestTiming {
  timeZone: string;
  digestHour: number;
  /** Local day of the latest digest claimed for the user, if any. */
  lastClaimedOn: string | null;
}

/**
 * The local day ('YYYY-MM-DD') whose digest is due at `now`, or null: due once the user's local
 * hour has reached digestHour, unless a digest of that day (or a later one, after a change of
 * zone) was already claimed.
 */
export function dueDigestDay(now: Date, timing: DigestTiming): string | null {
  const zone = timeZoneOrUtc(timing.timeZone);
  const day = localDate(now, zone);
  if (DateTime.fromJSDate(now, { zone }).hour < timing.digestHour) return null;
  if (timing.lastClaimedOn !== null && timing.lastClaimedOn >= day) return null;
  return day;
}

/** The instants at which local day `day` starts and ends in `timeZone` (23 or 25 hours apart around DST changes). */
export function dayBounds(day: string, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(day, { zone: timeZoneOrUtc(timeZone) }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

/** A time as the user reads it on their clock, e.g. 14:30. */
export function localClock(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZoneOrUtc(timeZone) }).toFormat('HH:mm');
}

/** A day for people, e.g. Tuesday 10 March 2026. */
export function longDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
}

/** A short day for people, e.g. Tue 10 Mar. */
export function shortDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB').toFormat('ccc d LLL');
}
