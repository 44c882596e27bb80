import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

async function contact(user: TestUser, name = 'Maya Okafor') {
  return (await user.agent.post('/api/contacts').send({ name }).expect(201)).body;
}

async function application(user: TestUser, body: Record<string, unknown> = {}) {
  return (await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer', ...body }).expect(201)).body;
}

async function referral(user: TestUser, body: Record<string, unknown> = {}) {
  const applicationId = body.applicationId ?? (await application(user)).id;
  const contactId = body.contactId ?? (await contact(user)).id;
  return (await user.agent.post('/api/referrals').send({ ...body, applicationId, contactId }).expect(201)).body;
}

async function move(user: TestUser, id: string, status: string, version: number, date?: string) {
  return (await user.agent.post(`/api/referrals/${id}/transition`).send({ status, version, ...(date ? { date } : {}) }).expect(200)).body;
}

const steps = (history: Array<{ fromStatus: string | null; toStatus: string; occurredOn: string }>) =>
  history.map((h) => [h.fromStatus, h.toStatus, h.occurredOn]);

/** Today as the database sees it may differ from this process's by a time zone: allow a day. */
function isAboutToday(date: string): boolean {
  return Math.abs(new Date(`${date}T12:00:00Z`).getTime() - Date.now()) <= 2 * 86_400_000;
}

describe('referrals', () => {
  let app: NestExpressApplication;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(
    () => app,
    [
      ['get', '/api/referrals'],
      ['post', '/api/referrals'],
      ['get', `/api/referrals/${MISSING_ID}`],
      ['patch', `/api/referrals/${MISSING_ID}`],
      ['delete', `/api/referrals/${MISSING_ID}`],
      ['post', `/api/referrals/${MISSING_ID}/transition`],
    ],
    { status: 'asked', version: 1 },
  );

  it('creates in to_ask by default with today as the first step, joined to the contact and the application', async () => {
    const a = await application(alice, { companyName: 'OpenAI', roleTitle: 'Research Engineer' });
    const c = await contact(alice, 'Lena Fischer');
    const res = await alice.agent.post('/api/referrals').send({ applicationId: a.id, contactId: c.id, notes: 'met at NeurIPS' }).expect(201);
    expect(res.body).toMatchObject({
      applicationId: a.id,
      contactId: c.id,
      contactName: 'Lena Fischer',
      companyName: 'OpenAI',
      roleTitle: 'Research Engineer',
      status: 'to_ask',
      notes: 'met at NeurIPS',
      version: 1,
      history: [{ fromStatus: null, toStatus: 'to_ask' }],
    });
    const today = res.body.history[0].occurredOn;
    expect(isAboutToday(today)).toBe(true);
    expect(res.body.steps).toEqual({ to_ask: today, asked: null, agreed: null, submitted: null, interviewing: null, declined: null, no_response: null });
    expect((await alice.agent.get(`/api/referrals/${res.body.id}`).expect(200)).body).toEqual(res.body);

    const asked = await referral(alice, { status: 'asked', date: '2026-01-15' });
    expect(asked).toMatchObject({ status: 'asked', notes: null, steps: { to_ask: null, asked: '2026-01-15' } });
    expect(steps(asked.history)).toEqual([[null, 'asked', '2026-01-15']]);
  });

  it('refuses a second referral from the same contact for the same application (409 referral_exists)', async () => {
    const a = await application(alice);
    const c = await contact(alice);
    const first = await referral(alice, { applicationId: a.id, contactId: c.id });
    const again = await alice.agent.post('/api/referrals').send({ applicationId: a.id, contactId: c.id, status: 'asked' });
    expectProblem(again, 409, 'referral_exists');
    expect(problemFields(again)).toEqual(['contactId']);
    expect((await alice.agent.get(`/api/referrals?applicationId=${a.id}`).expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([first.id]);
  });

  it('rejects bad input on create naming the field, and writes nothing', async () => {
    const user = await signUp(app);
    const a = await application(user);
    const c = await contact(user);
    const bobsApp = await application(bob);
    const bobsContact = await contact(bob);
    for (const [body, field] of [
      [{ contactId: c.id }, 'applicationId'],
      [{ applicationId: a.id }, 'contactId'],
      [{ applicationId: 'x', contactId: c.id }, 'applicationId'],
      [{ applicationId: a.id, contactId: 'x' }, 'contactId'],
      [{ applicationId: a.id, contactId: c.id, status: 'agreed' }, 'status'],
      [{ applicationId: a.id, contactId: c.id, status: 'interviewing' }, 'status'],
      [{ applicationId: a.id, contactId: c.id, status: 'nope' }, 'status'],
      [{ applicationId: a.id, contactId: c.id, status: null }, 'status'],
      [{ applicationId: a.id, contactId: c.id, date: '2026-02-30' }, 'date'],
      [{ applicationId: a.id, contactId: c.id, date: '15/01/2026' }, 'date'],
      [{ applicationId: a.id, contactId: c.id, notes: 'x'.repeat(20_001) }, 'notes'],
      [{ applicationId: a.id, contactId: c.id, userId: bob.id }, 'userId'],
      [{ applicationId: bobsApp.id, contactId: c.id }, 'applicationId'],
      [{ applicationId: MISSING_ID, contactId: c.id }, 'applicationId'],
      [{ applicationId: a.id, contactId: bobsContact.id }, 'contactId'],
      [{ applicationId: a.id, contactId: MISSING_ID }, 'contactId'],
    ] as const) {
      const res = await user.agent.post('/api/referrals').send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
    expect((await user.agent.get('/api/referrals').expect(200)).body.total).toBe(0);
    expect((await bob.agent.get(`/api/referrals?applicationId=${bobsApp.id}`).expect(200)).body.total).toBe(0);
  });

  it('walks to_ask → asked → agreed → submitted → interviewing, dating every step in the history and the contact’s timeline', async () => {
    const r = await referral(alice, { date: '2026-01-02' });
    let current = await move(alice, r.id, 'asked', 1, '2026-01-05');
    current = await move(alice, r.id, 'agreed', 2, '2026-01-09');
    current = await move(alice, r.id, 'submitted', 3, '2026-01-12');
    current = await move(alice, r.id, 'interviewing', 4, '2026-02-01');
    expect(current).toMatchObject({ status: 'interviewing', version: 5 });
    expect(steps(current.history)).toEqual([
      [null, 'to_ask', '2026-01-02'],
      ['to_ask', 'asked', '2026-01-05'],
      ['asked', 'agreed', '2026-01-09'],
      ['agreed', 'submitted', '2026-01-12'],
      ['submitted', 'interviewing', '2026-02-01'],
    ]);
    expect(current.steps).toEqual({
      to_ask: '2026-01-02', asked: '2026-01-05', agreed: '2026-01-09', submitted: '2026-01-12', interviewing: '2026-02-01', declined: null, no_response: null,
    });
    expect((await alice.agent.get(`/api/referrals/${r.id}`).expect(200)).body).toEqual(current);
    const { history: _history, ...item } = current;
    expect((await alice.agent.get(`/api/referrals?contactId=${r.contactId}`).expect(200)).body.items).toEqual([item]);

    const timeline = (await alice.agent.get(`/api/contacts/${r.contactId}`).expect(200)).body.timeline;
    expect(timeline.map((t: { entry: string; referralId: string; toStatus: string; occurredOn: string; applicationId: string }) => [t.entry, t.referralId, t.toStatus, t.occurredOn, t.applicationId])).toEqual([
      ['referral', r.id, 'interviewing', '2026-02-01', r.applicationId],
      ['referral', r.id, 'submitted', '2026-01-12', r.applicationId],
      ['referral', r.id, 'agreed', '2026-01-09', r.applicationId],
      ['referral', r.id, 'asked', '2026-01-05', r.applicationId],
      ['referral', r.id, 'to_ask', '2026-01-02', r.applicationId],
    ]);
  });

  it('dates a transition today by default, and a step taken back keeps the earlier day', async () => {
    const r = await referral(alice, { status: 'asked', date: '2026-03-01' });
    const agreed = await move(alice, r.id, 'agreed', 1);
    expect(isAboutToday(agreed.steps.agreed)).toBe(true);
    const back = await move(alice, r.id, 'asked', 2, '2026-03-20');
    expect(back.steps).toMatchObject({ asked: '2026-03-01', agreed: null });
    const declined = await move(alice, r.id, 'declined', 3, '2026-03-21');
    const swapped = await move(alice, r.id, 'no_response', declined.version, '2026-03-22');
    expect(swapped.steps).toMatchObject({ asked: '2026-03-01', declined: null, no_response: '2026-03-22' });
    expect(swapped.history).toHaveLength(5);
  });

  it('rejects an invalid jump with 400 invalid_transition naming status, and writes nothing', async () => {
    const a = await application(alice);
    const r = await referral(alice, { applicationId: a.id });
    for (const status of ['submitted', 'interviewing', 'declined', 'to_ask']) {
      const res = await alice.agent.post(`/api/referrals/${r.id}/transition`).send({ status, version: 1 });
      expectProblem(res, 400, 'invalid_transition');
      expect(problemFields(res)).toEqual(['status']);
    }
    expect((await alice.agent.get(`/api/referrals/${r.id}`).expect(200)).body).toEqual(r);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body).toMatchObject({ channel: 'cold_apply', version: 1 });
    expect((await alice.agent.get(`/api/contacts/${r.contactId}`).expect(200)).body.timeline).toHaveLength(1);
  });

  it('rejects bad transition and patch input naming the field', async () => {
    const r = await referral(alice);
    for (const [body, field] of [
      [{ version: 1 }, 'status'],
      [{ status: 'hired', version: 1 }, 'status'],
      [{ status: 'asked' }, 'version'],
      [{ status: 'asked', version: 'one' }, 'version'],
      [{ status: 'asked', version: 1, date: '2026-13-01' }, 'date'],
      [{ status: 'asked', version: 1, applicationId: MISSING_ID }, 'applicationId'],
    ] as const) {
      const res = await alice.agent.post(`/api/referrals/${r.id}/transition`).send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
    for (const [body, field] of [
      [{ notes: 'x' }, 'version'],
      [{ version: 1, notes: 5 }, 'notes'],
      [{ version: 1, status: 'asked' }, 'status'],
    ] as const) {
      const res = await alice.agent.patch(`/api/referrals/${r.id}`).send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
    for (const [method, url] of [
      ['get', '/api/referrals/123'],
      ['patch', '/api/referrals/123'],
      ['delete', '/api/referrals/123'],
      ['post', '/api/referrals/123/transition'],
    ] as const) {
      const res = await alice.agent[method](url).send({ status: 'asked', version: 1 });
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(['id']);
    }
    for (const [query, field] of [['status=hired', 'status'], ['applicationId=x', 'applicationId'], ['contactId=x', 'contactId'], ['pageSize=0', 'pageSize']]) {
      expect(problemFields(await alice.agent.get(`/api/referrals?${query}`))).toEqual([field]);
    }
    expect((await alice.agent.get(`/api/referrals/${r.id}`).expect(200)).body).toEqual(r);
  });

  it('patches notes with a version and refuses a stale one with 409 and the current version', async () => {
    const r = await referral(alice, { notes: 'first' });
    const patched = await alice.agent.patch(`/api/referrals/${r.id}`).send({ version: 1, notes: 'asked over coffee' }).expect(200);
    expect(patched.body).toMatchObject({ notes: 'asked over coffee', version: 2, status: 'to_ask' });
    expect(patched.body.history).toHaveLength(1);
    const cleared = await alice.agent.patch(`/api/referrals/${r.id}`).send({ version: 2, notes: null }).expect(200);
    expect(cleared.body).toMatchObject({ notes: null, version: 3 });
    const stale = await alice.agent.patch(`/api/referrals/${r.id}`).send({ version: 1, notes: 'late' });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(3);
    const staleMove = await alice.agent.post(`/api/referrals/${r.id}/transition`).send({ status: 'asked', version: 2 });
    expectProblem(staleMove, 409, 'version_conflict');
    expect(staleMove.body.currentVersion).toBe(3);
    expect((await alice.agent.get(`/api/referrals/${r.id}`).expect(200)).body).toMatchObject({ notes: null, status: 'to_ask', version: 3, history: [{ toStatus: 'to_ask' }] });
  });

  it('on submitted, switches the application’s channel from the default cold_apply to referral, once, bumping its version', async () => {
    const a = await application(alice, { companyName: 'Datadog' });
    const r = await referral(alice, { applicationId: a.id, status: 'asked' });
    await move(alice, r.id, 'agreed', 1);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body).toMatchObject({ channel: 'cold_apply', version: 1 });
    await move(alice, r.id, 'submitted', 2, '2026-04-01');
    const after = (await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body;
    expect(after).toMatchObject({ channel: 'referral', version: 2, stage: a.stage });
    expect(new Date(after.updatedAt).getTime()).toBeGreaterThan(new Date(a.updatedAt).getTime());
    // Stage history only: no application event for the channel.
    expect(after.history).toEqual(a.history);
    // The old version is stale now, so a concurrent edit of the application cannot undo it silently.
    expectProblem(await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 1, notes: 'x' }), 409, 'version_conflict');
    // Going back and forth does not touch it again.
    await move(alice, r.id, 'agreed', 3);
    await move(alice, r.id, 'submitted', 4);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body).toMatchObject({ channel: 'referral', version: 2 });
  });

  it('on submitted, keeps a channel the user chose (linkedin_recruiter)', async () => {
    const a = await application(alice, { companyName: 'Netflix', channel: 'linkedin_recruiter' });
    const r = await referral(alice, { applicationId: a.id, status: 'asked' });
    await move(alice, r.id, 'agreed', 1);
    await move(alice, r.id, 'submitted', 2);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body).toMatchObject({ channel: 'linkedin_recruiter', version: 1, updatedAt: a.updatedAt });
  });

  it('lists with filters by application, contact and status, newest change first, paginated', async () => {
    const user = await signUp(app);
    const stripe = await application(user, { companyName: 'Stripe' });
    const google = await application(user, { companyName: 'Google' });
    const maya = await contact(user, 'Maya');
    const daniel = await contact(user, 'Daniel');
    const r1 = await referral(user, { applicationId: stripe.id, contactId: maya.id });
    const r2 = await referral(user, { applicationId: stripe.id, contactId: daniel.id, status: 'asked' });
    const r3 = await referral(user, { applicationId: google.id, contactId: maya.id });
    await move(user, r1.id, 'asked', 1);
    const ids = async (query: string) => (await user.agent.get(`/api/referrals?${query}`).expect(200)).body.items.map((r: { id: string }) => r.id);
    expect(await ids('')).toEqual([r1.id, r3.id, r2.id]);
    expect(await ids(`applicationId=${stripe.id}`)).toEqual([r1.id, r2.id]);
    expect(await ids(`contactId=${maya.id}`)).toEqual([r1.id, r3.id]);
    expect(await ids('status=asked')).toEqual([r1.id, r2.id]);
    expect(await ids(`status=asked&contactId=${daniel.id}&applicationId=${stripe.id}`)).toEqual([r2.id]);
    expect(await ids('status=submitted')).toEqual([]);
    const page = await user.agent.get('/api/referrals?pageSize=2&page=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ id: r2.id, contactName: 'Daniel', companyName: 'Stripe', roleTitle: 'ML Engineer', status: 'asked' }] });
    expect((await user.agent.get('/api/referrals?pageSize=2&page=9').expect(200)).body).toMatchObject({ total: 3, items: [] });
  });

  it('hides one user’s referrals from another: list, filters, read, change, move, delete', async () => {
    const mine = await referral(alice, { notes: 'secret' });
    expect((await bob.agent.get('/api/referrals').expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await bob.agent.get(`/api/referrals?applicationId=${mine.applicationId}`).expect(200)).body.total).toBe(0);
    expect((await bob.agent.get(`/api/referrals?contactId=${mine.contactId}`).expect(200)).body.total).toBe(0);
    expectProblem(await bob.agent.get(`/api/referrals/${mine.id}`), 404, 'not_found');
    expectProblem(await bob.agent.patch(`/api/referrals/${mine.id}`).send({ version: 1, notes: 'pwned' }), 404, 'not_found');
    expectProblem(await bob.agent.post(`/api/referrals/${mine.id}/transition`).send({ status: 'asked', version: 1 }), 404, 'not_found');
    expectProblem(await bob.agent.delete(`/api/referrals/${mine.id}`), 404, 'not_found');
    for (const [method, url] of [['get', ''], ['patch', ''], ['delete', ''], ['post', '/transition']] as const) {
      const body = url ? { status: 'asked', version: 1 } : { version: 1 };
      expectProblem(await alice.agent[method](`/api/referrals/${MISSING_ID}${url}`).send(body), 404, 'not_found');
    }
    expect((await alice.agent.get(`/api/referrals/${mine.id}`).expect(200)).body).toEqual(mine);
  });

  it('deletes a referral with its steps, which leave the contact’s timeline', async () => {
    const r = await referral(alice);
    await move(alice, r.id, 'asked', 1);
    await alice.agent.delete(`/api/referrals/${r.id}`).expect(204);
    expectProblem(await alice.agent.get(`/api/referrals/${r.id}`), 404, 'not_found');
    expectProblem(await alice.agent.delete(`/api/referrals/${r.id}`), 404, 'not_found');
    expect((await alice.agent.get(`/api/contacts/${r.contactId}`).expect(200)).body.timeline).toEqual([]);
  });

  it('goes away with its application or its contact', async () => {
    const a = await application(alice);
    const r1 = await referral(alice, { applicationId: a.id });
    const r2 = await referral(alice);
    await alice.agent.delete(`/api/applications/${a.id}`).expect(204);
    await alice.agent.delete(`/api/contacts/${r2.contactId}`).expect(204);
    expectProblem(await alice.agent.get(`/api/referrals/${r1.id}`), 404, 'not_found');
    expectProblem(await alice.agent.get(`/api/referrals/${r2.id}`), 404, 'not_found');
  });
});
