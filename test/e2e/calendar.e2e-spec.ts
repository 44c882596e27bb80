import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { overlongLines, parseIcs } from './ics.js';
import { anonymous, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

const DAY_MS = 86_400_000;

describe('calendar feed', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: 'https://offerpath.example.com' });
    db = app.get(DataSource);
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  async function event(user: TestUser, values: { title: string; startsAt: Date; endsAt?: Date | null; timeZone?: string; notes?: string | null; location?: string | null; type?: string }) {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO events (user_id, type, title, starts_at, ends_at, time_zone, notes, location)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [user.id, values.type ?? 'interview', values.title, values.startsAt.toISOString(), values.endsAt?.toISOString() ?? null, values.timeZone ?? 'UTC', values.notes ?? null, values.location ?? null],
    );
    return row.id;
  }

  async function followUp(user: TestUser, values: { title: string; dueOn: string; dueTime?: string | null; status?: string }) {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO follow_ups (user_id, kind, title, due_on, due_time, first_due_on, status)
       VALUES ($1, 'custom', $2, $3::date, $4::time, $3::date, $5) RETURNING id`,
      [user.id, values.title, values.dueOn, values.dueTime ?? null, values.status ?? 'open'],
    );
    return row.id;
  }

  async function feedPath(user: TestUser): Promise<string> {
    const res = await user.agent.post('/api/settings/calendar-token').expect(200);
    return new URL(res.body.url).pathname;
  }

  const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

  describe('routes', () => {
    it('the single-event download needs a session (401)', async () => {
      expectProblem(await anonymous(app).get(`/api/calendar/events/${MISSING_ID}.ics`), 401, 'unauthenticated');
    });

    it('the single-event download is 404 for another user’s event or none, 400 naming id for a bad id', async () => {
      const id = await event(alice, { title: 'Alice only', startsAt: new Date(Date.now() + DAY_MS) });
      expectProblem(await bob.agent.get(`/api/calendar/events/${id}.ics`), 404, 'not_found');
      expectProblem(await alice.agent.get(`/api/calendar/events/${MISSING_ID}.ics`), 404, 'not_found');
      const bad = await alice.agent.get('/api/calendar/events/not-a-uuid.ics');
      expectProblem(bad, 400, 'validation_failed');
      expect(problemFields(bad)).toEqual(['id']);
    });

    it('an unknown, malformed or replaced feed token is a 404 (and needs no session)', async () => {
      expectProblem(await anonymous(app).get(`/api/calendar/${'A'.repeat(43)}.ics`), 404, 'not_found');
      expectProblem(await anonymous(app).get('/api/calendar/short.ics'), 404, 'not_found');
      expectProblem(await anonymous(app).get(`/api/calendar/${'%27%3B'.repeat(8)}.ics`), 404, 'not_found');
      const user = await signUp(app);
      const old = await feedPath(user);
      await anonymous(app).get(old).expect(200);
      const current = await feedPath(user);
      expectProblem(await anonymous(app).get(old), 404, 'not_found');
      await anonymous(app).get(current).expect(200);
    });
  });

  describe('the feed', () => {
    let user: TestUser;
    let path: string;
    const ids: Record<string, string> = {};
    const tricky = 'Onsite, round 2; bring laptop \\ charger\nand ID';
    const longNotes = `Topics: ${'distributed caching, consistency models; back-pressure and retries. '.repeat(30)}Fin 🚀 Zürich`;

    beforeAll(async () => {
      user = await signUp(app, 'Feed User');
      await user.agent.patch('/api/settings').send({ version: 1, timeZone: 'Europe/Berlin' }).expect(200);
      const inTwoDays = new Date(Date.now() + 2 * DAY_MS);
      inTwoDays.setUTCHours(17, 0, 0, 0);
      ids.la = await event(user, { title: tricky, startsAt: inTwoDays, endsAt: new Date(inTwoDays.getTime() + 90 * 60_000), timeZone: 'America/Los_Angeles', notes: longNotes, location: 'Building 4, Room 2; Floor 3' });
      ids.recent = await event(user, { title: 'Recruiter call', startsAt: new Date(Date.now() - 30 * DAY_MS), timeZone: 'Europe/Berlin', type: 'call' });
      ids.ancient = await event(user, { title: 'Ancient meetup', startsAt: new Date(Date.now() - 200 * DAY_MS), type: 'networking_event' });
      ids.allDay = await followUp(user, { title: 'Send thank-you', dueOn: isoDay(1) });
      ids.timed = await followUp(user, { title: 'Call back, maybe', dueOn: '2099-06-15', dueTime: '09:30' });
      ids.overdue = await followUp(user, { title: 'Overdue nudge', dueOn: isoDay(-5), status: 'snoozed' });
      ids.done = await followUp(user, { title: 'Done already', dueOn: isoDay(1), status: 'done' });
      ids.cancelled = await followUp(user, { title: 'Cancelled one', dueOn: isoDay(1), status: 'cancelled' });
      ids.stale = await followUp(user, { title: 'Long forgotten', dueOn: isoDay(-200) });
      path = await feedPath(user);
    });

    it('is valid iCalendar with the events from 90 days ago on and the pending follow-ups', async () => {
      const res = await anonymous(app).get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const parsed = parseIcs(res.text);
      expect(parsed.props).toMatchObject({ VERSION: '2.0', 'X-WR-CALNAME': 'Offerpath', 'X-WR-TIMEZONE': 'Europe/Berlin', 'REFRESH-INTERVAL': 'PT1H', 'X-PUBLISHED-TTL': 'PT1H' });
      expect(parsed.events.map((e) => e.uid).sort()).toEqual(
        [`event-${ids.la}@offerpath`, `event-${ids.recent}@offerpath`, `follow-up-${ids.allDay}@offerpath`, `follow-up-${ids.timed}@offerpath`, `follow-up-${ids.overdue}@offerpath`].sort(),
      );
      expect(parsed.timezones.sort()).toEqual(['America/Los_Angeles', 'Europe/Berlin']);
      for (const e of parsed.events) expect(e.dtstamp).toMatch(/^\d{8}T\d{6}Z$/);
    });

    it('gives the same UIDs (and the same document) on every fetch', async () => {
      const first = await anonymous(app).get(path).expect(200);
      const second = await anonymous(app).get(path).expect(200);
      expect(parseIcs(second.text).events.map((e) => e.uid)).toEqual(parseIcs(first.text).events.map((e) => e.uid));
      expect(second.text).toBe(first.text);
    });

    it('writes an event in its zone with TZID, and its text round-trips through escaping and folding', async () => {
      const res = await anonymous(app).get(path).expect(200);
      const la = parseIcs(res.text).events.find((e) => e.uid === `event-${ids.la}@offerpath`)!;
      const [row]: Array<{ startsAt: Date }> = await db.query(`SELECT starts_at AS "startsAt" FROM events WHERE id = $1`, [ids.la]);
      expect(la.tzid).toBe('America/Los_Angeles');
      expect(la.startInstant).toBe(row.startsAt.toISOString());
      expect(la.start).toMatch(/T(09|10):00:00$/); // 17:00 UTC is 09:00 PST or 10:00 PDT
      expect(la.summary).toBe(tricky);
      expect(la.location).toBe('Building 4, Room 2; Floor 3');
      expect(la.description).toContain(longNotes);
      expect(res.text).toContain('SUMMARY:Onsite\\, round 2\\; bring laptop \\\\ charger\\nand ID\r\n');
      expect(overlongLines(res.text)).toEqual([]);
      expect(res.text).toMatch(/\r\nDESCRIPTION:[^\r]+\r\n [^\r]+\r\n [^\r]+/); // folded over several lines
    });

    it('writes follow-ups all-day on their due day, or at their time in the user’s zone', async () => {
      const events = parseIcs((await anonymous(app).get(path).expect(200)).text).events;
      expect(events.find((e) => e.uid === `follow-up-${ids.allDay}@offerpath`)).toMatchObject({ allDay: true, start: isoDay(1), tzid: null, summary: 'Send thank-you' });
      expect(events.find((e) => e.uid === `follow-up-${ids.timed}@offerpath`)).toMatchObject({
        allDay: false,
        tzid: 'Europe/Berlin',
        start: '2099-06-15T09:30:00',
        startInstant: '2099-06-15T07:30:00.000Z',
        summary: 'Call back, maybe',
      });
    });

    it('raises SEQUENCE when an event changes', async () => {
      const before = parseIcs((await anonymous(app).get(path).expect(200)).text).events.find((e) => e.uid === `event-${ids.recent}@offerpath`)!;
      await db.query(`UPDATE events SET title = 'Recruiter call (moved)', version = version + 1, updated_at = now() WHERE id = $1`, [ids.recent]);
      const after = parseIcs((await anonymous(app).get(path).expect(200)).text).events.find((e) => e.uid === `event-${ids.recent}@offerpath`)!;
      expect(after.sequence).toBe(before.sequence + 1);
      expect(after.summary).toBe('Recruiter call (moved)');
    });

    it('never shows one user’s data in another’s feed', async () => {
      await event(bob, { title: 'Bob private interview', startsAt: new Date(Date.now() + DAY_MS) });
      const bobFeed = (await anonymous(app).get(await feedPath(bob)).expect(200)).text;
      const userFeed = (await anonymous(app).get(path).expect(200)).text;
      expect(bobFeed).toContain('Bob private interview');
      expect(userFeed).not.toContain('Bob private interview');
      for (const id of Object.values(ids)) expect(bobFeed).not.toContain(id);
    });

    it('downloads one event as an attachment', async () => {
      const res = await user.agent.get(`/api/calendar/events/${ids.la}.ics`).expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?offerpath-event-${ids.la}\\.ics"?$`));
      const parsed = parseIcs(res.text);
      expect(parsed.events).toHaveLength(1);
      expect(parsed.events[0]).toMatchObject({ uid: `event-${ids.la}@offerpath`, summary: tricky, tzid: 'America/Los_Angeles' });
      expect(parsed.timezones).toEqual(['America/Los_Angeles']);
    });
  });
});
