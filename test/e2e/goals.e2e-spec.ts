import type { NestExpressApplication } from '@nestjs/platform-express';
import { addDays, isoWeekStart, localDate } from '@offerpath/domain';
import { DataSource } from 'typeorm';
import { WeeklyActivityRepository } from '../../apps/api/src/modules/goals/weekly-activity.repository.js';
import { anonymous, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

describe('weekly goals', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  const setTimeZone = (user: TestUser, tz: string) =>
    db.query(`INSERT INTO user_settings (user_id, time_zone) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone`, [user.id, tz]);

  const application = async (user: TestUser, values: { channel?: string; stage?: string; lastOpenStage?: string | null; appliedOn?: string | null } = {}): Promise<string> => {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO applications (user_id, company_name, role_title, channel, stage, last_open_stage, applied_on, position)
       VALUES ($1, 'Acme', 'Engineer', $2, $3, $4, $5, 1) RETURNING id`,
      [user.id, values.channel ?? 'cold_apply', values.stage ?? 'applied', values.lastOpenStage ?? null, values.appliedOn ?? null],
    );
    return row.id;
  };
  const stageEvent = (user: TestUser, applicationId: string, toStage: string, at: string, type = 'stage_changed') =>
    db.query(`INSERT INTO application_events (application_id, user_id, type, to_stage, at) VALUES ($1, $2, $3, $4, $5)`, [applicationId, user.id, type, toStage, at]);
  const contact = async (user: TestUser, kind: string): Promise<string> =>
    ((await db.query(`INSERT INTO contacts (user_id, name, kind) VALUES ($1, 'Someone', $2) RETURNING id`, [user.id, kind])) as Array<{ id: string }>)[0].id;
  const outreach = (user: TestUser, contactId: string, type: string, on: string) =>
    db.query(`INSERT INTO outreach (user_id, contact_id, type, occurred_on) VALUES ($1, $2, $3, $4)`, [user.id, contactId, type, on]);
  const referral = async (user: TestUser, applicationId: string, steps: Array<[string, string]>): Promise<string> => {
    const contactId = await contact(user, 'engineer');
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO referrals (user_id, application_id, contact_id, status) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.id, applicationId, contactId, steps[steps.length - 1][0]],
    );
    for (const [status, on] of steps) {
      await db.query(`INSERT INTO referral_events (referral_id, user_id, to_status, occurred_on) VALUES ($1, $2, $3, $4)`, [row.id, user.id, status, on]);
    }
    return row.id;
  };
  const event = (user: TestUser, type: string, startsAt: string, outcome = 'pending') =>
    db.query(`INSERT INTO events (user_id, type, title, starts_at, time_zone, outcome) VALUES ($1, $2, 'Event', $3, 'UTC', $4)`, [user.id, type, startsAt, outcome]);
  const solved = (user: TestUser, on: string, count: number) =>
    db.query(`INSERT INTO prep_problems (user_id, solved_on, count) VALUES ($1, $2, $3)`, [user.id, on, count]);

  describe('every route needs a session (401)', () => {
    it.each([
      ['get', '/api/goals'],
      ['put', '/api/goals'],
      ['get', '/api/goals/plan?onsites=3&weeks=4'],
    ] as const)('%s %s', async (method, url) => {
      expectProblem(await anonymous(app)[method](url).send({ targets: [{ metric: 'applications', target: 5 }] }), 401, 'unauthenticated');
    });
  });

  describe('weekly activity (the repository GET /api/stats also uses)', () => {
    let user: TestUser;
    const weekly = (from: string, to: string) => app.get(WeeklyActivityRepository).weekly(user.id, from, to);

    beforeAll(async () => {
      user = await signUp(app, 'Weekly');
      await setTimeZone(user, 'America/New_York'); // UTC-5 in January
      // Applications: applied_on wins; else the first event reaching applied or later, in the user's zone.
      await application(user, { appliedOn: '2025-01-12' }); // Sunday → week of 01-06
      const late = await application(user);
      await stageEvent(user, late, 'wishlist', '2025-01-05T12:00:00Z', 'created');
      await stageEvent(user, late, 'applied', '2025-01-13T03:00:00Z'); // 22:00 on Sunday 01-12 in New York
      const monday = await application(user);
      await stageEvent(user, monday, 'applied', '2025-01-13T06:00:00Z'); // 01:00 Monday 01-13
      await stageEvent(user, monday, 'wishlist', '2025-01-14T12:00:00Z');
      await stageEvent(user, monday, 'applied', '2025-01-14T13:00:00Z'); // re-entering applied counts once
      const screen = await application(user, { stage: 'recruiter_screen' });
      await stageEvent(user, screen, 'recruiter_screen', '2025-01-14T15:00:00Z', 'created');
      await application(user, { appliedOn: '2025-01-20' }); // after the range
      const wish = await application(user, { stage: 'wishlist' });
      await stageEvent(user, wish, 'wishlist', '2025-01-07T12:00:00Z', 'created');
      // Recruiter messages: message_sent to recruiters only.
      const recruiter = await contact(user, 'recruiter');
      const engineer = await contact(user, 'engineer');
      await outreach(user, recruiter, 'message_sent', '2025-01-06');
      await outreach(user, recruiter, 'message_sent', '2025-01-12');
      await outreach(user, recruiter, 'message_sent', '2025-01-13');
      await outreach(user, recruiter, 'replied', '2025-01-13');
      await outreach(user, recruiter, 'connection_request_sent', '2025-01-14');
      await outreach(user, engineer, 'message_sent', '2025-01-13');
      // Referral asks: the first asked day of each referral.
      const forReferrals = await application(user, { stage: 'wishlist' });
      await referral(user, forReferrals, [['to_ask', '2025-01-05'], ['asked', '2025-01-07'], ['to_ask', '2025-01-08'], ['asked', '2025-01-14']]);
      await referral(user, forReferrals, [['asked', '2025-01-19']]); // Sunday → week of 01-13
      await referral(user, forReferrals, [['asked', '2025-01-05']]); // the week before
      // Events attended: past career fairs and networking events, not cancelled, by local start day.
      await event(user, 'career_fair', '2025-01-13T04:00:00Z'); // 23:00 Sunday 01-12
      await event(user, 'networking_event', '2025-01-15T18:00:00Z');
      await event(user, 'networking_event', '2025-01-15T19:00:00Z', 'cancelled');
      await event(user, 'interview', '2025-01-15T20:00:00Z');
      await event(user, 'career_fair', '2025-01-20T04:59:00Z'); // 23:59 Sunday 01-19
      // Coding problems: the sum of counts by solved_on.
      await solved(user, '2025-01-06', 3);
      await solved(user, '2025-01-12', 2);
      await solved(user, '2025-01-13', 10);
      await solved(user, '2025-01-20', 4);
      // Someone else's activity never counts.
      await solved(bob, '2025-01-06', 50);
      await application(bob, { appliedOn: '2025-01-07' });
    });

    it('counts each source per ISO week in the user’s time zone, zero-filled, across week boundaries', async () => {
      expect(await weekly('2025-01-08', '2025-01-14')).toEqual([
        { weekStart: '2025-01-06', applications: 2, recruiterMessages: 2, referralAsks: 1, eventsAttended: 1, codingProblems: 5 },
        { weekStart: '2025-01-13', applications: 2, recruiterMessages: 1, referralAsks: 1, eventsAttended: 2, codingProblems: 10 },
      ]);
      expect(await weekly('2024-12-23', '2024-12-29')).toEqual([
        { weekStart: '2024-12-23', applications: 0, recruiterMessages: 0, referralAsks: 0, eventsAttended: 0, codingProblems: 0 },
      ]);
      expect(await weekly('2025-01-14', '2025-01-08')).toEqual([]);
    });

    it('moves the late-evening rows to the next week in UTC', async () => {
      await setTimeZone(user, 'UTC');
      try {
        expect(await weekly('2025-01-06', '2025-01-19')).toEqual([
          { weekStart: '2025-01-06', applications: 1, recruiterMessages: 2, referralAsks: 1, eventsAttended: 0, codingProblems: 5 },
          { weekStart: '2025-01-13', applications: 3, recruiterMessages: 1, referralAsks: 1, eventsAttended: 2, codingProblems: 10 },
        ]);
      } finally {
        await setTimeZone(user, 'America/New_York');
      }
    });
  });

  describe('targets', () => {
    it('starts with no targets, twelve empty weeks ending this week, and no streak', async () => {
      const user = await signUp(app);
      const res = await user.agent.get('/api/goals').expect(200);
      const current = isoWeekStart(localDate(new Date(), 'UTC'));
      expect(res.body.targets).toEqual([
        { metric: 'applications', target: 0 },
        { metric: 'recruiter_messages', target: 0 },
        { metric: 'referral_asks', target: 0 },
        { metric: 'events_attended', target: 0 },
        { metric: 'coding_problems', target: 0 },
      ]);
      expect(res.body.timeZone).toBe('UTC');
      expect(res.body.currentWeek.weekStart).toBe(current);
      expect(res.body.currentWeek.progress[0]).toEqual({ metric: 'applications', done: 0, target: 0, fraction: null });
      expect(res.body.weeks).toHaveLength(12);
      expect(res.body.weeks[0]).toEqual({ weekStart: addDays(current, -77), applications: 0, recruiterMessages: 0, referralAsks: 0, eventsAttended: 0, codingProblems: 0, met: null });
      expect(res.body.weeks[11].weekStart).toBe(current);
      expect(res.body.streak).toEqual({ current: 0, best: 0 });
    });

    it('upserts the targets sent, keeps the others, and only for this user', async () => {
      const user = await signUp(app);
      const other = await signUp(app);
      await other.agent.put('/api/goals').send({ targets: [{ metric: 'applications', target: 3 }] }).expect(200);
      const first = await user.agent.put('/api/goals').send({ targets: [{ metric: 'applications', target: 10 }, { metric: 'coding_problems', target: 20 }] }).expect(200);
      expect(first.body.targets.map((t: { target: number }) => t.target)).toEqual([10, 0, 0, 0, 20]);
      const second = await user.agent.put('/api/goals').send({ targets: [{ metric: 'coding_problems', target: 0 }, { metric: 'referral_asks', target: 2 }] }).expect(200);
      expect(second.body.targets.map((t: { target: number }) => t.target)).toEqual([10, 0, 2, 0, 0]);
      expect((await user.agent.get('/api/goals').expect(200)).body.targets).toEqual(second.body.targets);
      expect((await other.agent.get('/api/goals').expect(200)).body.targets.map((t: { target: number }) => t.target)).toEqual([3, 0, 0, 0, 0]);
    });

    it('rejects bad targets naming the field, and writes none of them', async () => {
      const user = await signUp(app);
      await user.agent.put('/api/goals').send({ targets: [{ metric: 'applications', target: 4 }] }).expect(200);
      for (const [body, field] of [
        [{}, 'targets'],
        [{ targets: [] }, 'targets'],
        [{ targets: 'applications' }, 'targets'],
        [{ targets: [{ metric: 'applications', target: 9 }, { metric: 'nope', target: 1 }] }, 'targets.1.metric'],
        [{ targets: [{ target: 1 }] }, 'targets.0.metric'],
        [{ targets: [{ metric: 'applications', target: 1001 }] }, 'targets.0.target'],
        [{ targets: [{ metric: 'applications', target: -1 }] }, 'targets.0.target'],
        [{ targets: [{ metric: 'applications', target: 1.5 }] }, 'targets.0.target'],
        [{ targets: [{ metric: 'applications', target: '5' }] }, 'targets.0.target'],
        [{ targets: [{ metric: 'applications', target: 5 }, { metric: 'applications', target: 6 }] }, 'targets'],
        [{ targets: [{ metric: 'applications', target: 5, userId: bob.id }] }, 'targets.0.userId'],
        [{ targets: [{ metric: 'applications', target: 5 }], extra: 1 }, 'extra'],
      ] as const) {
        const res = await user.agent.put('/api/goals').send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
      expect((await user.agent.get('/api/goals').expect(200)).body.targets[0]).toEqual({ metric: 'applications', target: 4 });
    });
  });

  describe('progress and streaks', () => {
    it('measures this week against the targets and counts met weeks in the user’s time zone', async () => {
      const user = await signUp(app);
      await setTimeZone(user, 'Asia/Tokyo');
      const today = localDate(new Date(), 'Asia/Tokyo');
      const current = isoWeekStart(today);
      const week = (n: number) => addDays(current, -7 * n);
      await user.agent.put('/api/goals').send({ targets: [{ metric: 'coding_problems', target: 5 }, { metric: 'referral_asks', target: 1 }] }).expect(200);
      const forReferrals = await application(user, { stage: 'wishlist' });
      // Met weeks need 5 problems and 1 referral ask: weeks 7..4 met, 3 not, 2..1 met, this week not yet.
      for (const n of [7, 6, 5, 4, 2, 1]) {
        await solved(user, addDays(week(n), 6), 5); // the Sunday
        await referral(user, forReferrals, [['asked', week(n)]]);
      }
      await solved(user, week(3), 9); // no referral ask: not met
      await solved(user, today, 2);
      await solved(bob, today, 40);

      const res = await user.agent.get('/api/goals').expect(200);
      expect(res.body.timeZone).toBe('Asia/Tokyo');
      expect(res.body.currentWeek).toEqual({
        weekStart: current,
        progress: [
          { metric: 'applications', done: 0, target: 0, fraction: null },
          { metric: 'recruiter_messages', done: 0, target: 0, fraction: null },
          { metric: 'referral_asks', done: 0, target: 1, fraction: 0 },
          { metric: 'events_attended', done: 0, target: 0, fraction: null },
          { metric: 'coding_problems', done: 2, target: 5, fraction: 0.4 },
        ],
      });
      expect(res.body.weeks.slice(-9).map((w: { codingProblems: number; referralAsks: number; met: boolean }) => [w.codingProblems, w.referralAsks, w.met])).toEqual([
        [0, 0, false], [5, 1, true], [5, 1, true], [5, 1, true], [5, 1, true], [9, 0, false], [5, 1, true], [5, 1, true], [2, 0, false],
      ]);
      expect(res.body.streak).toEqual({ current: 2, best: 4 });

      // Meeting this week's goals extends the streak at once.
      await solved(user, today, 3);
      await referral(user, forReferrals, [['asked', today]]);
      const met = await user.agent.get('/api/goals').expect(200);
      expect(met.body.weeks[11]).toMatchObject({ weekStart: current, codingProblems: 5, referralAsks: 1, met: true });
      expect(met.body.currentWeek.progress[4]).toEqual({ metric: 'coding_problems', done: 5, target: 5, fraction: 1 });
      expect(met.body.streak).toEqual({ current: 3, best: 4 });
    });
  });

  describe('planner', () => {
    it('suggests targets from the default rates when there is no history, saying so', async () => {
      const user = await signUp(app);
      const res = await user.agent.get('/api/goals/plan?onsites=3&weeks=4').expect(200);
      expect(res.body).toMatchObject({
        onsites: 3,
        weeks: 4,
        basis: 'defaults',
        targets: [
          { metric: 'applications', target: 9 },
          { metric: 'recruiter_messages', target: 7 },
          { metric: 'referral_asks', target: 3 },
        ],
        history: { recruitersMessaged: 0, recruitersReplied: 0, referralsAsked: 0, referralsSubmitted: 0 },
      });
      expect(res.body.history.channels).toHaveLength(7);
      expect(res.body.history.channels.every((c: { applied: number; onsites: number }) => c.applied === 0 && c.onsites === 0)).toBe(true);
      expect(res.body.metrics.map((m: { basis: string }) => m.basis)).toEqual(['defaults', 'defaults', 'defaults']);
    });

    it('uses the user’s own conversion per channel where there is enough of it', async () => {
      const user = await signUp(app);
      // Portal: 20 applied, 2 at onsite now and 1 rejected after onsite → 3/20; one wishlist card does not count.
      for (let i = 0; i < 17; i++) await application(user, { appliedOn: '2025-03-01' });
      await application(user, { stage: 'onsite', appliedOn: '2025-03-01' });
      await application(user, { stage: 'onsite', appliedOn: '2025-03-01' });
      await application(user, { stage: 'rejected', lastOpenStage: 'onsite', appliedOn: '2025-03-01' });
      await application(user, { stage: 'wishlist' });
      // LinkedIn recruiter: 4 applied, 1 onsite: too few, so the default.
      for (let i = 0; i < 3; i++) await application(user, { channel: 'linkedin_recruiter', stage: 'recruiter_screen' });
      await application(user, { channel: 'linkedin_recruiter', stage: 'offer' });
      // Referral: 10 applied, 5 reached onsite per their history (then moved on or were rejected).
      for (let i = 0; i < 10; i++) {
        const id = await application(user, { channel: 'referral', stage: 'rejected', lastOpenStage: i < 5 ? 'coding_interview' : 'recruiter_screen' });
        await stageEvent(user, id, 'applied', '2025-03-01T10:00:00Z', 'created');
        if (i < 5) await stageEvent(user, id, 'onsite', '2025-03-10T10:00:00Z');
      }
      // Recruiters: 12 messaged, 3 replied; an engineer's reply and an unmessaged recruiter do not count.
      for (let i = 0; i < 12; i++) {
        const id = await contact(user, 'recruiter');
        await outreach(user, id, 'message_sent', '2025-03-01');
        if (i < 3) await outreach(user, id, 'replied', '2025-03-02');
      }
      const engineer = await contact(user, 'engineer');
      await outreach(user, engineer, 'message_sent', '2025-03-01');
      await outreach(user, engineer, 'replied', '2025-03-02');
      await outreach(user, await contact(user, 'recruiter'), 'connection_request_sent', '2025-03-01');
      // Referrals: 10 asked, 4 submitted (one went on to interviewing); one still to ask.
      const forReferrals = await application(user, { channel: 'other', stage: 'wishlist' });
      for (let i = 0; i < 10; i++) {
        const steps: Array<[string, string]> = [['to_ask', '2025-03-01'], ['asked', '2025-03-02']];
        if (i < 4) steps.push(['agreed', '2025-03-03'], ['submitted', '2025-03-04']);
        if (i === 0) steps.push(['interviewing', '2025-03-09']);
        if (i >= 8) steps.push(['declined', '2025-03-05']);
        await referral(user, forReferrals, steps);
      }
      await referral(user, forReferrals, [['to_ask', '2025-03-01']]);
      // Bob's history is not Alice's.
      await referral(bob, await application(bob, { stage: 'wishlist' }), [['asked', '2025-03-02'], ['submitted', '2025-03-04']]);

      const res = await user.agent.get('/api/goals/plan?onsites=6&weeks=4').expect(200);
      // Two onsites each over 4 weeks: 2 / (0.15·4) = 3.3 → 4 applications;
      // 2 / (0.25·0.15·4) = 13.3 → 14 messages (recruiter-sourced applications on the default);
      // 2 / (0.4·0.5·4) = 2.5 → 3 referral asks.
      expect(res.body.targets).toEqual([
        { metric: 'applications', target: 4 },
        { metric: 'recruiter_messages', target: 14 },
        { metric: 'referral_asks', target: 3 },
      ]);
      expect(res.body.basis).toBe('defaults');
      expect(res.body.metrics.map((m: { basis: string }) => m.basis)).toEqual(['own data', 'defaults', 'own data']);
      expect(res.body.metrics.flatMap((m: { steps: Array<{ step: string; trials: number; successes: number; rate: number; basis: string }> }) => m.steps.map((s) => [s.step, s.trials, s.successes, s.rate, s.basis]))).toEqual([
        ['portal_application_to_onsite', 20, 3, 0.15, 'own data'],
        ['recruiter_message_to_reply', 12, 3, 0.25, 'own data'],
        ['recruiter_application_to_onsite', 4, 1, 0.15, 'defaults'],
        ['referral_ask_to_submitted', 10, 4, 0.4, 'own data'],
        ['referral_application_to_onsite', 10, 5, 0.5, 'own data'],
      ]);
      expect(res.body.history).toEqual({
        channels: [
          { channel: 'cold_apply', applied: 20, onsites: 3 },
          { channel: 'linkedin_recruiter', applied: 4, onsites: 1 },
          { channel: 'referral', applied: 10, onsites: 5 },
          { channel: 'career_fair', applied: 0, onsites: 0 },
          { channel: 'networking_event', applied: 0, onsites: 0 },
          { channel: 'recruiter_inbound', applied: 0, onsites: 0 },
          { channel: 'other', applied: 0, onsites: 0 },
        ],
        recruitersMessaged: 12,
        recruitersReplied: 3,
        referralsAsked: 10,
        referralsSubmitted: 4,
      });
    });

    it('rejects a bad query naming the parameter', async () => {
      for (const [query, field] of [
        ['weeks=4', 'onsites'],
        ['onsites=3', 'weeks'],
        ['onsites=0&weeks=4', 'onsites'],
        ['onsites=101&weeks=4', 'onsites'],
        ['onsites=1.5&weeks=4', 'onsites'],
        ['onsites=3&weeks=0', 'weeks'],
        ['onsites=3&weeks=53', 'weeks'],
        ['onsites=3&weeks=abc', 'weeks'],
        ['onsites=3&weeks=4&channel=referral', 'channel'],
      ] as const) {
        const res = await alice.agent.get(`/api/goals/plan?${query}`);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      }
    });
  });
});
