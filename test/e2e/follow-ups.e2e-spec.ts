import { CADENCE_RULE_KEYS, addDays, localDate } from '@offerpath/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

interface FollowUp {
  id: string;
  title: string;
  kind: string;
  status: string;
  dueOn: string;
  firstDueOn: string;
  version: number;
}

/** Today for a user in `tz`, as the API must compute it (a run across local midnight could flake; it is one instant). */
const todayIn = (tz = 'UTC') => localDate(new Date(), tz);
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('follow-ups and today', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;

  /** A user whose cadence rules are all off, so only the follow-ups a test makes exist. */
  async function quietUser(name = 'Quiet'): Promise<TestUser> {
    const user = await signUp(app, name);
    const cadence = Object.fromEntries(CADENCE_RULE_KEYS.map((key) => [key, { enabled: false }]));
    await db.query(
      `INSERT INTO user_settings (user_id, cadence) VALUES ($1, $2::jsonb) ON CONFLICT (user_id) DO UPDATE SET cadence = EXCLUDED.cadence`,
      [user.id, JSON.stringify(cadence)],
    );
    return user;
  }

  const setTimeZone = (user: TestUser, tz: string) => db.query(`UPDATE user_settings SET time_zone = $2 WHERE user_id = $1`, [user.id, tz]);

  async function followUp(user: TestUser, body: Record<string, unknown> = {}): Promise<FollowUp> {
    return (await user.agent.post('/api/follow-ups').send({ title: 'Ping the recruiter', ...body }).expect(201)).body;
  }
  async function application(user: TestUser, body: Record<string, unknown> = {}) {
    return (await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer', ...body }).expect(201)).body;
  }
  async function contact(user: TestUser, name = 'Maya Okafor') {
    return (await user.agent.post('/api/contacts').send({ name }).expect(201)).body;
  }
  /** An event starting at local `time` on local `day` in `tz` (computed by Postgres). */
  async function event(user: TestUser, day: string, time: string, tz: string, extra: { title?: string; applicationId?: string; outcome?: string } = {}) {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO events (user_id, application_id, type, title, starts_at, ends_at, time_zone, outcome)
       VALUES ($1, $2, 'interview', $3, ($4::date + $5::time) AT TIME ZONE $6::text, ($4::date + $5::time) AT TIME ZONE $6::text + interval '1 hour', $6::text, $7)
       RETURNING id`,
      [user.id, extra.applicationId ?? null, extra.title ?? 'Coding interview', day, time, tz, extra.outcome ?? 'pending'],
    );
    return row.id;
  }
  const view = async (user: TestUser, query: string) => (await user.agent.get(`/api/follow-ups?${query}`).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
    alice = await quietUser('Alice');
    bob = await quietUser('Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(
    () => app,
    [
      ['get', '/api/today'],
      ['get', '/api/follow-ups'],
      ['get', '/api/follow-ups/counts'],
      ['post', '/api/follow-ups'],
      ['get', `/api/follow-ups/${MISSING_ID}`],
      ['patch', `/api/follow-ups/${MISSING_ID}`],
      ['delete', `/api/follow-ups/${MISSING_ID}`],
      ['post', `/api/follow-ups/${MISSING_ID}/complete`],
      ['post', `/api/follow-ups/${MISSING_ID}/snooze`],
      ['post', `/api/follow-ups/${MISSING_ID}/reopen`],
    ],
    { title: 'x', version: 1, days: 1 },
  );

  describe('create and read', () => {
    it('creates a manual follow-up due today by default', async () => {
      const res = await alice.agent.post('/api/follow-ups').send({ title: '  Thank Lena  ' }).expect(201);
      expect(res.body).toMatchObject({
        title: 'Thank Lena',
        kind: 'custom',
        notes: null,
        dueOn: todayIn(),
        firstDueOn: todayIn(),
        dueTime: null,
        status: 'open',
        rule: null,
        completedAt: null,
        cancelledReason: null,
        applicationId: null,
        contactId: null,
        referralId: null,
        eventId: null,
        application: null,
        contact: null,
        referral: null,
        event: null,
        version: 1,
      });
      expect((await alice.agent.get(`/api/follow-ups/${res.body.id}`).expect(200)).body).toEqual(res.body);
    });

    it('links to the user’s application, contact, referral and event, with a summary of each', async () => {
      const a = await application(alice, { companyName: 'OpenAI', roleTitle: 'Research Engineer' });
      const c = await contact(alice, 'Lena Fischer');
      const r = (await alice.agent.post('/api/referrals').send({ applicationId: a.id, contactId: c.id, status: 'asked' }).expect(201)).body;
      const e = await event(alice, '2026-04-02', '15:00', 'UTC', { title: 'Onsite', applicationId: a.id });
      const created = await followUp(alice, {
        title: 'Check on the referral',
        kind: 'check_referral',
        notes: 'ask about the team',
        dueOn: '2026-04-01',
        dueTime: '09:30',
        applicationId: a.id,
        contactId: c.id,
        referralId: r.id,
        eventId: e,
      });
      expect(created).toMatchObject({
        kind: 'check_referral',
        notes: 'ask about the team',
        dueOn: '2026-04-01',
        firstDueOn: '2026-04-01',
        dueTime: '09:30',
        application: { id: a.id, companyName: 'OpenAI', roleTitle: 'Research Engineer', stage: a.stage },
        contact: { id: c.id, name: 'Lena Fischer' },
        referral: { id: r.id, status: 'asked', contactId: c.id, contactName: 'Lena Fischer', companyName: 'OpenAI' },
        event: { id: e, title: 'Onsite', type: 'interview', startsAt: '2026-04-02T15:00:00.000Z' },
      });
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const user = await quietUser();
      for (const [body, field] of [
        [{}, 'title'],
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ title: 3 }, 'title'],
        [{ title: 'ok', kind: 'nag' }, 'kind'],
        [{ title: 'ok', kind: null }, 'kind'],
        [{ title: 'ok', dueOn: '2026-02-30' }, 'dueOn'],
        [{ title: 'ok', dueOn: '12/03/2026' }, 'dueOn'],
        [{ title: 'ok', dueOn: null }, 'dueOn'],
        [{ title: 'ok', dueTime: '25:00' }, 'dueTime'],
        [{ title: 'ok', dueTime: '9:30' }, 'dueTime'],
        [{ title: 'ok', notes: 'x'.repeat(20_001) }, 'notes'],
        [{ title: 'ok', applicationId: 'x' }, 'applicationId'],
        [{ title: 'ok', contactId: 'x' }, 'contactId'],
        [{ title: 'ok', referralId: 1 }, 'referralId'],
        [{ title: 'ok', eventId: 'x' }, 'eventId'],
        [{ title: 'ok', status: 'done' }, 'status'],
        [{ title: 'ok', rule: 'portal_no_response' }, 'rule'],
        [{ title: 'ok', userId: bob.id }, 'userId'],
      ] as const) {
        const res = await user.agent.post('/api/follow-ups').send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await view(user, '')).total).toBe(0);
    });

    it('answers 404 naming the field for a link that is not the user’s', async () => {
      const user = await quietUser();
      const bobsApp = await application(bob);
      const bobsContact = await contact(bob);
      const bobsEvent = await event(bob, '2026-04-02', '10:00', 'UTC');
      const mine = await application(user);
      for (const [body, field] of [
        [{ applicationId: bobsApp.id }, 'applicationId'],
        [{ applicationId: MISSING_ID }, 'applicationId'],
        [{ contactId: bobsContact.id }, 'contactId'],
        [{ applicationId: mine.id, referralId: MISSING_ID }, 'referralId'],
        [{ eventId: bobsEvent }, 'eventId'],
      ] as const) {
        const res = await user.agent.post('/api/follow-ups').send({ title: 'x', ...body });
        expectProblem(res, 404, 'not_found');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await view(user, '')).total).toBe(0);
    });

    it('answers 404 for another user’s follow-up on every route, and 400 naming id for a bad id', async () => {
      const f = await followUp(alice);
      for (const id of [f.id, MISSING_ID]) {
        expectProblem(await bob.agent.get(`/api/follow-ups/${id}`), 404, 'not_found');
        expectProblem(await bob.agent.patch(`/api/follow-ups/${id}`).send({ version: 1, title: 'mine' }), 404, 'not_found');
        expectProblem(await bob.agent.delete(`/api/follow-ups/${id}`), 404, 'not_found');
        expectProblem(await bob.agent.post(`/api/follow-ups/${id}/complete`).send({}), 404, 'not_found');
        expectProblem(await bob.agent.post(`/api/follow-ups/${id}/snooze`).send({ days: 1 }), 404, 'not_found');
        expectProblem(await bob.agent.post(`/api/follow-ups/${id}/reopen`).send({}), 404, 'not_found');
      }
      for (const [method, url, body] of [
        ['get', '/api/follow-ups/nope', {}],
        ['patch', '/api/follow-ups/nope', { version: 1 }],
        ['delete', '/api/follow-ups/nope', {}],
        ['post', '/api/follow-ups/nope/complete', {}],
        ['post', '/api/follow-ups/nope/snooze', { days: 1 }],
        ['post', '/api/follow-ups/nope/reopen', {}],
      ] as const) {
        const res = await alice.agent[method](url).send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual(['id']);
      }
      // Untouched by all of that.
      expect((await alice.agent.get(`/api/follow-ups/${f.id}`).expect(200)).body).toMatchObject({ title: 'Ping the recruiter', status: 'open', version: 1 });
    });
  });

  describe('update and delete', () => {
    it('edits fields under a version check; moving the due date of an open one moves firstDueOn', async () => {
      const c = await contact(alice, 'Ravi Patel');
      const f = await followUp(alice, { dueOn: '2026-05-01', contactId: c.id });
      const res = await alice.agent
        .patch(`/api/follow-ups/${f.id}`)
        .send({ version: 1, title: 'Reply to Ravi', kind: 'reply', notes: 'about the offsite', dueOn: '2026-05-03', dueTime: '17:45', contactId: null })
        .expect(200);
      expect(res.body).toMatchObject({ title: 'Reply to Ravi', kind: 'reply', notes: 'about the offsite', dueOn: '2026-05-03', firstDueOn: '2026-05-03', dueTime: '17:45', contactId: null, contact: null, version: 2 });

      const stale = await alice.agent.patch(`/api/follow-ups/${f.id}`).send({ version: 1, title: 'lost' });
      expectProblem(stale, 409, 'version_conflict');
      expect(stale.body.currentVersion).toBe(2);

      for (const [body, field] of [
        [{ title: 'no version' }, 'version'],
        [{ version: 'x' }, 'version'],
        [{ version: 2, title: '' }, 'title'],
        [{ version: 2, title: null }, 'title'],
        [{ version: 2, dueOn: '2026-13-01' }, 'dueOn'],
        [{ version: 2, kind: 'x' }, 'kind'],
        [{ version: 2, contactId: 'x' }, 'contactId'],
        [{ version: 2, status: 'done' }, 'status'],
      ] as const) {
        const bad = await alice.agent.patch(`/api/follow-ups/${f.id}`).send(body);
        expectProblem(bad, 400, 'validation_failed');
        expect(problemFields(bad)).toEqual([field]);
      }
      const bobsContact = await contact(bob);
      const foreign = await alice.agent.patch(`/api/follow-ups/${f.id}`).send({ version: 2, contactId: bobsContact.id });
      expectProblem(foreign, 404, 'not_found');
      expect(problemFields(foreign)).toEqual(['contactId']);
      expect((await alice.agent.get(`/api/follow-ups/${f.id}`).expect(200)).body).toMatchObject({ title: 'Reply to Ravi', contactId: null, version: 2 });
    });

    it('deletes a manual follow-up; one made by a cadence rule is cancelled as dismissed so the rule does not remake it', async () => {
      const manual = await followUp(alice);
      await alice.agent.delete(`/api/follow-ups/${manual.id}`).expect(204);
      expectProblem(await alice.agent.get(`/api/follow-ups/${manual.id}`), 404, 'not_found');
      expectProblem(await alice.agent.delete(`/api/follow-ups/${manual.id}`), 404, 'not_found');

      const [ruled]: Array<{ id: string }> = await db.query(
        `INSERT INTO follow_ups (user_id, kind, title, due_on, first_due_on, rule, rule_key)
         VALUES ($1, 'follow_up_recruiter', 'Nudge', CURRENT_DATE, CURRENT_DATE, 'portal_no_response', $2) RETURNING id`,
        [alice.id, `portal_no_response:${manual.id}:1`],
      );
      await alice.agent.delete(`/api/follow-ups/${ruled.id}`).expect(204);
      expect((await alice.agent.get(`/api/follow-ups/${ruled.id}`).expect(200)).body).toMatchObject({ status: 'cancelled', cancelledReason: 'dismissed', rule: 'portal_no_response', version: 2 });
    });
  });

  describe('views', () => {
    let user: TestUser;
    let today: string;
    const made: Record<string, FollowUp> = {};
    let appId: string;
    let contactId: string;

    beforeAll(async () => {
      user = await quietUser('Viewer');
      today = todayIn();
      appId = (await application(user)).id;
      contactId = (await contact(user)).id;
      for (const [key, offset, extra] of [
        ['overdue3', -3, { applicationId: appId }],
        ['overdue1', -1, {}],
        ['today', 0, { contactId }],
        ['todayEarly', 0, { dueTime: '08:00' }],
        ['plus1', 1, { applicationId: appId }],
        ['plus7', 7, {}],
        ['plus8', 8, {}],
        ['done', -2, {}],
        ['cancelled', 0, {}],
      ] as const) {
        made[key] = await followUp(user, { title: key, dueOn: addDays(today, offset), ...extra });
      }
      await user.agent.post(`/api/follow-ups/${made.done.id}/complete`).send({}).expect(200);
      await db.query(`UPDATE follow_ups SET status = 'cancelled', cancelled_reason = 'answered', updated_at = now() WHERE id = $1`, [made.cancelled.id]);
    });

    it('buckets pending follow-ups around the user’s today', async () => {
      const overdue = await view(user, 'view=overdue');
      expect(overdue.date).toBe(today);
      expect(ids(overdue.items)).toEqual([made.overdue3.id, made.overdue1.id]);
      expect(overdue.total).toBe(2);
      // Timed ones first on the same day.
      expect(ids((await view(user, 'view=today')).items)).toEqual([made.todayEarly.id, made.today.id]);
      expect(ids((await view(user, 'view=upcoming')).items)).toEqual([made.plus1.id, made.plus7.id]);
      expect(ids((await view(user, 'view=upcoming&days=8')).items)).toEqual([made.plus1.id, made.plus7.id, made.plus8.id]);
      expect(ids((await view(user, 'view=upcoming&days=1')).items)).toEqual([made.plus1.id]);
      // Without a view: every pending one, soonest first.
      expect(ids((await view(user, '')).items)).toEqual(['overdue3', 'overdue1', 'todayEarly', 'today', 'plus1', 'plus7', 'plus8'].map((k) => made[k].id));
    });

    it('lists done and cancelled ones newest first, paginated', async () => {
      const done = await view(user, 'view=done');
      expect(done.items.map((f: FollowUp) => [f.id, f.status])).toEqual([
        [made.cancelled.id, 'cancelled'],
        [made.done.id, 'done'],
      ]);
      const second = await view(user, 'view=done&pageSize=1&page=2');
      expect({ ids: ids(second.items), total: second.total, page: second.page, pageSize: second.pageSize }).toEqual({ ids: [made.done.id], total: 2, page: 2, pageSize: 1 });
      const past = await view(user, 'view=done&pageSize=1&page=5');
      expect({ items: past.items, total: past.total, date: past.date }).toEqual({ items: [], total: 2, date: today });
    });

    it('filters by application and contact', async () => {
      expect(ids((await view(user, `applicationId=${appId}`)).items)).toEqual([made.overdue3.id, made.plus1.id]);
      expect(ids((await view(user, `view=overdue&applicationId=${appId}`)).items)).toEqual([made.overdue3.id]);
      expect(ids((await view(user, `contactId=${contactId}`)).items)).toEqual([made.today.id]);
      expect((await view(user, `referralId=${MISSING_ID}`)).items).toEqual([]);
    });

    it('rejects bad list queries naming the field', async () => {
      for (const [query, field] of [
        ['view=soon', 'view'],
        ['view=upcoming&days=0', 'days'],
        ['view=upcoming&days=366', 'days'],
        ['days=x', 'days'],
        ['applicationId=x', 'applicationId'],
        ['contactId=x', 'contactId'],
        ['referralId=x', 'referralId'],
        ['pageSize=0', 'pageSize'],
        ['page=0', 'page'],
        ['status=open', 'status'],
      ] as const) {
        const res = await user.agent.get(`/api/follow-ups?${query}`);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
    });

    it('keeps users apart', async () => {
      const other = await quietUser('Other');
      expect((await view(other, '')).items).toEqual([]);
      expect((await view(other, 'view=done')).items).toEqual([]);
      expect((await other.agent.get('/api/follow-ups/counts').expect(200)).body).toEqual({ overdue: 0, today: 0 });
      expect((await view(other, `applicationId=${appId}`)).items).toEqual([]);
      const home = (await other.agent.get('/api/today').expect(200)).body;
      expect({ overdue: home.overdue, today: home.today, upcoming: home.upcoming, counts: home.counts }).toEqual({ overdue: [], today: [], upcoming: [], counts: { overdue: 0, today: 0, upcoming: 0 } });
    });

    it('counts overdue and today for the badge', async () => {
      expect((await user.agent.get('/api/follow-ups/counts').expect(200)).body).toEqual({ overdue: 2, today: 2 });
    });

    it('answers the whole home screen in one request', async () => {
      const appEvent = await event(user, today, '12:00', 'UTC', { title: 'System design', applicationId: appId });
      const early = await event(user, today, '00:00', 'UTC', { title: 'Breakfast chat' });
      await event(user, today, '15:00', 'UTC', { title: 'Called off', outcome: 'cancelled' });
      await event(user, addDays(today, 1), '00:00', 'UTC', { title: 'Tomorrow' });
      await event(user, addDays(today, -1), '23:59', 'UTC', { title: 'Yesterday' });
      const body = (await user.agent.get('/api/today').expect(200)).body;
      expect(Object.keys(body).sort()).toEqual(['counts', 'date', 'events', 'overdue', 'timeZone', 'today', 'upcoming']);
      expect({ date: body.date, timeZone: body.timeZone }).toEqual({ date: today, timeZone: 'UTC' });
      expect(ids(body.overdue)).toEqual([made.overdue3.id, made.overdue1.id]);
      expect(ids(body.today)).toEqual([made.todayEarly.id, made.today.id]);
      expect(ids(body.upcoming)).toEqual([made.plus1.id, made.plus7.id]);
      expect(body.counts).toEqual({ overdue: 2, today: 2, upcoming: 2 });
      expect(body.overdue[0].application).toMatchObject({ id: appId, companyName: 'Stripe', roleTitle: 'ML Engineer' });
      expect(body.events.map((e: { id: string; title: string }) => [e.id, e.title])).toEqual([
        [early, 'Breakfast chat'],
        [appEvent, 'System design'],
      ]);
      expect(body.events[1]).toMatchObject({
        type: 'interview',
        roundKind: null,
        startsAt: `${today}T12:00:00.000Z`,
        endsAt: `${today}T13:00:00.000Z`,
        outcome: 'pending',
        application: { id: appId, companyName: 'Stripe', roleTitle: 'ML Engineer' },
      });
      expect(body.events[0].application).toBeNull();
    });
  });

  describe('complete, snooze, reopen', () => {
    it('completes a pending one, then refuses to complete or snooze it again (409 follow_up_closed)', async () => {
      const f = await followUp(alice, { dueOn: addDays(todayIn(), -1) });
      const done = (await alice.agent.post(`/api/follow-ups/${f.id}/complete`).send({ version: 1 }).expect(200)).body;
      expect(done).toMatchObject({ status: 'done', version: 2, dueOn: f.dueOn });
      expect(Math.abs(Date.parse(done.completedAt) - Date.now())).toBeLessThan(60_000);
      expectProblem(await alice.agent.post(`/api/follow-ups/${f.id}/complete`).send({}), 409, 'follow_up_closed');
      expectProblem(await alice.agent.post(`/api/follow-ups/${f.id}/snooze`).send({ days: 1 }), 409, 'follow_up_closed');
      expect(ids((await view(alice, 'view=overdue')).items)).not.toContain(f.id);

      const reopened = (await alice.agent.post(`/api/follow-ups/${f.id}/reopen`).send({ version: 2 }).expect(200)).body;
      expect(reopened).toMatchObject({ status: 'open', completedAt: null, version: 3, dueOn: f.dueOn });
      expectProblem(await alice.agent.post(`/api/follow-ups/${f.id}/reopen`).send({}), 409, 'follow_up_pending');
      expect(ids((await view(alice, 'view=overdue')).items)).toContain(f.id);
    });

    it('refuses a cancelled one too, and a stale version (409 version_conflict)', async () => {
      const f = await followUp(alice);
      await db.query(`UPDATE follow_ups SET status = 'cancelled', cancelled_reason = 'answered' WHERE id = $1`, [f.id]);
      expectProblem(await alice.agent.post(`/api/follow-ups/${f.id}/complete`).send({}), 409, 'follow_up_closed');
      expectProblem(await alice.agent.post(`/api/follow-ups/${f.id}/snooze`).send({ days: 2 }), 409, 'follow_up_closed');
      const g = await followUp(alice);
      const stale = await alice.agent.post(`/api/follow-ups/${g.id}/complete`).send({ version: 7 });
      expectProblem(stale, 409, 'version_conflict');
      expect(stale.body.currentVersion).toBe(1);
      expectProblem(await alice.agent.post(`/api/follow-ups/${g.id}/snooze`).send({ days: 1, version: 7 }), 409, 'version_conflict');
    });

    it('takes a double click as one completion', async () => {
      const f = await followUp(alice);
      const [first, second] = await Promise.all([
        alice.agent.post(`/api/follow-ups/${f.id}/complete`).send({ version: 1 }),
        alice.agent.post(`/api/follow-ups/${f.id}/complete`).send({ version: 1 }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      expect((await alice.agent.get(`/api/follow-ups/${f.id}`).expect(200)).body).toMatchObject({ status: 'done', version: 2 });
    });

    it('snoozes by days from today (or from a later due date) and keeps firstDueOn', async () => {
      const user = await quietUser();
      const today = todayIn();
      const overdue = await followUp(user, { dueOn: addDays(today, -4) });
      const snoozed = (await user.agent.post(`/api/follow-ups/${overdue.id}/snooze`).send({ days: 2 }).expect(200)).body;
      expect(snoozed).toMatchObject({ status: 'snoozed', dueOn: addDays(today, 2), firstDueOn: addDays(today, -4), version: 2 });
      // Snoozed is still pending: it shows as upcoming now, and again when it is due.
      expect(ids((await view(user, 'view=upcoming')).items)).toEqual([overdue.id]);
      expect((await view(user, 'view=overdue')).items).toEqual([]);

      const ahead = await followUp(user, { dueOn: addDays(today, 5) });
      expect((await user.agent.post(`/api/follow-ups/${ahead.id}/snooze`).send({ days: 7 }).expect(200)).body).toMatchObject({ dueOn: addDays(today, 12), firstDueOn: addDays(today, 5) });

      const until = (await user.agent.post(`/api/follow-ups/${overdue.id}/snooze`).send({ until: addDays(today, 20), version: 2 }).expect(200)).body;
      expect(until).toMatchObject({ status: 'snoozed', dueOn: addDays(today, 20), firstDueOn: addDays(today, -4), version: 3 });
      // Editing a snoozed one's date keeps the first due date too.
      const edited = (await user.agent.patch(`/api/follow-ups/${overdue.id}`).send({ version: 3, dueOn: addDays(today, 3) }).expect(200)).body;
      expect(edited).toMatchObject({ status: 'snoozed', dueOn: addDays(today, 3), firstDueOn: addDays(today, -4) });
      // And it can still be completed.
      expect((await user.agent.post(`/api/follow-ups/${overdue.id}/complete`).send({}).expect(200)).body.status).toBe('done');
    });

    it('rejects bad snoozes naming the field', async () => {
      const f = await followUp(alice);
      const today = todayIn();
      for (const [body, field] of [
        [{}, 'days'],
        [{ days: 0 }, 'days'],
        [{ days: 31 }, 'days'],
        [{ days: 1.5 }, 'days'],
        [{ days: '2' }, 'days'],
        [{ until: '2026-02-30' }, 'until'],
        [{ until: today }, 'until'],
        [{ until: addDays(today, -1) }, 'until'],
        [{ days: 2, until: addDays(today, 3) }, 'until'],
        [{ days: 2, version: 0 }, 'version'],
        [{ days: 2, forever: true }, 'forever'],
      ] as const) {
        const res = await alice.agent.post(`/api/follow-ups/${f.id}/snooze`).send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await alice.agent.get(`/api/follow-ups/${f.id}`).expect(200)).body).toMatchObject({ status: 'open', dueOn: today, version: 1 });
    });
  });

  describe('time zones', () => {
    it('computes today in the user’s zone, not the server’s', async () => {
      // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: never on the same date.
      const user = await quietUser('Traveller');
      await setTimeZone(user, 'Pacific/Kiritimati');
      const ahead = todayIn('Pacific/Kiritimati');
      const home = (await user.agent.get('/api/today').expect(200)).body;
      expect({ date: home.date, timeZone: home.timeZone }).toEqual({ date: ahead, timeZone: 'Pacific/Kiritimati' });
      const f = await followUp(user);
      expect(f.dueOn).toBe(ahead);
      expect((await user.agent.get('/api/follow-ups/counts').expect(200)).body).toEqual({ overdue: 0, today: 1 });

      await setTimeZone(user, 'Pacific/Pago_Pago');
      const behind = todayIn('Pacific/Pago_Pago');
      expect(behind < ahead).toBe(true);
      const later = (await user.agent.get('/api/today').expect(200)).body;
      expect({ date: later.date, timeZone: later.timeZone, today: later.today, upcoming: ids(later.upcoming) }).toEqual({ date: behind, timeZone: 'Pacific/Pago_Pago', today: [], upcoming: [f.id] });
      expect((await user.agent.get('/api/follow-ups/counts').expect(200)).body).toEqual({ overdue: 0, today: 0 });
      // A snooze "until today+1" must be after the local today: Kiritimati's today is after Pago Pago's.
      expect((await user.agent.post(`/api/follow-ups/${f.id}/snooze`).send({ until: ahead }).expect(200)).body.dueOn).toBe(ahead);
    });

    it('lists the events of the local day: midnight to midnight in the user’s zone', async () => {
      const user = await quietUser('Berliner');
      await setTimeZone(user, 'Europe/Berlin');
      const today = todayIn('Europe/Berlin');
      const justAfterMidnight = await event(user, today, '00:30', 'Europe/Berlin', { title: 'Early' });
      const lateEvening = await event(user, today, '23:30', 'Europe/Berlin', { title: 'Late' });
      await event(user, addDays(today, -1), '23:30', 'Europe/Berlin', { title: 'Yesterday late' });
      await event(user, addDays(today, 1), '00:00', 'Europe/Berlin', { title: 'Tomorrow midnight' });
      const home = (await user.agent.get('/api/today').expect(200)).body;
      expect(home.date).toBe(today);
      expect(ids(home.events)).toEqual([justAfterMidnight, lateEvening]);
    });

    it('falls back to UTC without a settings row', async () => {
      const user = await signUp(app, 'No settings');
      await db.query(`DELETE FROM user_settings WHERE user_id = $1`, [user.id]);
      const home = (await user.agent.get('/api/today').expect(200)).body;
      expect({ date: home.date, timeZone: home.timeZone }).toEqual({ date: todayIn('UTC'), timeZone: 'UTC' });
    });
  });

  describe('board cards', () => {
    it('carry the next pending follow-up of each application, or null', async () => {
      const user = await quietUser('Boarder');
      const today = todayIn();
      const withTwo = await application(user, { companyName: 'Anthropic' });
      const withNone = await application(user, { companyName: 'DeepMind' });
      const withDoneOnly = await application(user, { companyName: 'Cohere' });
      await followUp(user, { title: 'later', dueOn: addDays(today, 4), applicationId: withTwo.id });
      const soonest = await followUp(user, { title: 'sooner', kind: 'thank_you', dueOn: addDays(today, 1), applicationId: withTwo.id });
      const done = await followUp(user, { title: 'done', dueOn: addDays(today, -1), applicationId: withTwo.id });
      await user.agent.post(`/api/follow-ups/${done.id}/complete`).send({}).expect(200);
      const doneOnly = await followUp(user, { dueOn: today, applicationId: withDoneOnly.id });
      await user.agent.post(`/api/follow-ups/${doneOnly.id}/complete`).send({}).expect(200);

      const board = (await user.agent.get('/api/board').expect(200)).body;
      const cards = board.columns.flatMap((column: { applications: Array<{ id: string; nextFollowUp: unknown }> }) => column.applications);
      const next = Object.fromEntries(cards.map((card: { id: string; nextFollowUp: unknown }) => [card.id, card.nextFollowUp]));
      expect(next).toEqual({
        [withTwo.id]: { id: soonest.id, title: 'sooner', dueOn: addDays(today, 1), kind: 'thank_you' },
        [withNone.id]: null,
        [withDoneOnly.id]: null,
      });
    });
  });
});
