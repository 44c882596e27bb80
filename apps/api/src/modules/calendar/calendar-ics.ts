import { addDays, EVENT_TYPE_LABELS, FOLLOW_UP_KIND_LABELS, type EventOutcome, type EventType, type FollowUpKind, ROUND_KIND_LABELS, type RoundKind } from '@offerpath/domain';
import ical, { ICalCalendarMethod, type ICalCalendar, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** An events row as the feed needs it. */
export interface CalendarEventRow {
  id: string;
  title: string;
  type: EventType;
  roundKind: RoundKind | null;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  location: string | null;
  url: string | null;
  notes: string | null;
  outcome: EventOutcome;
  version: number;
  updatedAt: Date;
  companyName: string | null;
  roleTitle: string | null;
}

/** A pending follow-up; dueTime ('HH:MM') is in the user's time zone. */
export interface CalendarFollowUpRow {
  id: string;
  title: string;
  kind: FollowUpKind;
  dueOn: string;
  dueTime: string | null;
  notes: string | null;
  version: number;
  updatedAt: Date;
  companyName: string | null;
  roleTitle: string | null;
  contactName: string | null;
}

export interface FeedOptions {
  /** The user's zone: timed follow-ups are in it. */
  timeZone: string;
  publicUrl: string;
  name?: string;
}

/** Events without an end are shown this long; a timed follow-up this long. */
const DEFAULT_EVENT_MINUTES = 60;
const FOLLOW_UP_MINUTES = 30;
/** How often subscribed calendars should refetch (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

const vtimezones = new Map<string, { tzid: string; block: string } | null>();

/**
 * The VTIMEZONE of an IANA zone from timezones-ical-library (current tzdata), under the name the
 * library files it (Asia/Calcutta → Asia/Kolkata, UTC → Etc/UTC), so that TZID and VTIMEZONE
 * always agree. null for a zone the library does not know: those times are written in UTC.
 */
export function vtimezoneFor(timeZone: string): { tzid: string; block: string } | null {
  if (!vtimezones.has(timeZone)) {
    const found = tzlib_get_ical_block(timeZone);
    const tzid = Array.isArray(found) && typeof found[1] === 'string' ? /^TZID=(.+)$/.exec(found[1])?.[1] : undefined;
    vtimezones.set(timeZone, tzid && Array.isArray(found) ? { tzid, block: found[0] } : null);
  }
  return vtimezones.get(timeZone) ?? null;
}

function newCalendar(name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Offerpath', product: 'Offerpath', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
    // name null: DTSTAMP and LAST-MODIFIED stay in UTC ('Z'); the generator still adds one
    // VTIMEZONE per TZID the events use.
    timezone: { name: null, generator: (tzid) => [...vtimezones.values()].find((z) => z?.tzid === tzid)?.block ?? null },
  });
}

function lines(...parts: Array<string | null | false | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

/**
 * ical-generator escapes URL like TEXT (\, \;), but a URI value is not escaped in RFC 5545 and
 * readers take the backslash literally; percent-encoding those characters keeps the URL the same.
 */
function uri(url: string | null): string | null {
  return url === null ? null : url.replace(/[,;\\]/g, (c) => encodeURIComponent(c));
}

function context(companyName: string | null, roleTitle: string | null): string | null {
  return companyName ? `Application: ${companyName}${roleTitle ? ` — ${roleTitle}` : ''}` : null;
}

function addEvent(cal: ICalCalendar, row: CalendarEventRow, publicUrl: string): void {
  const zone = vtimezoneFor(row.timeZone);
  const start = DateTime.fromJSDate(row.startsAt, { zone: zone?.tzid ?? 'utc' });
  const end = row.endsAt ? DateTime.fromJSDate(row.endsAt, { zone: zone?.tzid ?? 'utc' }) : start.plus({ minutes: DEFAULT_EVENT_MINUTES });
  const kind = row.roundKind ? `${EVENT_TYPE_LABELS[row.type]} · ${ROUND_KIND_LABELS[row.roundKind]}` : EVENT_TYPE_LABELS[row.type];
  cal.createEvent({
    id: `event-${row.id}@offerpath`,
    sequence: Math.max(0, row.version - 1),
    stamp: row.updatedAt,
    lastModified: row.updatedAt,
    start,
    end,
    timezone: zone?.tzid ?? null,
    summary: row.title,
    location: row.location,
    url: uri(row.url),
    description: lines(kind, context(row.companyName, row.roleTitle), row.outcome !== 'pending' && `Outcome: ${row.outcome}`, row.notes, `Offerpath: ${publicUrl}/`),
    categories: [{ name: EVENT_TYPE_LABELS[row.type] }],
    status: row.outcome === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

function addFollowUp(cal: ICalCalendar, row: CalendarFollowUpRow, options: FeedOptions): void {
  const zone = vtimezoneFor(options.timeZone);
  const timing = row.dueTime
    ? (() => {
        const start = DateTime.fromISO(`${row.dueOn}T${row.dueTime}`, { zone: zone?.tzid ?? 'utc' });
        return { start, end: start.plus({ minutes: FOLLOW_UP_MINUTES }), timezone: zone?.tzid ?? null };
      })()
    : { start: row.dueOn, end: addDays(row.dueOn, 1), allDay: true };
  cal.createEvent({
    id: `follow-up-${row.id}@offerpath`,
    sequence: Math.max(0, row.version - 1),
    stamp: row.updatedAt,
    lastModified: row.updatedAt,
    ...timing,
    summary: row.title,
    description: lines(
      FOLLOW_UP_KIND_LABELS[row.kind],
      context(row.companyName, row.roleTitle),
      row.contactName && `Contact: ${row.contactName}`,
      row.notes,
      `Offerpath: ${options.publicUrl}/`,
    ),
    categories: [{ name: 'Follow-up' }],
    // A reminder, not a meeting: it should not make the user look busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

/** The subscription feed: the user's events and pending follow-ups. */
export function buildFeed(events: CalendarEventRow[], followUps: CalendarFollowUpRow[], options: FeedOptions): string {
  const cal = newCalendar(options.name ?? 'Offerpath');
  cal.x([['X-WR-TIMEZONE', vtimezoneFor(options.timeZone)?.tzid ?? 'Etc/UTC']]);
  for (const row of events) addEvent(cal, row, options.publicUrl);
  for (const row of followUps) addFollowUp(cal, row, options);
  return cal.toString();
}

/** One event as a file to download and import. */
export function buildEventFile(row: CalendarEventRow, publicUrl: string): string {
  const cal = newCalendar('Offerpath');
  addEvent(cal, row, publicUrl);
  return cal.toString();
}
