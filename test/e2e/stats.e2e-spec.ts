import type { NestExpressApplication } from '@nestjs/platform-express';
import { CHANNELS, FUNNEL_STAGES, OPEN_STAGES, ROUND_KINDS, type Stage, funnelHistogram, sankeyFlows, toSankeyMatic } from '@offerpath/domain';
import { DataSource } from 'typeorm';
import { demoData } from '../../apps/api/src/modules/demo/demo-data.js';
import { describeNeedsSession, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

/**
 * A crafted search, built through the API (applications, moves, outreach, referrals) with the
 * interview rounds inserted in SQL, and every figure counted by hand in the comments.
 * (No route here takes an :id, so there is no 404 case; isolation is checked instead.)
 */
describe('stats', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let alice: TestUser;
  let bob: TestUser;
  const ids: Record<string, string> = {};

  const ROUTES = ['/api/stats', '/api/stats/funnel', '/api/stats/sankey.txt'] as const;
  const counts = (...values: number[]) => FUNNEL_STAGES.map((stage, i) => ({ stage, count: values[i] }));

  /** Creates an application in `path[0]` and moves it through the rest of `path`. */
  async function application(user: TestUser, key: string, channel: string, appliedOn: string | null, path: Stage[]): Promise<string> {
    const created = await user.agent
      .post('/api/applications')
      .send({ companyName: `Co ${key}`, roleTitle: 'ML Engineer', channel, stage: path[0], appliedOn })
      .expect(201);
    let version: number = created.body.version;
    for (const stage of path.slice(1)) {
      const moved = await user.agent.post(`/api/applications/${created.body.id}/move`).send({ stage, position: 0, version }).expect(200);
      version = moved.body.version;
    }
    ids[key] = created.body.id;
    return created.body.id;
  }

  const contact = async (user: TestUser, name: string): Promise<string> =>
    (await user.agent.post('/api/contacts').send({ name }).expect(201)).body.id;

  const outreach = (user: TestUser, contactId: string, type: string, occurredOn: string, applicationId?: string) =>
    user.agent.post(`/api/contacts/${contactId}/outreach`).send({ type, occurredOn, ...(applicationId ? { applicationId } : {}) }).expect(201);

  async function referral(user: TestUser, applicationId: string, contactId: string, start: 'to_ask' | 'asked', date: string, steps: Array<[string, string]>) {
    const created = await user.agent.post('/api/referrals').send({ applicationId, contactId, status: start, date }).expect(201);
    let version: number = created.body.version;
    for (const [status, on] of steps) {
      version = (await user.agent.post(`/api/referrals/${created.body.id}/transition`).send({ status, version, date: on }).expect(200)).body.version;
    }
  }

  const interview = (user: TestUser, applicationId: string | null, roundKind: string, outcome: string, startsAt: string) =>
    db.query(
      `INSERT INTO events (user_id, application_id, type, round_kind, title, starts_at, time_zone, outcome)
       VALUES ($1, $2, 'interview', $3, 'Round', $4, 'UTC', $5)`,
      [user.id, applicationId, roundKind, startsAt, outcome],
    );

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');

    // 1 referral: all the way to the onsite, then rejected.
    await application(alice, 'a1', 'referral', '2026-01-10', ['applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'rejected']);
    // 2 referral: skips the technical rounds to an offer, accepted.
    await application(alice, 'a2', 'referral', '2026-01-20', ['applied', 'recruiter_screen', 'offer', 'accepted']);
    // 3 portal: only on the wishlist — never in the funnel.
    await application(alice, 'a3', 'cold_apply', null, ['wishlist']);
    // 4 portal: from the wishlist to applied, then ghosted.
    await application(alice, 'a4', 'cold_apply', '2026-02-05', ['wishlist', 'applied', 'ghosted']);
    // 5 portal: moved backwards from the coding interview to the recruiter screen.
    await application(alice, 'a5', 'cold_apply', '2026-02-10', ['applied', 'coding_interview', 'recruiter_screen']);
    // 6 portal: rejected, reopened, then a recruiter screen.
    await application(alice, 'a6', 'cold_apply', '2026-02-15', ['applied', 'rejected', 'applied', 'recruiter_screen']);
    // 7 LinkedIn: still applied, but the recruiter replied (outreach below).
    await application(alice, 'a7', 'linkedin_recruiter', '2026-02-20', ['applied']);
    // 8 LinkedIn: created at the recruiter screen, withdrawn.
    await application(alice, 'a8', 'linkedin_recruiter', '2026-03-01', ['recruiter_screen', 'withdrawn']);

    const recruiter = await contact(alice, 'Rita Recruiter');
    const friend = await contact(alice, 'Fred Friend');
    await outreach(alice, recruiter, 'connection_request_sent', '2026-01-05');
    await outreach(alice, recruiter, 'connection_accepted', '2026-01-07');
    await outreach(alice, recruiter, 'message_sent', '2026-02-01');
    await outreach(alice, recruiter, 'replied', '2026-02-03', ids.a7);
    await outreach(alice, recruiter, 'message_sent', '2026-03-10');
    await outreach(alice, recruiter, 'no_reply', '2026-03-20');
    // Asked in January and carried to interviewing; asked in February and declined; never asked.
    await referral(alice, ids.a2, friend, 'asked', '2026-01-15', [['agreed', '2026-01-16'], ['submitted', '2026-01-18'], ['interviewing', '2026-01-25']]);
    await referral(alice, ids.a1, recruiter, 'to_ask', '2026-01-01', [['asked', '2026-02-02'], ['declined', '2026-02-10']]);
    await referral(alice, ids.a5, friend, 'to_ask', '2026-02-11', []);

    await interview(alice, ids.a1, 'coding', 'passed', '2026-01-25T15:00:00Z');
    await interview(alice, ids.a1, 'system_design', 'passed', '2026-01-30T15:00:00Z');
    await interview(alice, ids.a1, 'behavioral', 'failed', '2026-02-05T15:00:00Z');
    await interview(alice, ids.a1, 'ml_design', 'failed', '2026-02-05T17:00:00Z');
    await interview(alice, ids.a2, 'coding', 'passed', '2026-01-28T15:00:00Z');
    await interview(alice, ids.a2, 'behavioral', 'passed', '2026-02-02T15:00:00Z');
    await interview(alice, ids.a5, 'coding', 'cancelled', '2026-02-18T15:00:00Z');
    await interview(alice, ids.a5, 'coding', 'pending', '2026-02-20T15:00:00Z');
    await interview(alice, null, 'system_design', 'failed', '2026-03-05T15:00:00Z');

    // Bob's search must never show up in Alice's figures (nor hers in his).
    const bobApp = await application(bob, 'b1', 'referral', '2026-02-10', ['applied', 'recruiter_screen', 'coding_interview', 'offer']);
    const bobContact = await contact(bob, 'Bob’s recruiter');
    await outreach(bob, bobContact, 'replied', '2026-02-11', bobApp);
    await outreach(bob, bobContact, 'connection_request_sent', '2026-02-11');
    await referral(bob, bobApp, bobContact, 'asked', '2026-02-09', [['agreed', '2026-02-10']]);
    await interview(bob, bobApp, 'coding', 'failed', '2026-02-12T10:00:00Z');
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(() => app, ROUTES.map((route) => ['get', route] as const));

  describe('GET /api/stats (all time)', () => {
    it('counts the funnel from the history, overall then per channel', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      expect(res.body.range).toEqual({ from: null, to: null });
      expect(res.body.channel).toBeNull();
      expect(res.body.funnel).toEqual({
        stages: [...FUNNEL_STAGES],
        rows: [
          { channel: 'all', applications: 7, counts: counts(7, 5, 3, 2, 2, 1, 1) },
          { channel: 'cold_apply', applications: 3, counts: counts(3, 2, 1, 0, 0, 0, 0) },
          { channel: 'linkedin_recruiter', applications: 2, counts: counts(2, 1, 0, 0, 0, 0, 0) },
          { channel: 'referral', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
        ],
      });
    });

    it('gives the rates with their counts (the reply on #7 is a response)', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      expect(res.body.rates).toEqual([
        { channel: 'all', applications: 7, response: { count: 6, rate: 0.8571 }, interview: { count: 3, rate: 0.4286 }, offer: { count: 1, rate: 0.1429 }, acceptance: { count: 1, of: 1, rate: 1 } },
        { channel: 'cold_apply', applications: 3, response: { count: 2, rate: 0.6667 }, interview: { count: 1, rate: 0.3333 }, offer: { count: 0, rate: 0 }, acceptance: { count: 0, of: 0, rate: null } },
        { channel: 'linkedin_recruiter', applications: 2, response: { count: 2, rate: 1 }, interview: { count: 0, rate: 0 }, offer: { count: 0, rate: 0 }, acceptance: { count: 0, of: 0, rate: null } },
        { channel: 'referral', applications: 2, response: { count: 2, rate: 1 }, interview: { count: 2, rate: 1 }, offer: { count: 1, rate: 0.5 }, acceptance: { count: 1, of: 1, rate: 1 } },
      ]);
    });

    it('counts outreach and the referral funnel', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      expect(res.body.networking).toEqual({
        connectionRequests: 1, connectionsAccepted: 1, messagesSent: 2, replies: 1,
        referralAsks: 2, referralsAgreed: 1, referralsSubmitted: 1, referralsInterviewing: 1,
      });
    });

    it('gives the pass rate per round kind, cancelled rounds left out', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      expect(res.body.interviews).toEqual([
        { roundKind: 'coding', total: 3, passed: 2, failed: 0, pending: 1, passRate: 1 },
        { roundKind: 'system_design', total: 2, passed: 1, failed: 1, pending: 0, passRate: 0.5 },
        { roundKind: 'ml_design', total: 1, passed: 0, failed: 1, pending: 0, passRate: 0 },
        { roundKind: 'behavioral', total: 2, passed: 1, failed: 1, pending: 0, passRate: 0.5 },
      ]);
    });

    it('counts how many stays and first responses the time figures rest on', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      // Moves past applied: #1, #2, #5, #6, #8; offers: #2.
      expect(res.body.time.toFirstResponse.n).toBe(5);
      expect(res.body.time.toOffer.n).toBe(1);
      // Ended stays: applied #1 #2 #4 #5 #6 (twice); recruiter screen #1 #2 #8; coding #1 #5; design #1; onsite #1; offer #2.
      expect(res.body.time.inStage.map((s: { stage: string; n: number }) => [s.stage, s.n])).toEqual([
        ['applied', 6], ['recruiter_screen', 3], ['coding_interview', 2], ['system_design', 1], ['onsite', 1], ['offer', 1],
      ]);
      // All the moves happened seconds apart.
      expect(res.body.time.inStage[0].median).toBe(0);
    });

    it('lays the search out as Sankey flows that match the text export', async () => {
      const expected = [
        'Portal [3] Applied',
        'LinkedIn recruiter [2] Applied',
        'Referral [2] Applied',
        'Applied [5] Recruiter screen',
        'Applied [1] Ghosted',
        'Applied [1] No response yet',
        'Recruiter screen [3] Coding interview',
        'Recruiter screen [1] Withdrawn',
        'Recruiter screen [1] In progress',
        'Coding interview [2] System design',
        'Coding interview [1] In progress',
        'System design [2] Onsite',
        'Onsite [1] Offer',
        'Onsite [1] Rejected',
        'Offer [1] Accepted',
      ];
      const stats = await alice.agent.get('/api/stats').expect(200);
      expect(stats.body.sankey.flows.map((f: { source: string; value: number; target: string }) => `${f.source} [${f.value}] ${f.target}`)).toEqual(expected);
      const text = await alice.agent.get('/api/stats/sankey.txt').expect(200);
      expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(text.text).toBe(`${expected.join('\n')}\n`);
    });

    it('includes the weekly activity (12 weeks by default)', async () => {
      const res = await alice.agent.get('/api/stats').expect(200);
      expect(res.body.weekly).toHaveLength(12);
      expect(Object.keys(res.body.weekly[0]).sort()).toEqual(['applications', 'codingProblems', 'eventsAttended', 'recruiterMessages', 'referralAsks', 'weekStart']);
    });
  });

  describe('filters', () => {
    it('restricts the cohort to applications dated in the range', async () => {
      const res = await alice.agent.get('/api/stats?from=2026-02-01&to=2026-02-28').expect(200);
      expect(res.body.range).toEqual({ from: '2026-02-01', to: '2026-02-28' });
      // #4, #5, #6, #7.
      expect(res.body.funnel.rows).toEqual([
        { channel: 'all', applications: 4, counts: counts(4, 2, 1, 0, 0, 0, 0) },
        { channel: 'cold_apply', applications: 3, counts: counts(3, 2, 1, 0, 0, 0, 0) },
        { channel: 'linkedin_recruiter', applications: 1, counts: counts(1, 0, 0, 0, 0, 0, 0) },
      ]);
      expect(res.body.rates[0]).toMatchObject({ applications: 4, response: { count: 3, rate: 0.75 } });
      expect(res.body.networking).toEqual({
        connectionRequests: 0, connectionsAccepted: 0, messagesSent: 1, replies: 1,
        referralAsks: 1, referralsAgreed: 0, referralsSubmitted: 0, referralsInterviewing: 0,
      });
      expect(res.body.interviews).toEqual([
        { roundKind: 'coding', total: 1, passed: 0, failed: 0, pending: 1, passRate: null },
        { roundKind: 'ml_design', total: 1, passed: 0, failed: 1, pending: 0, passRate: 0 },
        { roundKind: 'behavioral', total: 2, passed: 1, failed: 1, pending: 0, passRate: 0.5 },
      ]);
      // The weeks of February 2026 (Mondays Jan 26 … Feb 23).
      expect(res.body.weekly.map((w: { weekStart: string }) => w.weekStart)).toEqual(['2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
    });

    it('restricts funnel, rates, Sankey and interviews to a channel', async () => {
      const res = await alice.agent.get('/api/stats?channel=referral').expect(200);
      expect(res.body.channel).toBe('referral');
      expect(res.body.funnel.rows).toEqual([
        { channel: 'all', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
        { channel: 'referral', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
      ]);
      expect(res.body.sankey.flows[0]).toEqual({ source: 'Referral', target: 'Applied', value: 2 });
      expect(res.body.interviews).toEqual([
        { roundKind: 'coding', total: 2, passed: 2, failed: 0, pending: 0, passRate: 1 },
        { roundKind: 'system_design', total: 1, passed: 1, failed: 0, pending: 0, passRate: 1 },
        { roundKind: 'ml_design', total: 1, passed: 0, failed: 1, pending: 0, passRate: 0 },
        { roundKind: 'behavioral', total: 2, passed: 1, failed: 1, pending: 0, passRate: 0.5 },
      ]);
      // Networking is not per channel.
      expect(res.body.networking.messagesSent).toBe(2);
    });

    it('answers the funnel alone and the export with the same filters', async () => {
      const funnel = await alice.agent.get('/api/stats/funnel?from=2026-01-01&to=2026-01-31&channel=referral').expect(200);
      expect(funnel.body).toEqual({ stages: [...FUNNEL_STAGES], rows: [
        { channel: 'all', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
        { channel: 'referral', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
      ] });
      const text = await alice.agent.get('/api/stats/sankey.txt?from=2026-03-01&to=2026-03-31').expect(200);
      expect(text.text).toBe('LinkedIn recruiter [1] Applied\nApplied [1] Recruiter screen\nRecruiter screen [1] Withdrawn\n');
      const empty = await alice.agent.get('/api/stats/sankey.txt?from=2030-01-01').expect(200);
      expect(empty.text).toBe('');
    });
  });

  describe('time figures from a dated history', () => {
    let tess: TestUser;

    beforeAll(async () => {
      tess = await signUp(app, 'Tess');
      const insert = async (appliedOn: string | null, stage: string, lastOpen: string | null, history: Array<[string, string]>) => {
        const [row]: Array<{ id: string }> = await db.query(
          `INSERT INTO applications (user_id, company_name, role_title, channel, stage, last_open_stage, applied_on, position, created_at)
           VALUES ($1, 'Acme', 'Engineer', 'cold_apply', $2, $3, $4, 1, $5) RETURNING id`,
          [tess.id, stage, lastOpen, appliedOn, history[0][1]],
        );
        for (const [i, [toStage, at]] of history.entries()) {
          await db.query(`INSERT INTO application_events (application_id, user_id, type, to_stage, at) VALUES ($1, $2, $3, $4, $5)`, [
            row.id, tess.id, i === 0 ? 'created' : 'stage_changed', toStage, at,
          ]);
        }
      };
      // T1 applied Mar 1: response after 4 days, offer after 17; stays applied 4.0, screen 3.5, coding 9.5.
      await insert('2025-03-01', 'offer', null, [
        ['applied', '2025-03-01T10:00:00Z'], ['recruiter_screen', '2025-03-05T10:00:00Z'], ['coding_interview', '2025-03-08T22:00:00Z'], ['offer', '2025-03-18T10:00:00Z'],
      ]);
      // T2 no applied_on: dated by its move to applied (Mar 2); response after 10 days; stays applied 10.0, screen 2.5.
      await insert(null, 'rejected', 'recruiter_screen', [
        ['wishlist', '2025-02-20T09:00:00Z'], ['applied', '2025-03-02T09:00:00Z'], ['recruiter_screen', '2025-03-12T09:00:00Z'], ['rejected', '2025-03-14T21:00:00Z'],
      ]);
      // T3 still waiting: no response, its open stay is not counted.
      await insert('2025-03-03', 'applied', null, [['applied', '2025-03-03T12:00:00Z']]);
      // T4 created at the screen (dated Mar 4, response the same day); screen 2.0, coding 1.0, back on the screen 10.0.
      await insert(null, 'onsite', null, [
        ['recruiter_screen', '2025-03-04T08:00:00Z'], ['coding_interview', '2025-03-06T08:00:00Z'], ['recruiter_screen', '2025-03-07T08:00:00Z'], ['onsite', '2025-03-17T08:00:00Z'],
      ]);
    }, 60_000);

    it('gives median and 75th percentile days with n', async () => {
      const res = await tess.agent.get('/api/stats').expect(200);
      expect(res.body.time).toEqual({
        // Days 0, 4, 10.
        toFirstResponse: { median: 4, p75: 7, n: 3 },
        toOffer: { median: 17, p75: 17, n: 1 },
        inStage: [
          { stage: 'applied', median: 7, p75: 8.5, n: 2 },
          // 2.0, 2.5, 3.5, 10.0.
          { stage: 'recruiter_screen', median: 3, p75: 5.1, n: 4 },
          // 1.0, 9.5.
          { stage: 'coding_interview', median: 5.3, p75: 7.4, n: 2 },
          { stage: 'system_design', median: null, p75: null, n: 0 },
          { stage: 'onsite', median: null, p75: null, n: 0 },
          { stage: 'offer', median: null, p75: null, n: 0 },
        ],
      });
      expect(res.body.funnel.rows[0]).toEqual({ channel: 'all', applications: 4, counts: counts(4, 3, 2, 2, 2, 1, 0) });
    });

    it('dates an application by applied_on, else its first move to applied or later', async () => {
      // T2 (moved to applied Mar 2) and T3 (applied_on Mar 3); T4 entered the screen on Mar 4.
      const res = await tess.agent.get('/api/stats/funnel?from=2025-03-02&to=2025-03-03').expect(200);
      expect(res.body.rows[0]).toEqual({ channel: 'all', applications: 2, counts: counts(2, 1, 0, 0, 0, 0, 0) });
    });
  });

  describe('isolation', () => {
    it('counts only the user’s own search', async () => {
      const res = await bob.agent.get('/api/stats').expect(200);
      expect(res.body.funnel.rows).toEqual([
        { channel: 'all', applications: 1, counts: counts(1, 1, 1, 1, 1, 1, 0) },
        { channel: 'referral', applications: 1, counts: counts(1, 1, 1, 1, 1, 1, 0) },
      ]);
      expect(res.body.networking).toEqual({
        connectionRequests: 1, connectionsAccepted: 0, messagesSent: 0, replies: 1,
        referralAsks: 1, referralsAgreed: 1, referralsSubmitted: 0, referralsInterviewing: 0,
      });
      expect(res.body.interviews).toEqual([{ roundKind: 'coding', total: 1, passed: 0, failed: 1, pending: 0, passRate: 0 }]);
      expect((await bob.agent.get('/api/stats/sankey.txt').expect(200)).text).toBe(
        'Referral [1] Applied\nApplied [1] Recruiter screen\nRecruiter screen [1] Coding interview\nCoding interview [1] System design\nSystem design [1] Onsite\nOnsite [1] Offer\nOffer [1] In progress\n',
      );
    });

    it('starts from nothing for a new account', async () => {
      const carol = await signUp(app, 'Carol');
      const res = await carol.agent.get('/api/stats').expect(200);
      expect(res.body.funnel.rows).toEqual([{ channel: 'all', applications: 0, counts: counts(0, 0, 0, 0, 0, 0, 0) }]);
      expect(res.body.rates[0].response).toEqual({ count: 0, rate: null });
      expect(res.body.sankey.flows).toEqual([]);
      expect(res.body.interviews).toEqual([]);
      expect(res.body.time.toFirstResponse).toEqual({ median: null, p75: null, n: 0 });
    });
  });

  describe('the demo account', () => {
    it('shows the figures a count over the demo definition gives', async () => {
      const dana = await signUp(app, 'Dana');
      await dana.agent.post('/api/demo/seed').expect(201);
      const res = await dana.agent.get('/api/stats').expect(200);
      const demo = demoData();

      // Funnel: per application the furthest of applied…accepted in its path, counted per stage.
      const furthest = demo.applications.map((a) => Math.max(-1, ...a.path.filter((s) => s !== 'wishlist' && (OPEN_STAGES as readonly string[]).includes(s)).map((s) => OPEN_STAGES.indexOf(s as (typeof OPEN_STAGES)[number]))));
      const row = (keep: (i: number) => boolean) => {
        const inFunnel = furthest.map((rank, i) => ({ rank, i })).filter(({ rank, i }) => rank >= 1 && keep(i));
        return { applications: inFunnel.length, counts: FUNNEL_STAGES.map((stage) => ({ stage, count: inFunnel.filter(({ rank }) => rank >= OPEN_STAGES.indexOf(stage)).length })) };
      };
      const expectedRows = [
        { channel: 'all', ...row(() => true) },
        ...CHANNELS.map((channel) => ({ channel, ...row((i) => demo.applications[i].channel === channel) })).filter((r) => r.applications > 0),
      ];
      expect(res.body.funnel.rows).toEqual(expectedRows);
      expect(res.body.funnel.rows[0].applications).toBeGreaterThanOrEqual(30);
      expect(res.body.funnel.rows.length).toBeGreaterThanOrEqual(4);

      const byType = (type: string) => demo.outreach.filter((o) => o.type === type).length;
      const reached = (status: string) => demo.referrals.filter((r) => r.steps.some((s) => ['asked', 'agreed', 'submitted', 'interviewing'].indexOf(s.status) >= ['asked', 'agreed', 'submitted', 'interviewing'].indexOf(status))).length;
      expect(res.body.networking).toEqual({
        connectionRequests: byType('connection_request_sent'), connectionsAccepted: byType('connection_accepted'), messagesSent: byType('message_sent'), replies: byType('replied'),
        referralAsks: reached('asked'), referralsAgreed: reached('agreed'), referralsSubmitted: reached('submitted'), referralsInterviewing: reached('interviewing'),
      });
      expect(res.body.networking.referralsSubmitted).toBeGreaterThan(0);

      const expectedInterviews = ROUND_KINDS.map((roundKind) => {
        const rounds = demo.interviews.filter((r) => r.roundKind === roundKind && r.outcome !== 'cancelled');
        const n = (outcome: string) => rounds.filter((r) => r.outcome === outcome).length;
        const decided = n('passed') + n('failed');
        return { roundKind, total: rounds.length, passed: n('passed'), failed: n('failed'), pending: n('pending'), passRate: decided ? Math.round((n('passed') / decided) * 10_000) / 10_000 : null };
      }).filter((r) => r.total > 0);
      expect(res.body.interviews).toEqual(expectedInterviews);
      expect(expectedInterviews.length).toBeGreaterThanOrEqual(4);

      // The Sankey export of the SQL histogram equals the one of the definition's histories.
      const histories = demo.applications.map((a, i) => ({ channel: a.channel, stages: a.path, replied: demo.outreach.some((o) => o.type === 'replied' && o.application === i) }));
      const text = (await dana.agent.get('/api/stats/sankey.txt').expect(200)).text;
      expect(text).toBe(toSankeyMatic(sankeyFlows(funnelHistogram(histories))));
      expect(text.split('\n').filter(Boolean).every((line) => /^[^[\]]+ \[\d+\] [^[\]]+$/.test(line))).toBe(true);
    }, 60_000);
  });

  describe('bad input (400 naming the field)', () => {
    const cases: Array<[string, string]> = [
      ['from=2026-02-30', 'from'],
      ['from=yesterday', 'from'],
      ['from=', 'from'],
      ['to=2026-13-01', 'to'],
      ['from=2026-03-01&to=2026-02-01', 'to'],
      ['channel=carrier_pigeon', 'channel'],
      ['from=2026-01-01&from=2026-02-01', 'from'],
      ['page=2', 'page'],
    ];
    for (const route of ROUTES) {
      it.each(cases)(`${route}?%s names %s`, async (query, field) => {
        const res = await alice.agent.get(`${route}?${query}`);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toEqual([field]);
      });
    }
  });
});
