import { overlongLines, parseIcs } from '../../../../../test/e2e/ics.js';
import { buildEventFile, buildFeed, type CalendarEventRow, type CalendarFollowUpRow, vtimezoneFor } from './calendar-ics.js';

const event = (over: Partial<CalendarEventRow> = {}): CalendarEventRow => ({
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Coding interview',
  type: 'interview',
  roundKind: 'coding',
  startsAt: new Date('2026-03-10T15:00:00Z'),
  endsAt: new Date('2026-03-10T16:30:00Z'),
  timeZone: 'Europe/Berlin',
  location: null,
  url: null,
  notes: null,
  outcome: 'pending',
  version: 3,
  updatedAt: new Date('2026-03-01T09:15:00Z'),
  companyName: 'Stripe',
  roleTitle: 'ML Engineer',
  ...over,
});

const followUp = (over: Partial<CalendarFollowUpRow> = {}): CalendarFollowUpRow => ({
  id: '22222222-2222-4222-8222-222222222222',
  title: 'Thank-you note',
  kind: 'thank_you',
  dueOn: '2026-03-11',
  dueTime: null,
  notes: null,
  version: 1,
  updatedAt: new Date('2026-03-02T10:00:00Z'),
  companyName: null,
  roleTitle: null,
  contactName: 'Maya Okafor',
  ...over,
});

const options = { timeZone: 'America/New_York', publicUrl: 'https://offerpath.example.com' };

describe('calendar ics', () => {
  it('writes a timed event in its own zone, with a matching VTIMEZONE, in UTC instants that round-trip', () => {
    const ics = buildFeed([event()], [], options);
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260310T160000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20260310T173000\r\n');
    const parsed = parseIcs(ics);
    expect(parsed.timezones).toContain('Europe/Berlin');
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({
      uid: 'event-11111111-1111-4111-8111-111111111111@offerpath',
      tzid: 'Europe/Berlin',
      start: '2026-03-10T16:00:00',
      startInstant: '2026-03-10T15:00:00.000Z',
      sequence: 2,
      dtstamp: '20260301T091500Z',
      lastModified: '20260301T091500Z',
      status: 'CONFIRMED',
      categories: ['Interview'],
    });
    expect(parsed.events[0].description).toContain('Interview · Coding');
    expect(parsed.events[0].description).toContain('Application: Stripe — ML Engineer');
    expect(parsed.props).toMatchObject({ 'X-WR-CALNAME': 'Offerpath', 'X-WR-TIMEZONE': 'America/New_York', 'X-PUBLISHED-TTL': 'PT1H', METHOD: 'PUBLISH' });
  });

  it('gets DST right on both sides of a change', () => {
    const summer = parseIcs(buildFeed([event({ startsAt: new Date('2026-07-01T12:00:00Z'), endsAt: null, timeZone: 'America/New_York' })], [], options)).events[0];
    expect(summer).toMatchObject({ start: '2026-07-01T08:00:00', end: '2026-07-01T09:00:00', startInstant: '2026-07-01T12:00:00.000Z' });
    const winter = parseIcs(buildFeed([event({ startsAt: new Date('2026-01-15T12:00:00Z'), endsAt: null, timeZone: 'America/New_York' })], [], options)).events[0];
    expect(winter).toMatchObject({ start: '2026-01-15T07:00:00', startInstant: '2026-01-15T12:00:00.000Z' });
  });

  it('escapes commas, semicolons, backslashes and newlines, and they round-trip', () => {
    const title = 'Onsite, round 2; bring laptop \\ charger\nand ID';
    const notes = 'Line one\r\nLine two, with; punctuation\\';
    const ics = buildFeed([event({ title, notes, location: 'Room 4, 3rd floor; Berlin' })], [], options);
    expect(ics).toContain('SUMMARY:Onsite\\, round 2\\; bring laptop \\\\ charger\\nand ID');
    const parsed = parseIcs(ics).events[0];
    expect(parsed.summary).toBe(title);
    expect(parsed.location).toBe('Room 4, 3rd floor; Berlin');
    expect(parsed.description).toContain('Line one\nLine two, with; punctuation\\');
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const notes = `${'Prepare the system design of a feed ranking service. '.repeat(8)}Zürich 🚀 ${'é'.repeat(90)}`;
    const ics = buildFeed([event({ notes })], [], options);
    expect(overlongLines(ics)).toEqual([]);
    expect(ics).toMatch(/\r\n [^\r]/); // at least one continuation line
    expect(parseIcs(ics).events[0].description).toContain(notes);
  });

  it('writes follow-ups all-day, or at their time in the user zone', () => {
    const ics = buildFeed([], [followUp(), followUp({ id: '33333333-3333-4333-8333-333333333333', dueTime: '09:30', title: 'Call back' })], options);
    const [allDay, timed] = parseIcs(ics).events;
    expect(allDay).toMatchObject({ uid: 'follow-up-22222222-2222-4222-8222-222222222222@offerpath', allDay: true, start: '2026-03-11', end: '2026-03-12', tzid: null, categories: ['Follow-up'] });
    expect(allDay.description).toContain('Contact: Maya Okafor');
    expect(timed).toMatchObject({ tzid: 'America/New_York', start: '2026-03-11T09:30:00', end: '2026-03-11T10:00:00', startInstant: '2026-03-11T13:30:00.000Z' });
    expect(ics).toContain('TRANSP:TRANSPARENT');
  });

  it('names aliases as the VTIMEZONE does, and falls back to UTC for an unknown zone', () => {
    expect(vtimezoneFor('Asia/Calcutta')?.tzid).toBe('Asia/Kolkata');
    const kolkata = buildFeed([event({ timeZone: 'Asia/Calcutta' })], [], options);
    expect(kolkata).toContain('DTSTART;TZID=Asia/Kolkata:20260310T203000');
    expect(parseIcs(kolkata).timezones).toContain('Asia/Kolkata');
    const unknown = parseIcs(buildFeed([event({ timeZone: 'Mars/Olympus_Mons' })], [], options)).events[0];
    expect(unknown).toMatchObject({ tzid: null, startInstant: '2026-03-10T15:00:00.000Z' });
  });

  it('marks a cancelled event and makes a single-event file', () => {
    const ics = buildEventFile(event({ outcome: 'cancelled', url: 'https://meet.example.com/abc?x=1,2' }), options.publicUrl);
    const parsed = parseIcs(ics);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({ status: 'CANCELLED', url: 'https://meet.example.com/abc?x=1%2C2' });
  });
});
