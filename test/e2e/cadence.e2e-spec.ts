import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { CadenceService } from '../../apps/api/src/modules/cadence/cadence.service.js';
import { SchedulerService } from '../../apps/api/src/modules/scheduler/scheduler.service.js';
import { anonymous, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

/*
 * Time travel is scoped: other suites may share this database while this one runs, so a run
 * "N days from now" goes through CadenceService.reconcileUser(user, now) for one user, and the
 * scheduler's tick (which runs for everyone) is only called with the real clock.
 */

const DAY = 86_400_000;
/** A date N days from today (UTC: test users keep the default time zone). */
const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * DAY);

interface FollowUpRow {
  id: string;
  rule: string;
  ruleKey: string;
  kind: string;
  title: string;
  status: string;
  dueOn: string;
  cancelledReason: string | null;
  applicationId: string | null;
  contactId: string | null;
  referralId: string | null;
  eventId: string | null;
}

describe('cadence rules', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let cadence: CadenceService;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
    cadence = app.get(CadenceService);
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  const followUps = (user: TestUser, rule?: string): Promise<FollowUpRow[]> =>
    db.query(
      `SELECT id, rule, rule_key AS "ruleKey", kind, title, status, to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
              cancelled_reason AS "cancelledReason", application_id AS "applicationId", contact_id AS "contactId",
              referral_id AS "referralId", event_id AS "eventId"
         FROM follow_ups WHERE user_id = $1 AND rule IS NOT NULL AND ($2::text IS NULL OR rule = $2::text)
        ORDER BY created_at, rule_key`,
      [user.id, rule ?? null],
    );
  const forKey = async (user: TestUser, ruleKey: string) => (await followUps(user)).filter((f) => f.ruleKey === ruleKey);
  const markDone = (id: string) => db.query(`UPDATE follow_ups SET status = 'done', completed_at = now() WHERE id = $1`, [id]);

  async function application(user: TestUser, body: Record<string, unknown>) {
    return (await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer', ...body }).expect(201)).body;
  }
  async function contact(user: TestUser, body: Record<string, unknown> = {}) {
    return (await user.agent.post('/api/contacts').send({ name: 'Maya Okafor', ...body }).expect(201)).body;
  }
  async function outreach(user: TestUser, contactId: string, type: string, occurredOn: string, applicationId?: string) {
    return (await user.agent.post(`/api/contacts/${contactId}/outreach`).send({ type, occurredOn, ...(applicationId ? { applicationId } : {}) }).expect(201)).body;
  }
  async function move(user: TestUser, id: string, stage: string, version: number) {
    return (await user.agent.post(`/api/applications/${id}/move`).send({ stage, position: 0, version }).expect(200)).body;
  }
  async function interview(user: TestUser, startsAt: Date, applicationId: string | null = null): Promise<string> {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO events (user_id, application_id, type, title, starts_at, time_zone) VALUES ($1, $2, 'interview', 'Stripe coding interview', $3, 'UTC') RETURNING id`,
      [user.id, applicationId, startsAt.toISOString()],
    );
    return row.id;
  }
  const setTimeZone = (user: TestUser, tz: string) =>
    db.query(`INSERT INTO user_settings (user_id, time_zone) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone`, [user.id, tz]);

  describe('portal application with no response', () => {
    it('asks to follow up with a recruiter 7 days after applying, and cancels itself when the stage moves on', async () => {
      const user = await signUp(app);
      const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-2), companyName: 'Datadog' });
      const [f] = await followUps(user);
      expect(f).toMatchObject({
        rule: 'portal_no_response',
        ruleKey: `portal_no_response:${a.id}`,
        kind: 'follow_up_recruiter',
        title: 'Follow up with a recruiter at Datadog (ML Engineer)',
        status: 'open',
        dueOn: day(5),
        applicationId: a.id,
      });
      await move(user, a.id, 'recruiter_screen', a.version);
      expect(await followUps(user)).toEqual([expect.objectContaining({ id: f.id, status: 'cancelled', cancelledReason: 'answered' })]);
    });

    it('is due today when the application was logged late, links a recruiter there, and exists once however often it runs', async () => {
      const user = await signUp(app);
      const recruiter = await contact(user, { name: 'Rita Recruiter', kind: 'recruiter', companyName: 'Figma' });
      const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-8), companyName: 'Figma' });
      await app.get(SchedulerService).tick();
      await cadence.reconcileUser(user.id);
      const rows = await followUps(user);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ dueOn: day(0), contactId: recruiter.id, applicationId: a.id });
    });

    it('does not fire for other channels, wishlist cards or applications logged long after the fact', async () => {
      const user = await signUp(app);
      await application(user, { channel: 'referral', stage: 'applied', appliedOn: day(-8) });
      await application(user, { channel: 'cold_apply', stage: 'wishlist' });
      await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-40) });
      expect(await followUps(user)).toEqual([]);
    });

    it('is cancelled when the application is rejected, and a done one is never made again', async () => {
      const user = await signUp(app);
      const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-8) });
      const b = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-8), companyName: 'Canva' });
      await move(user, a.id, 'rejected', a.version);
      const [fb] = await forKey(user, `portal_no_response:${b.id}`);
      await markDone(fb.id);
      await cadence.reconcileUser(user.id, inDays(3));
      expect((await followUps(user)).map((f) => [f.ruleKey, f.status, f.cancelledReason])).toEqual([
        [`portal_no_response:${a.id}`, 'cancelled', 'answered'],
        [`portal_no_response:${b.id}`, 'done', null],
      ]);
    });

    it('keeps a snoozed one snoozed and makes no copy', async () => {
      const user = await signUp(app);
      const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-8) });
      const [f] = await followUps(user);
      await db.query(`UPDATE follow_ups SET status = 'snoozed', due_on = $2 WHERE id = $1`, [f.id, day(3)]);
      await cadence.reconcileUser(user.id, inDays(1));
      expect(await followUps(user)).toEqual([expect.objectContaining({ ruleKey: `portal_no_response:${a.id}`, status: 'snoozed', dueOn: day(3) })]);
    });
  });

  describe('LinkedIn connection request not accepted', () => {
    it('gives one follow-up 7 days after the request and cancels it when the request is accepted', async () => {
      const user = await signUp(app);
      const c = await contact(user, { name: 'Lena Fischer' });
      const o = await outreach(user, c.id, 'connection_request_sent', day(-1));
      const [f] = await followUps(user);
      expect(f).toMatchObject({ rule: 'connection_not_accepted', ruleKey: `connection_not_accepted:${o.id}`, dueOn: day(6), contactId: c.id, title: 'Follow up on your connection request to Lena Fischer' });
      await cadence.reconcileUser(user.id, inDays(20));
      expect(await followUps(user)).toHaveLength(1);
      await outreach(user, c.id, 'connection_accepted', day(0));
      expect(await followUps(user)).toEqual([expect.objectContaining({ id: f.id, status: 'cancelled', cancelledReason: 'answered' })]);
    });

    it('only ever one per request, even once done', async () => {
      const user = await signUp(app);
      const c = await contact(user);
      await outreach(user, c.id, 'connection_request_sent', day(-7));
      const [f] = await followUps(user);
      expect(f.dueOn).toBe(day(0));
      await markDone(f.id);
      await cadence.reconcileUser(user.id, inDays(30));
      expect((await followUps(user)).map((r) => r.status)).toEqual(['done']);
    });
  });

  describe('recruiter message with no reply', () => {
    it('nudges 5 days after the message, a second time after the first is done, and never a third time', async () => {
      const user = await signUp(app);
      const r = await contact(user, { name: 'Sam Recruiter', kind: 'recruiter' });
      const m = await outreach(user, r.id, 'message_sent', day(-1));
      const [first] = await followUps(user);
      expect(first).toMatchObject({ rule: 'message_no_reply', ruleKey: `message_no_reply:${m.id}:1`, dueOn: day(4), kind: 'follow_up_recruiter', contactId: r.id });
      // The nudge itself is logged as another message: still the same thread, so no new chain.
      await outreach(user, r.id, 'message_sent', day(0));
      await markDone(first.id);
      await cadence.reconcileUser(user.id);
      const second = (await followUps(user))[1];
      expect(second).toMatchObject({ ruleKey: `message_no_reply:${m.id}:2`, status: 'open', dueOn: day(5) });
      await markDone(second.id);
      await cadence.reconcileUser(user.id, inDays(10));
      await cadence.reconcileUser(user.id, inDays(40));
      expect((await followUps(user)).map((f) => [f.ruleKey, f.status])).toEqual([
        [`message_no_reply:${m.id}:1`, 'done'],
        [`message_no_reply:${m.id}:2`, 'done'],
      ]);
    });

    it('cancels the pending nudge when the reply is logged, and a new message after it starts a new thread', async () => {
      const user = await signUp(app);
      const r = await contact(user, { kind: 'recruiter' });
      await outreach(user, r.id, 'message_sent', day(-1));
      await outreach(user, r.id, 'replied', day(0));
      expect(await followUps(user)).toEqual([expect.objectContaining({ status: 'cancelled', cancelledReason: 'answered' })]);
      const m2 = await outreach(user, r.id, 'message_sent', day(0));
      expect((await followUps(user)).map((f) => [f.ruleKey, f.status])).toEqual([
        [expect.stringMatching(/^message_no_reply:.*:1$/), 'cancelled'],
        [`message_no_reply:${m2.id}:1`, 'open'],
      ]);
    });

    it('does not nudge people who are not recruiters', async () => {
      const user = await signUp(app);
      const e = await contact(user, { kind: 'engineer' });
      await outreach(user, e.id, 'message_sent', day(-1));
      expect(await followUps(user)).toEqual([]);
    });
  });

  describe('interview thank-you note', () => {
    it('is due the day after the interview and disappears when the interview is cancelled or deleted', async () => {
      const user = await signUp(app);
      const a = await application(user, { stage: 'coding_interview' });
      const past = await interview(user, new Date(Date.now() - 60_000), a.id);
      const future = await interview(user, inDays(3), a.id);
      await app.get(SchedulerService).tick();
      const rows = await followUps(user);
      expect(rows).toEqual([
        expect.objectContaining({ rule: 'interview_thank_you', ruleKey: `interview_thank_you:${past}`, kind: 'thank_you', dueOn: day(1), eventId: past, applicationId: a.id }),
      ]);
      expect(rows[0].title).toBe('Send a thank-you note for Stripe coding interview');
      await cadence.reconcileUser(user.id, inDays(3.01));
      expect((await forKey(user, `interview_thank_you:${future}`))[0]).toMatchObject({ dueOn: day(4) });

      await db.query(`UPDATE events SET outcome = 'cancelled' WHERE id = $1`, [past]);
      await cadence.reconcileUser(user.id, inDays(3.01));
      expect((await forKey(user, `interview_thank_you:${past}`))[0]).toMatchObject({ status: 'cancelled', cancelledReason: 'answered' });
      await db.query(`DELETE FROM events WHERE id = $1`, [future]);
      expect(await forKey(user, `interview_thank_you:${future}`)).toEqual([]);
    });

    it('follows the events API: logging a past interview makes it, cancelling the interview cancels it, deleting removes it', async () => {
      const user = await signUp(app);
      const startsAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
      const first = (await user.agent.post('/api/events').send({ type: 'interview', title: 'Onsite at Stripe', startsAt }).expect(201)).body;
      const second = (await user.agent.post('/api/events').send({ type: 'interview', title: 'Screen at Stripe', startsAt }).expect(201)).body;
      expect((await followUps(user)).map((f) => [f.ruleKey, f.status, f.dueOn])).toEqual([
        [`interview_thank_you:${first.id}`, 'open', day(1)],
        [`interview_thank_you:${second.id}`, 'open', day(1)],
      ]);
      await user.agent.patch(`/api/events/${first.id}`).send({ version: first.version, outcome: 'cancelled' }).expect(200);
      expect((await forKey(user, `interview_thank_you:${first.id}`))[0]).toMatchObject({ status: 'cancelled', cancelledReason: 'answered' });
      await user.agent.delete(`/api/events/${second.id}`).expect(204);
      expect(await forKey(user, `interview_thank_you:${second.id}`)).toEqual([]);
    });

    it('counts the next day in the user’s calendar across daylight-saving changes', async () => {
      const berlin = await signUp(app);
      await setTimeZone(berlin, 'Europe/Berlin');
      // 23:30 CET on 28 March 2026; the clocks go forward that night.
      await interview(berlin, new Date('2026-03-28T22:30:00Z'));
      await cadence.reconcileUser(berlin.id, new Date('2026-03-28T23:00:00Z'));
      expect((await followUps(berlin)).map((f) => f.dueOn)).toEqual(['2026-03-29']);

      const newYork = await signUp(app);
      await setTimeZone(newYork, 'America/New_York');
      // 23:30 EST on 1 November 2026, the day the clocks went back; already 2 November in UTC.
      await interview(newYork, new Date('2026-11-02T04:30:00Z'));
      await cadence.reconcileUser(newYork.id, new Date('2026-11-02T05:00:00Z'));
      expect((await followUps(newYork)).map((f) => f.dueOn)).toEqual(['2026-11-02']);
    });
  });

  describe('submitted referral with no news', () => {
    it('checks in with the referrer 7 days after submission and cancels when the referral moves on', async () => {
      const user = await signUp(app);
      const a = await application(user, { stage: 'applied', channel: 'other', companyName: 'Anthropic' });
      const c = await contact(user, { name: 'Priya Referrer' });
      let ref = (await user.agent.post('/api/referrals').send({ applicationId: a.id, contactId: c.id, status: 'asked' }).expect(201)).body;
      ref = (await user.agent.post(`/api/referrals/${ref.id}/transition`).send({ status: 'agreed', version: ref.version }).expect(200)).body;
      ref = (await user.agent.post(`/api/referrals/${ref.id}/transition`).send({ status: 'submitted', version: ref.version, date: day(-3) }).expect(200)).body;
      const [f] = await followUps(user, 'referral_no_news');
      expect(f).toMatchObject({
        ruleKey: `referral_no_news:${ref.id}`,
        kind: 'check_referral',
        dueOn: day(4),
        referralId: ref.id,
        contactId: c.id,
        applicationId: a.id,
        title: 'Check in with Priya Referrer about your referral at Anthropic',
      });
      await user.agent.post(`/api/referrals/${ref.id}/transition`).send({ status: 'interviewing', version: ref.version }).expect(200);
      expect((await followUps(user, 'referral_no_news'))[0]).toMatchObject({ status: 'cancelled', cancelledReason: 'answered' });
    });
  });

  describe('offer decision deadline', () => {
    it('exposes offerDeadline, reminds 2 days before it, follows a changed deadline and cancels on a decision', async () => {
      const user = await signUp(app);
      const a = await application(user, { stage: 'offer', offerDeadline: day(10), companyName: 'Acme' });
      expect(a.offerDeadline).toBe(day(10));
      const [first] = await followUps(user);
      expect(first).toMatchObject({ rule: 'offer_deadline', ruleKey: `offer_deadline:${a.id}:${day(10)}`, kind: 'offer_decision', dueOn: day(8), title: `Decide on the Acme offer (deadline ${day(10)})` });

      const patched = (await user.agent.patch(`/api/applications/${a.id}`).send({ version: a.version, offerDeadline: day(20) }).expect(200)).body;
      expect(patched.offerDeadline).toBe(day(20));
      expect((await followUps(user)).map((f) => [f.ruleKey, f.status, f.cancelledReason, f.dueOn])).toEqual([
        [`offer_deadline:${a.id}:${day(10)}`, 'cancelled', 'superseded', day(8)],
        [`offer_deadline:${a.id}:${day(20)}`, 'open', null, day(18)],
      ]);
      const listed = (await user.agent.get('/api/applications').expect(200)).body.items;
      expect(listed[0].offerDeadline).toBe(day(20));
      const board = (await user.agent.get('/api/board').expect(200)).body;
      expect(board.columns.find((c: { stage: string }) => c.stage === 'offer').applications[0].offerDeadline).toBe(day(20));

      await move(user, a.id, 'accepted', patched.version);
      expect((await forKey(user, `offer_deadline:${a.id}:${day(20)}`))[0]).toMatchObject({ status: 'cancelled', cancelledReason: 'answered' });
    });

    it('is due today when the deadline is close, and cancelled when the deadline is cleared', async () => {
      const user = await signUp(app);
      const a = await application(user, { stage: 'offer', offerDeadline: day(1) });
      expect((await followUps(user))[0].dueOn).toBe(day(0));
      await user.agent.patch(`/api/applications/${a.id}`).send({ version: a.version, offerDeadline: null }).expect(200);
      expect((await followUps(user))[0]).toMatchObject({ status: 'cancelled', cancelledReason: 'answered' });
    });

    it('rejects a malformed deadline naming the field', async () => {
      const res = await alice.agent.post('/api/applications').send({ companyName: 'A', roleTitle: 'B', offerDeadline: '12/01/2026' });
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(['offerDeadline']);
    });
  });

  describe('ghosting', () => {
    const history = async (user: TestUser, id: string) =>
      (await user.agent.get(`/api/applications/${id}`).expect(200)).body.history.map((h: { fromStage: string | null; toStage: string }) => [h.fromStage, h.toStage]);

    it('ghosts an applied application after 30 days without activity, once, and a move brings it back', async () => {
      const user = await signUp(app);
      const a = await application(user, { channel: 'linkedin_recruiter', stage: 'applied' });
      await cadence.reconcileUser(user.id, inDays(29));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('applied');
      await cadence.reconcileUser(user.id, inDays(31));
      await cadence.reconcileUser(user.id, inDays(32));
      const ghosted = (await user.agent.get(`/api/applications/${a.id}`).expect(200)).body;
      expect(ghosted).toMatchObject({ stage: 'ghosted', lastOpenStage: 'applied', version: a.version + 1 });
      expect(await history(user, a.id)).toEqual([[null, 'applied'], ['applied', 'ghosted']]);

      const back = await move(user, a.id, 'applied', ghosted.version);
      expect(back).toMatchObject({ stage: 'applied', lastOpenStage: null });
      await cadence.reconcileUser(user.id, inDays(1));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('applied');
    });

    it('never ghosts while a follow-up is pending, and counts its completion as activity', async () => {
      const user = await signUp(app);
      const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(0) });
      const [f] = await followUps(user);
      await cadence.reconcileUser(user.id, inDays(60));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('applied');
      await markDone(f.id);
      await db.query(`UPDATE follow_ups SET completed_at = now() + interval '20 days' WHERE id = $1`, [f.id]);
      await cadence.reconcileUser(user.id, inDays(40));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('applied');
      await cadence.reconcileUser(user.id, inDays(51));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('ghosted');
    });

    it('counts linked outreach as activity and respects ghostAfterDays', async () => {
      const user = await signUp(app);
      await user.agent.put('/api/settings/cadence').send({ ghostAfterDays: 60 }).expect(200);
      const a = await application(user, { channel: 'other', stage: 'applied' });
      const c = await contact(user);
      await outreach(user, c.id, 'no_reply', day(10), a.id);
      await cadence.reconcileUser(user.id, inDays(65));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('applied');
      await cadence.reconcileUser(user.id, inDays(71));
      expect((await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.stage).toBe('ghosted');
    });
  });

  describe('settings', () => {
    const routes = [
      ['get', '/api/settings/cadence'],
      ['put', '/api/settings/cadence'],
    ] as const;
    it.each(routes)('%s %s needs a session (401)', async (method, url) => {
      expectProblem(await anonymous(app)[method](url).send({}), 401, 'unauthenticated');
    });

    it('lists every rule with its effective values and defaults', async () => {
      const body = (await alice.agent.get('/api/settings/cadence').expect(200)).body;
      expect(body.ghostAfterDays).toBe(30);
      expect(body.ghostAfterDaysDefault).toBe(30);
      expect(body.rules.map((r: { key: string; enabled: boolean; days: number; maxCount: number | null }) => [r.key, r.enabled, r.days, r.maxCount])).toEqual([
        ['portal_no_response', true, 7, null],
        ['connection_not_accepted', true, 7, null],
        ['message_no_reply', true, 5, 2],
        ['interview_thank_you', true, 1, null],
        ['referral_no_news', true, 7, null],
        ['offer_deadline', true, 2, null],
      ]);
      expect(body.rules[2]).toMatchObject({ label: 'Recruiter message without a reply', kind: 'follow_up_recruiter', timing: 'after', minDays: 1, maxDays: 60, maxMaxCount: 5, defaults: { enabled: true, days: 5, maxCount: 2 } });
      expect(body.rules[5]).toMatchObject({ timing: 'before', defaults: { days: 2 } });
    });

    it('stores changes sparsely, keeps unmentioned values, and leaves other users alone', async () => {
      const user = await signUp(app);
      await user.agent.put('/api/settings/cadence').send({ rules: { message_no_reply: { days: 4, maxCount: 1 } } }).expect(200);
      const res = await user.agent.put('/api/settings/cadence').send({ rules: { portal_no_response: { enabled: false } }, ghostAfterDays: 45 }).expect(200);
      const byKey = Object.fromEntries(res.body.rules.map((r: { key: string }) => [r.key, r]));
      expect(byKey.message_no_reply).toMatchObject({ enabled: true, days: 4, maxCount: 1 });
      expect(byKey.portal_no_response).toMatchObject({ enabled: false, days: 7 });
      expect(res.body.ghostAfterDays).toBe(45);
      const [stored] = await db.query(`SELECT cadence, ghost_after_days FROM user_settings WHERE user_id = $1`, [user.id]);
      expect(stored).toEqual({ cadence: { message_no_reply: { days: 4, maxCount: 1 }, portal_no_response: { enabled: false } }, ghost_after_days: 45 });
      const bobs = (await bob.agent.get('/api/settings/cadence').expect(200)).body;
      expect(bobs.rules[0]).toMatchObject({ enabled: true, days: 7 });
      expect(bobs.ghostAfterDays).toBe(30);
    });

    it.each([
      [{ rules: { nope: { days: 3 } } }, ['rules.nope']],
      [{ rules: { portal_no_response: { days: 0 } } }, ['rules.portal_no_response.days']],
      [{ rules: { portal_no_response: { days: 91 } } }, ['rules.portal_no_response.days']],
      [{ rules: { message_no_reply: { maxCount: 6 } } }, ['rules.message_no_reply.maxCount']],
      [{ rules: { offer_deadline: { maxCount: 2 } } }, ['rules.offer_deadline.maxCount']],
      [{ rules: { interview_thank_you: { enabled: 'yes' } } }, ['rules.interview_thank_you.enabled']],
      [{ rules: { referral_no_news: 7 } }, ['rules.referral_no_news']],
      [{ rules: 'all' }, ['rules']],
      [{ ghostAfterDays: 3 }, ['ghostAfterDays']],
      [{ ghostAfterDays: 366 }, ['ghostAfterDays']],
      [{ colour: 'red' }, ['colour']],
    ])('rejects %j naming %j (400)', async (body, fields) => {
      const res = await alice.agent.put('/api/settings/cadence').send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(fields);
    });

    it('a disabled rule creates nothing and cancels what it made; changed days apply to new follow-ups', async () => {
      const user = await signUp(app);
      const before = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-1) });
      await user.agent.put('/api/settings/cadence').send({ rules: { portal_no_response: { enabled: false } } }).expect(200);
      expect(await forKey(user, `portal_no_response:${before.id}`)).toEqual([expect.objectContaining({ status: 'cancelled', cancelledReason: 'rule_disabled' })]);
      const off = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-1) });
      expect(await forKey(user, `portal_no_response:${off.id}`)).toEqual([]);

      await user.agent.put('/api/settings/cadence').send({ rules: { portal_no_response: { enabled: true, days: 3 }, message_no_reply: { maxCount: 1 } } }).expect(200);
      expect((await forKey(user, `portal_no_response:${off.id}`))[0]).toMatchObject({ status: 'open', dueOn: day(2) });
      expect((await forKey(user, `portal_no_response:${before.id}`))[0].status).toBe('cancelled');

      const r = await contact(user, { kind: 'recruiter' });
      const m = await outreach(user, r.id, 'message_sent', day(0));
      const [nudge] = await forKey(user, `message_no_reply:${m.id}:1`);
      await markDone(nudge.id);
      await cadence.reconcileUser(user.id, inDays(10));
      expect(await forKey(user, `message_no_reply:${m.id}:2`)).toEqual([]);
    });
  });

  it('keeps users apart: one user’s rules never touch another’s data', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    await application(other, { channel: 'cold_apply', stage: 'applied', appliedOn: day(-1) });
    await user.agent.put('/api/settings/cadence').send({ rules: { portal_no_response: { enabled: false } } }).expect(200);
    await cadence.reconcileUser(user.id, inDays(40));
    const [f] = await followUps(other);
    expect(f.status).toBe('open');
    const [{ stage }] = await db.query(`SELECT stage FROM applications WHERE user_id = $1`, [other.id]);
    expect(stage).toBe('applied');
  });

  it('the issue’s walk-through: portal, connection request and interview each get their follow-up on the right day and lose it once answered', async () => {
    const user = await signUp(app);
    const a = await application(user, { channel: 'cold_apply', stage: 'applied', appliedOn: day(0), companyName: 'Vercel' });
    const c = await contact(user, { name: 'Ana Engineer' });
    await outreach(user, c.id, 'connection_request_sent', day(0));
    await interview(user, new Date(Date.now() - 3_600_000), a.id);
    await app.get(SchedulerService).tick();
    expect((await followUps(user)).map((f) => [f.rule, f.dueOn, f.status])).toEqual([
      ['portal_no_response', day(7), 'open'],
      ['connection_not_accepted', day(7), 'open'],
      ['interview_thank_you', day(1), 'open'],
    ]);
    await move(user, a.id, 'recruiter_screen', a.version);
    await outreach(user, c.id, 'replied', day(0));
    expect((await followUps(user)).map((f) => [f.rule, f.status])).toEqual([
      ['portal_no_response', 'cancelled'],
      ['connection_not_accepted', 'cancelled'],
      ['interview_thank_you', 'open'],
    ]);
  });

  describe('two API instances on one database', () => {
    let second: NestExpressApplication;
    beforeAll(async () => {
      second = await startTestApp();
    });
    afterAll(async () => {
      await second.close();
    });

    it('create each follow-up and record each ghosting exactly once when they run at the same moment', async () => {
      const users = await Promise.all([signUp(app), signUp(app), signUp(app)]);
      const ghostIds: string[] = [];
      for (const user of users) {
        // Data written behind the API's back, so that only the runs below can act on it.
        const [portal]: Array<{ id: string }> = await db.query(
          `INSERT INTO applications (user_id, company_name, role_title, channel, stage, applied_on, position)
           VALUES ($1, 'Cohere', 'MLE', 'cold_apply', 'applied', CURRENT_DATE - 2, 0) RETURNING id`,
          [user.id],
        );
        const [silent]: Array<{ id: string }> = await db.query(
          `INSERT INTO applications (user_id, company_name, role_title, channel, stage, position, stage_changed_at, updated_at, created_at)
           VALUES ($1, 'Mistral', 'MLE', 'other', 'applied', 0, now() - interval '40 days', now() - interval '40 days', now() - interval '40 days') RETURNING id`,
          [user.id],
        );
        await db.query(`INSERT INTO application_events (application_id, user_id, type, to_stage, at) VALUES ($1, $2, 'created', 'applied', now() - interval '40 days')`, [silent.id, user.id]);
        const [k]: Array<{ id: string }> = await db.query(`INSERT INTO contacts (user_id, name, kind) VALUES ($1, 'Rec', 'recruiter') RETURNING id`, [user.id]);
        await db.query(`INSERT INTO outreach (user_id, contact_id, type, occurred_on) VALUES ($1, $2, 'message_sent', CURRENT_DATE - 1), ($1, $2, 'connection_request_sent', CURRENT_DATE - 1)`, [user.id, k.id]);
        await db.query(`INSERT INTO events (user_id, application_id, type, title, starts_at, time_zone) VALUES ($1, $2, 'interview', 'Screen', now() - interval '1 hour', 'UTC')`, [user.id, portal.id]);
        ghostIds.push(silent.id);
      }
      const schedulers = [app.get(SchedulerService), second.get(SchedulerService)];
      const services = [cadence, second.get(CadenceService)];
      const now = new Date();
      for (let round = 0; round < 4; round += 1) {
        await Promise.all([
          ...schedulers.map((s) => s.tick(now)),
          ...users.flatMap((u) => services.map((s) => s.reconcileUser(u.id, now))),
        ]);
      }
      const ids = users.map((u) => u.id);
      const counts: Array<{ rule: string; n: number; copies: number }> = await db.query(
        `SELECT rule, count(*)::int AS n, max(c)::int AS copies
           FROM (SELECT rule, rule_key, count(*) AS c FROM follow_ups WHERE user_id = ANY($1) GROUP BY rule, rule_key) k
          GROUP BY rule ORDER BY rule`,
        [ids],
      );
      expect(counts).toEqual([
        { rule: 'connection_not_accepted', n: 3, copies: 1 },
        { rule: 'interview_thank_you', n: 3, copies: 1 },
        { rule: 'message_no_reply', n: 3, copies: 1 },
        { rule: 'portal_no_response', n: 3, copies: 1 },
      ]);
      const ghostings: Array<{ applicationId: string; n: number }> = await db.query(
        `SELECT application_id AS "applicationId", count(*)::int AS n FROM application_events
          WHERE application_id = ANY($1) AND to_stage = 'ghosted' GROUP BY application_id ORDER BY application_id`,
        [ghostIds],
      );
      expect(ghostings).toEqual([...ghostIds].sort().map((id) => ({ applicationId: id, n: 1 })));
      const versions: Array<{ version: number; stage: string }> = await db.query(`SELECT version, stage FROM applications WHERE id = ANY($1)`, [ghostIds]);
      expect(versions).toEqual(ghostIds.map(() => ({ version: 2, stage: 'ghosted' })));
    });
  });
});
