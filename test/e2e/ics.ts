import ICAL from 'ical.js';

/** A VEVENT read back with ical.js, in the terms the tests compare. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  sequence: number;
  /** TZID parameter of DTSTART, or null for a UTC or date value. */
  tzid: string | null;
  /** DTSTART as written: 'YYYY-MM-DDTHH:MM:SS' (local to tzid) or 'YYYY-MM-DD'. */
  start: string;
  end: string | null;
  /** DTSTART as an instant, resolved through the feed's own VTIMEZONE. */
  startInstant: string;
  allDay: boolean;
  dtstamp: string;
  lastModified: string | null;
  status: string | null;
  categories: string[];
}

export interface ParsedCalendar {
  props: Record<string, string>;
  timezones: string[];
  events: ParsedEvent[];
}

const text = (component: ICAL.Component, name: string): string | null => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
};

/** A property's value as written in the file, e.g. 20260301T091500Z. */
const icalValue = (component: ICAL.Component, name: string): string | null => {
  const line = component.getFirstProperty(name)?.toICALString();
  return line ? line.slice(line.indexOf(':') + 1) : null;
};

/** Parses an iCalendar document with ical.js, registering its VTIMEZONEs to resolve TZIDs. */
export function parseIcs(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const vtimezone of timezones) ICAL.TimezoneService.register(vtimezone);
  const props: Record<string, string> = {};
  for (const prop of calendar.getAllProperties()) props[prop.name.toUpperCase()] = String(prop.getFirstValue());
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart');
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: text(vevent, 'url'),
      sequence: event.sequence,
      tzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
      start: start.toString(),
      end: vevent.hasProperty('dtend') ? event.endDate.toString() : null,
      startInstant: start.toJSDate().toISOString(),
      allDay: start.isDate,
      dtstamp: icalValue(vevent, 'dtstamp') ?? '',
      lastModified: icalValue(vevent, 'last-modified'),
      status: text(vevent, 'status'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    };
  });
  return { props, timezones: timezones.map((z) => String(z.getFirstPropertyValue('tzid'))), events };
}

/** Lines over 75 octets (RFC 5545 §3.1), CRLF excluded. */
export function overlongLines(ics: string): string[] {
  return ics.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75);
}
