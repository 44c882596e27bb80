import type { NestExpressApplication } from '@nestjs/platform-express';
import { addDays, isoWeekStart, localDate, SYSTEM_DESIGN_TOPICS } from '@offerpath/domain';
import { DataSource } from 'typeorm';
import { anonymous, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

/** A zone far from UTC, so "today" differs from the UTC day for much of the day. */
const TZ = 'Pacific/Kiritimati';

describe('interview prep', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
    await db.query(`INSERT INTO user_settings (user_id, time_zone) VALUES ($1, $2)`, [alice.id, TZ]);
  });
  afterAll(async () => {
    await app.close();
  });

  const today = () => localDate(new Date(), TZ);
  const log = async (user: TestUser, body: Record<string, unknown>) => (await user.agent.post('/api/prep/problems').send(body).expect(201)).body;

  describe('every route needs a session (401)', () => {
    it.each([
      ['get', '/api/prep'],
      ['post', '/api/prep/problems'],
      ['delete', `/api/prep/problems/${MISSING_ID}`],
      ['put', '/api/prep/topics/url_shortener'],
      ['delete', '/api/prep/topics/url_shortener'],
      ['put', '/api/prep/target'],
    ] as const)('%s %s', async (method, url) => {
      expectProblem(await anonymous(app)[method](url).send({ target: 50 }), 401, 'unauthenticated');
    });
  });

  it('starts at the standard target with nothing logged, the whole catalogue unchecked and no interviews', async () => {
    const user = await signUp(app);
    const res = await user.agent.get('/api/prep').expect(200);
    const current = isoWeekStart(localDate(new Date(), 'UTC'));
    expect(res.body).toMatchObject({ target: 50, preset: 'standard', solvedTotal: 0, today: localDate(new Date(), 'UTC'), recent: [], upcomingInterviews: [] });
    expect(res.body.perWeek).toHaveLength(12);
    expect(res.body.perWeek[0]).toEqual({ weekStart: addDays(current, -77), solved: 0 });
    expect(res.body.perWeek[11]).toEqual({ weekStart: current, solved: 0 });
    expect(res.body.topics).toHaveLength(SYSTEM_DESIGN_TOPICS.length);
    expect(res.body.topics[0]).toEqual({ key: 'url_shortener', label: 'URL shortener', group: 'classic', covered: false, coveredOn: null, notes: null });
    expect(res.body.topics.filter((t: { group: string }) => t.group === 'ml').map((t: { key: string }) => t.key)).toEqual(
      expect.arrayContaining(['recommender_system', 'search_autocomplete']),
    );
  });

  describe('solved problems', () => {
    it('logs one problem solved today (in the user’s zone) by default, or several with details', async () => {
      const one = await log(alice, {});
      expect(one).toMatchObject({ solvedOn: today(), count: 1, title: null, url: null, difficulty: null });
      const many = await log(alice, { solvedOn: '2025-06-02', count: 4, title: '  Two Sum  ', url: 'https://leetcode.com/problems/two-sum/', difficulty: 'easy' });
      expect(many).toMatchObject({ solvedOn: '2025-06-02', count: 4, title: 'Two Sum', url: 'https://leetcode.com/problems/two-sum/', difficulty: 'easy' });
      expect(many.id).toMatch(/^[0-9a-f-]{36}$/);
      await alice.agent.delete(`/api/prep/problems/${one.id}`).expect(204);
      await alice.agent.delete(`/api/prep/problems/${many.id}`).expect(204);
    });

    it('adds up the total and the weeks in the user’s zone, newest entries first', async () => {
      const user = await signUp(app);
      await db.query(`INSERT INTO user_settings (user_id, time_zone) VALUES ($1, $2)`, [user.id, TZ]);
      const now = today();
      const current = isoWeekStart(now);
      const monday = await log(user, { solvedOn: current, count: 3 });
      const lastSunday = await log(user, { solvedOn: addDays(current, -1), count: 5, difficulty: 'hard' });
      await log(user, { solvedOn: addDays(current, -7), count: 2 });
      await log(user, { solvedOn: addDays(current, -7 * 12), count: 40 }); // before the twelve weeks shown
      await log(bob, { count: 9 });
      const res = await user.agent.get('/api/prep').expect(200);
      expect(res.body.today).toBe(now);
      expect(res.body.solvedTotal).toBe(50);
      expect(res.body.perWeek.slice(-3)).toEqual([
        { weekStart: addDays(current, -14), solved: 0 },
        { weekStart: addDays(current, -7), solved: 7 },
        { weekStart: current, solved: 3 },
      ]);
      expect(res.body.perWeek.reduce((sum: number, w: { solved: number }) => sum + w.solved, 0)).toBe(10);
      expect(res.body.recent.map((p: { id: string }) => p.id).slice(0, 2)).toEqual([monday.id, lastSunday.id]);
      expect(res.body.recent[1]).toEqual(lastSunday);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const user = await signUp(app);
      for (const [body, field] of [
        [{ count: 0 }, 'count'],
        [{ count: 101 }, 'count'],
        [{ count: 1.5 }, 'count'],
        [{ count: '3' }, 'count'],
        [{ solvedOn: '2026-02-30' }, 'solvedOn'],
        [{ solvedOn: 'yesterday' }, 'solvedOn'],
        [{ solvedOn: addDays(localDate(new Date(), 'UTC'), 2) }, 'solvedOn'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ url: 'ftp://example.com/x' }, 'url'],
        [{ url: `https://example.com/${'x'.repeat(2048)}` }, 'url'],
        [{ difficulty: 'insane' }, 'difficulty'],
        [{ userId: bob.id }, 'userId'],
      ] as const) {
        const res = await user.agent.post('/api/prep/problems').send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await user.agent.get('/api/prep').expect(200)).body.solvedTotal).toBe(0);
    });

    it('deletes only the user’s own entries (404 otherwise, 400 for a bad id)', async () => {
      const mine = await log(alice, { count: 2 });
      expectProblem(await bob.agent.delete(`/api/prep/problems/${mine.id}`), 404, 'not_found');
      expectProblem(await alice.agent.delete(`/api/prep/problems/${MISSING_ID}`), 404, 'not_found');
      const bad = await alice.agent.delete('/api/prep/problems/nope');
      expectProblem(bad, 400, 'validation_failed');
      expect(problemFields(bad)).toEqual(['id']);
      expect((await alice.agent.get('/api/prep').expect(200)).body.recent.map((p: { id: string }) => p.id)).toContain(mine.id);
      await alice.agent.delete(`/api/prep/problems/${mine.id}`).expect(204);
      expectProblem(await alice.agent.delete(`/api/prep/problems/${mine.id}`), 404, 'not_found');
    });
  });

  describe('system-design topics', () => {
    const topic = async (user: TestUser, key: string) => (await user.agent.get('/api/prep').expect(200)).body.topics.find((t: { key: string }) => t.key === key);

    it('marks a topic covered today, keeps fields left out, and unmarks it', async () => {
      const covered = await alice.agent.put('/api/prep/topics/rate_limiter').send({}).expect(200);
      expect(covered.body).toEqual({ key: 'rate_limiter', label: 'Rate limiter', group: 'classic', covered: true, coveredOn: today(), notes: null });
      await alice.agent.put('/api/prep/topics/rate_limiter').send({ coveredOn: '2025-05-01', notes: 'token bucket vs sliding window' }).expect(200);
      const notesOnly = await alice.agent.put('/api/prep/topics/rate_limiter').send({ notes: '  sliding log too  ' }).expect(200);
      expect(notesOnly.body).toMatchObject({ coveredOn: '2025-05-01', notes: 'sliding log too' });
      const dayOnly = await alice.agent.put('/api/prep/topics/rate_limiter').send({ coveredOn: '2025-05-03' }).expect(200);
      expect(dayOnly.body).toMatchObject({ coveredOn: '2025-05-03', notes: 'sliding log too' });
      expect((await alice.agent.put('/api/prep/topics/rate_limiter').send({ notes: null }).expect(200)).body.notes).toBeNull();
      const ml = await alice.agent.put('/api/prep/topics/search_autocomplete').send({ notes: 'trie + top-k' }).expect(200);
      expect(ml.body).toMatchObject({ key: 'search_autocomplete', group: 'ml', covered: true, notes: 'trie + top-k' });

      expect(await topic(alice, 'rate_limiter')).toMatchObject({ covered: true, coveredOn: '2025-05-03' });
      expect(await topic(bob, 'rate_limiter')).toMatchObject({ covered: false, coveredOn: null });
      // Bob has not covered it: 404 for him, and Alice's stays.
      expectProblem(await bob.agent.delete('/api/prep/topics/rate_limiter'), 404, 'not_found');
      await alice.agent.delete('/api/prep/topics/rate_limiter').expect(204);
      expect(await topic(alice, 'rate_limiter')).toMatchObject({ covered: false, coveredOn: null, notes: null });
      expectProblem(await alice.agent.delete('/api/prep/topics/rate_limiter'), 404, 'not_found');
      expect(await topic(alice, 'search_autocomplete')).toMatchObject({ covered: true });
    });

    it('rejects an unknown topic naming topic, and bad fields naming them', async () => {
      for (const [method, url] of [['put', '/api/prep/topics/tiny_url'], ['delete', '/api/prep/topics/tiny_url'], ['put', `/api/prep/topics/${'x'.repeat(80)}`]] as const) {
        const res = await alice.agent[method](url).send({});
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual(['topic']);
      }
      for (const [body, field] of [
        [{ coveredOn: '2025-13-01' }, 'coveredOn'],
        [{ coveredOn: addDays(localDate(new Date(), 'UTC'), 2) }, 'coveredOn'],
        [{ notes: 'x'.repeat(2001) }, 'notes'],
        [{ notes: 5 }, 'notes'],
        [{ covered: true }, 'covered'],
      ] as const) {
        const res = await alice.agent.put('/api/prep/topics/web_crawler').send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect(await topic(alice, 'web_crawler')).toMatchObject({ covered: false });
    });
  });

  describe('target', () => {
    it('sets a preset or a number, creating the settings row when absent, for this user only', async () => {
      const user = await signUp(app);
      expect((await user.agent.put('/api/prep/target').send({ preset: 'selective' }).expect(200)).body).toEqual({ target: 150, preset: 'selective' });
      expect((await db.query(`SELECT prep_target AS t, time_zone AS tz FROM user_settings WHERE user_id = $1`, [user.id]))[0]).toEqual({ t: 150, tz: 'UTC' });
      expect((await user.agent.put('/api/prep/target').send({ target: 75 }).expect(200)).body).toEqual({ target: 75, preset: null });
      expect((await user.agent.put('/api/prep/target').send({ target: 50 }).expect(200)).body).toEqual({ target: 50, preset: 'standard' });
      await user.agent.put('/api/prep/target').send({ target: 120 }).expect(200);
      expect((await user.agent.get('/api/prep').expect(200)).body).toMatchObject({ target: 120, preset: null });
      // An existing settings row keeps its other values.
      await alice.agent.put('/api/prep/target').send({ preset: 'selective' }).expect(200);
      expect((await db.query(`SELECT time_zone AS tz FROM user_settings WHERE user_id = $1`, [alice.id]))[0].tz).toBe(TZ);
      expect((await bob.agent.get('/api/prep').expect(200)).body).toMatchObject({ target: 50, preset: 'standard' });
    });

    it('rejects bad input naming the field', async () => {
      for (const [body, field] of [
        [{}, 'target'],
        [{ target: 0 }, 'target'],
        [{ target: 2001 }, 'target'],
        [{ target: 2.5 }, 'target'],
        [{ target: null }, 'target'],
        [{ preset: 'hard' }, 'preset'],
        [{ preset: 'standard', target: 80 }, 'preset'],
        [{ target: 80, goal: 3 }, 'goal'],
      ] as const) {
        const res = await bob.agent.put('/api/prep/target').send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await bob.agent.get('/api/prep').expect(200)).body.target).toBe(50);
    });
  });

  it('lists the next 14 days of interviews with their round and company, soonest first', async () => {
    const user = await signUp(app);
    const [app1]: Array<{ id: string }> = await db.query(
      `INSERT INTO applications (user_id, company_name, role_title, channel, stage, position) VALUES ($1, 'Stripe', 'ML Engineer', 'referral', 'coding_interview', 1) RETURNING id`,
      [user.id],
    );
    const interview = async (who: TestUser, hoursFromNow: number, values: { type?: string; roundKind?: string | null; outcome?: string; applicationId?: string | null; title?: string } = {}) => {
      const [row]: Array<{ id: string }> = await db.query(
        `INSERT INTO events (user_id, application_id, type, round_kind, title, starts_at, ends_at, time_zone, location, outcome)
         VALUES ($1, $2, $3, $4, $5, date_trunc('minute', now()) + make_interval(hours => $6), date_trunc('minute', now()) + make_interval(hours => $6 + 1), 'Europe/Berlin', 'Zoom', $7)
         RETURNING id`,
        [who.id, values.applicationId ?? null, values.type ?? 'interview', values.roundKind === undefined ? 'coding' : values.roundKind, values.title ?? 'Interview', hoursFromNow, values.outcome ?? 'pending'],
      );
      return row.id;
    };
    const later = await interview(user, 24 * 5, { roundKind: null, title: 'Chat' });
    const soon = await interview(user, 48, { applicationId: app1.id, roundKind: 'system_design', title: 'Stripe system design' });
    await interview(user, 24 * 15); // too far
    await interview(user, -2); // already past
    await interview(user, 72, { outcome: 'cancelled' });
    await interview(user, 24, { type: 'career_fair', roundKind: null });
    await interview(bob, 30);

    const res = await user.agent.get('/api/prep').expect(200);
    expect(res.body.upcomingInterviews.map((i: { id: string }) => i.id)).toEqual([soon, later]);
    const [first] = res.body.upcomingInterviews;
    expect(first).toEqual({
      id: soon,
      title: 'Stripe system design',
      startsAt: expect.stringMatching(/Z$/),
      endsAt: expect.stringMatching(/Z$/),
      timeZone: 'Europe/Berlin',
      roundKind: 'system_design',
      location: 'Zoom',
      applicationId: app1.id,
      companyName: 'Stripe',
      roleTitle: 'ML Engineer',
    });
    expect(new Date(first.endsAt).getTime() - new Date(first.startsAt).getTime()).toBe(3_600_000);
    expect(Math.round((new Date(first.startsAt).getTime() - Date.now()) / 3_600_000)).toBe(48);
    expect(res.body.upcomingInterviews[1]).toMatchObject({ roundKind: null, applicationId: null, companyName: null, roleTitle: null });
  });
});
