import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

async function create(user: TestUser, body: Record<string, unknown> = {}) {
  const res = await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer', ...body }).expect(201);
  return res.body;
}

describe('applications', () => {
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
      ['get', '/api/applications'],
      ['post', '/api/applications'],
      ['get', `/api/applications/${MISSING_ID}`],
      ['patch', `/api/applications/${MISSING_ID}`],
      ['delete', `/api/applications/${MISSING_ID}`],
      ['post', `/api/applications/${MISSING_ID}/move`],
      ['get', '/api/board'],
      ['post', '/api/demo/seed'],
    ],
  );

  it('creates with defaults, trims text, and records the creation in history', async () => {
    const created = await create(alice, { companyName: '  Anthropic ', roleTitle: 'Research Engineer', appliedOn: '2026-11-02', salaryCurrency: 'usd', salaryMin: 200000, salaryMax: 260000 });
    expect(created).toMatchObject({
      companyName: 'Anthropic',
      roleTitle: 'Research Engineer',
      channel: 'cold_apply',
      stage: 'wishlist',
      lastOpenStage: null,
      archived: false,
      version: 1,
      appliedOn: '2026-11-02',
      salaryCurrency: 'USD',
      salaryMin: 200000,
      salaryMax: 260000,
      jobUrl: null,
    });
    expect(created.history).toEqual([{ id: expect.any(String), type: 'created', fromStage: null, toStage: 'wishlist', at: expect.any(String) }]);
    const fetched = await alice.agent.get(`/api/applications/${created.id}`).expect(200);
    expect(fetched.body).toEqual(created);
  });

  it.each([
    [{ roleTitle: 'x' }, 'companyName'],
    [{ companyName: '', roleTitle: 'x' }, 'companyName'],
    [{ companyName: 'x'.repeat(201), roleTitle: 'x' }, 'companyName'],
    [{ companyName: 'A', roleTitle: 'x', channel: 'carrier_pigeon' }, 'channel'],
    [{ companyName: 'A', roleTitle: 'x', stage: 'hired' }, 'stage'],
    [{ companyName: 'A', roleTitle: 'x', workMode: 'moon' }, 'workMode'],
    [{ companyName: 'A', roleTitle: 'x', excitement: 6 }, 'excitement'],
    [{ companyName: 'A', roleTitle: 'x', excitement: 2.5 }, 'excitement'],
    [{ companyName: 'A', roleTitle: 'x', salaryMin: -1 }, 'salaryMin'],
    [{ companyName: 'A', roleTitle: 'x', salaryMin: 10, salaryMax: 5 }, 'salaryMax'],
    [{ companyName: 'A', roleTitle: 'x', salaryCurrency: 'dollars' }, 'salaryCurrency'],
    [{ companyName: 'A', roleTitle: 'x', appliedOn: '2026-13-45' }, 'appliedOn'],
    [{ companyName: 'A', roleTitle: 'x', jobUrl: 'javascript:alert(1)' }, 'jobUrl'],
    [{ companyName: 'A', roleTitle: 'x', stage: 'rejected' }, 'stage'],
    [{ companyName: 'A', roleTitle: 'x', version: 3, userId: MISSING_ID }, 'version'],
  ])('rejects bad input on create %j naming %s, and writes nothing', async (body, field) => {
    const before = (await alice.agent.get('/api/applications').expect(200)).body.total;
    const res = await alice.agent.post('/api/applications').send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(problemFields(res)).toContain(field);
    expect((await alice.agent.get('/api/applications').expect(200)).body.total).toBe(before);
  });

  it('answers 413 for an oversized body and 400 for malformed JSON', async () => {
    const huge = await alice.agent.post('/api/applications').send({ companyName: 'A', roleTitle: 'x', notes: 'n'.repeat(400_000) });
    expectProblem(huge, 413, 'payload_too_large');
    const bad = await alice.agent.post('/api/applications').set('Content-Type', 'application/json').send('{"companyName":');
    expectProblem(bad, 400, 'invalid_json');
  });

  it('hides one user’s applications from another: 404 on read, change, move and delete', async () => {
    const mine = await create(alice, { companyName: 'Secret Corp' });
    expectProblem(await bob.agent.get(`/api/applications/${mine.id}`), 404, 'not_found');
    expectProblem(await bob.agent.patch(`/api/applications/${mine.id}`).send({ version: 1, notes: 'pwned' }), 404, 'not_found');
    expectProblem(await bob.agent.post(`/api/applications/${mine.id}/move`).send({ stage: 'applied', position: 0, version: 1 }), 404, 'not_found');
    expectProblem(await bob.agent.delete(`/api/applications/${mine.id}`), 404, 'not_found');
    const bobsList = await bob.agent.get('/api/applications?q=Secret').expect(200);
    expect(bobsList.body.total).toBe(0);
    const bobsBoard = await bob.agent.get('/api/board').expect(200);
    expect(bobsBoard.body.columns.flatMap((c: { applications: unknown[] }) => c.applications)).toEqual([]);
    const still = await alice.agent.get(`/api/applications/${mine.id}`).expect(200);
    expect(still.body).toMatchObject({ notes: null, stage: 'wishlist', version: 1 });
  });

  it('answers 404 for a missing id and 400 naming id for a malformed one, on every :id route', async () => {
    expectProblem(await alice.agent.get(`/api/applications/${MISSING_ID}`), 404, 'not_found');
    expectProblem(await alice.agent.delete(`/api/applications/${MISSING_ID}`), 404, 'not_found');
    for (const [method, url, body] of [
      ['get', '/api/applications/123', undefined],
      ['patch', '/api/applications/123', { version: 1 }],
      ['delete', '/api/applications/123', undefined],
      ['post', '/api/applications/123/move', { stage: 'applied', position: 0, version: 1 }],
    ] as const) {
      const res = await alice.agent[method](url).send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(['id']);
    }
  });

  it('patches fields, clears nullable ones with null, and refuses null for required ones', async () => {
    const a = await create(alice, { location: 'Berlin', notes: 'hi' });
    const patched = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 1, location: null, excitement: 4, notes: 'updated' }).expect(200);
    expect(patched.body).toMatchObject({ location: null, excitement: 4, notes: 'updated', version: 2, companyName: 'Stripe' });
    const bad = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 2, companyName: null });
    expectProblem(bad, 400, 'validation_failed');
    expect(problemFields(bad)).toEqual(['companyName']);
    const missingVersion = await alice.agent.patch(`/api/applications/${a.id}`).send({ notes: 'x' });
    expect(problemFields(missingVersion)).toEqual(['version']);
    const unknown = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 2, userId: bob.id });
    expect(problemFields(unknown)).toEqual(['userId']);
    const crossField = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 2, salaryMin: 300000, salaryMax: 100 });
    expect(problemFields(crossField)).toEqual(['salaryMax']);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body).toMatchObject({ version: 2, salaryMin: null, notes: 'updated' });
  });

  it('refuses a stale version with 409 and changes nothing (patch and move)', async () => {
    const a = await create(alice);
    await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 1, notes: 'first' }).expect(200);
    const stale = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 1, notes: 'second' });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(2);
    const staleMove = await alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'applied', position: 0, version: 1 });
    expectProblem(staleMove, 409, 'version_conflict');
    const now = await alice.agent.get(`/api/applications/${a.id}`).expect(200);
    expect(now.body).toMatchObject({ notes: 'first', stage: 'wishlist', version: 2 });
    expect(now.body.history).toHaveLength(1);
  });

  it('lets exactly one of two concurrent moves with the same version win', async () => {
    const a = await create(alice);
    const [r1, r2] = await Promise.all([
      alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'applied', position: 0, version: 1 }),
      alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'recruiter_screen', position: 0, version: 1 }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const detail = await alice.agent.get(`/api/applications/${a.id}`).expect(200);
    expect(detail.body.version).toBe(2);
    expect(detail.body.history).toHaveLength(2);
  });

  it('moves across the board, keeping order, history and the last open stage', async () => {
    const user = await signUp(app);
    const a = await create(user, { companyName: 'A' });
    const b = await create(user, { companyName: 'B' });
    const c = await create(user, { companyName: 'C' });
    // New cards go on top: wishlist is C, B, A.
    const order = async (stage: string) =>
      (await user.agent.get('/api/board').expect(200)).body.columns
        .find((col: { stage: string }) => col.stage === stage)
        .applications.map((x: { companyName: string }) => x.companyName);
    expect(await order('wishlist')).toEqual(['C', 'B', 'A']);

    await user.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'applied', position: 0, version: 1 }).expect(200);
    await user.agent.post(`/api/applications/${b.id}/move`).send({ stage: 'applied', position: 1, version: 1 }).expect(200);
    await user.agent.post(`/api/applications/${c.id}/move`).send({ stage: 'applied', position: 1, version: 1 }).expect(200);
    expect(await order('applied')).toEqual(['A', 'C', 'B']);
    expect(await order('wishlist')).toEqual([]);

    // Reorder within a column: no history entry for a same-stage move.
    await user.agent.post(`/api/applications/${b.id}/move`).send({ stage: 'applied', position: 0, version: 2 }).expect(200);
    expect(await order('applied')).toEqual(['B', 'A', 'C']);

    const rejected = await user.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'rejected', position: 0, version: 2 }).expect(200);
    expect(rejected.body).toMatchObject({ stage: 'rejected', lastOpenStage: 'applied', version: 3 });
    const ghosted = await user.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'ghosted', position: 0, version: 3 }).expect(200);
    expect(ghosted.body.lastOpenStage).toBe('applied');
    const reopened = await user.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'recruiter_screen', position: 0, version: 4 }).expect(200);
    expect(reopened.body.lastOpenStage).toBeNull();

    const history = (await user.agent.get(`/api/applications/${a.id}`).expect(200)).body.history;
    expect(history.map((e: { type: string; fromStage: string | null; toStage: string }) => [e.type, e.fromStage, e.toStage])).toEqual([
      ['created', null, 'wishlist'],
      ['stage_changed', 'wishlist', 'applied'],
      ['stage_changed', 'applied', 'rejected'],
      ['stage_changed', 'rejected', 'ghosted'],
      ['stage_changed', 'ghosted', 'recruiter_screen'],
    ]);
    const bHistory = (await user.agent.get(`/api/applications/${b.id}`).expect(200)).body.history;
    expect(bHistory).toHaveLength(2);
  });

  it('keeps ordering correct after many drops into the same gap (renumbering)', async () => {
    const user = await signUp(app);
    const first = await create(user, { companyName: 'first' });
    const last = await create(user, { companyName: 'last' });
    // Board: last, first. Drop 60 cards between them one after another.
    for (let i = 0; i < 60; i += 1) {
      const card = await create(user, { companyName: `c${i}`, stage: 'applied' });
      await user.agent.post(`/api/applications/${card.id}/move`).send({ stage: 'wishlist', position: 1, version: 1 }).expect(200);
    }
    const names = (await user.agent.get('/api/board').expect(200)).body.columns[0].applications.map((x: { companyName: string }) => x.companyName);
    expect(names[0]).toBe('last');
    expect(names.at(-1)).toBe('first');
    expect(names.slice(1, -1)).toEqual(Array.from({ length: 60 }, (_, i) => `c${59 - i}`));
    void first;
    void last;
  });

  it('validates moves: bad stage, negative position, forbidden transition', async () => {
    const a = await create(alice);
    const badStage = await alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'nowhere', position: 0, version: 1 });
    expect(problemFields(badStage)).toEqual(['stage']);
    const badPosition = await alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'applied', position: -1, version: 1 });
    expect(problemFields(badPosition)).toEqual(['position']);
    const forbidden = await alice.agent.post(`/api/applications/${a.id}/move`).send({ stage: 'accepted', position: 0, version: 1 });
    expectProblem(forbidden, 400, 'invalid_transition');
    expect(problemFields(forbidden)).toEqual(['stage']);
    expect((await alice.agent.get(`/api/applications/${a.id}`).expect(200)).body.version).toBe(1);
  });

  it('records a stage change made through PATCH in the history', async () => {
    const a = await create(alice);
    const res = await alice.agent.patch(`/api/applications/${a.id}`).send({ version: 1, stage: 'applied' }).expect(200);
    expect(res.body.history.map((e: { toStage: string }) => e.toStage)).toEqual(['wishlist', 'applied']);
    expect(res.body.stageChangedAt >= a.stageChangedAt).toBe(true);
  });

  it('lists with filters, text search and pagination, and validates the query', async () => {
    const user = await signUp(app);
    await create(user, { companyName: 'Google', channel: 'referral' });
    await create(user, { companyName: 'Meta', channel: 'cold_apply', notes: 'great 100%_match' });
    const c = await create(user, { companyName: 'Netflix', channel: 'referral' });
    await user.agent.patch(`/api/applications/${c.id}`).send({ version: 1, archived: true }).expect(200);

    const all = await user.agent.get('/api/applications').expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    const referral = await user.agent.get('/api/applications?channel=referral').expect(200);
    expect(referral.body.items.map((x: { companyName: string }) => x.companyName)).toEqual(['Google']);
    const archived = await user.agent.get('/api/applications?archived=true').expect(200);
    expect(archived.body.items.map((x: { companyName: string }) => x.companyName)).toEqual(['Netflix']);
    const text = await user.agent.get('/api/applications?q=100%25_').expect(200);
    expect(text.body.items.map((x: { companyName: string }) => x.companyName)).toEqual(['Meta']);
    const page2 = await user.agent.get('/api/applications?pageSize=1&page=2').expect(200);
    expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.body.items).toHaveLength(1);
    const beyond = await user.agent.get('/api/applications?pageSize=1&page=9').expect(200);
    expect(beyond.body).toMatchObject({ total: 2, items: [] });

    for (const [query, field] of [['stage=nope', 'stage'], ['channel=x', 'channel'], ['page=0', 'page'], ['pageSize=1000', 'pageSize'], ['archived=maybe', 'archived'], ['sort=name', 'sort']]) {
      const res = await user.agent.get(`/api/applications?${query}`);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
  });

  it('deletes, after which the application is gone', async () => {
    const a = await create(alice);
    await alice.agent.delete(`/api/applications/${a.id}`).expect(204);
    expectProblem(await alice.agent.get(`/api/applications/${a.id}`), 404, 'not_found');
  });

  it('returns the whole board in one call: every stage, in pipeline order, archived left out', async () => {
    const user = await signUp(app);
    const a = await create(user, { companyName: 'Visible' });
    const b = await create(user, { companyName: 'Hidden' });
    await user.agent.patch(`/api/applications/${b.id}`).send({ version: 1, archived: true }).expect(200);
    const board = await user.agent.get('/api/board').expect(200);
    expect(board.body.columns.map((c: { stage: string }) => c.stage)).toEqual([
      'wishlist', 'applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted',
    ]);
    expect(board.body.columns[0].applications.map((x: { id: string }) => x.id)).toEqual([a.id]);
  });

  it('counts the people the user knows at each company on the board, and only their own', async () => {
    const user = await signUp(app);
    const stripe = await create(user, { companyName: 'Stripe, Inc.' });
    await create(user, { companyName: 'Nobody Known Ltd' });
    await user.agent.post('/api/contacts').send({ name: 'Maya Okafor', companyName: 'Stripe' }).expect(201);
    await user.agent.post('/api/contacts').send({ name: 'Priya N', companyName: ' stripe ' }).expect(201);
    await bob.agent.post('/api/contacts').send({ name: 'Bob’s friend', companyName: 'Stripe' }).expect(201);
    const board = (await user.agent.get('/api/board').expect(200)).body;
    expect(board.companyContacts).toEqual([{ companyId: stripe.companyId, contacts: 2 }]);
  });

  it('seeds a realistic demo into an empty account only, with consistent history', async () => {
    const user = await signUp(app);
    const res = await user.agent.post('/api/demo/seed').expect(201);
    expect(res.body.created).toBeGreaterThanOrEqual(35);
    const board = (await user.agent.get('/api/board').expect(200)).body;
    const cards = board.columns.flatMap((c: { applications: Array<{ id: string; channel: string; stage: string; lastOpenStage: string | null }> }) => c.applications);
    expect(cards).toHaveLength(res.body.created);
    expect(new Set(cards.map((c: { channel: string }) => c.channel)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(cards.map((c: { stage: string }) => c.stage)).size).toBeGreaterThanOrEqual(6);
    expect(cards.every((c: { companyId: string | null }) => typeof c.companyId === 'string')).toBe(true);
    const companies = (await user.agent.get('/api/companies').expect(200)).body;
    const companyList = Array.isArray(companies) ? companies : companies.items;
    expect(companyList.length).toBe(new Set(cards.map((c: { companyId: string }) => c.companyId)).size);
    for (const card of cards.slice(0, 10)) {
      const detail = (await user.agent.get(`/api/applications/${card.id}`).expect(200)).body;
      expect(detail.history[0].type).toBe('created');
      expect(detail.history.at(-1).toStage).toBe(card.stage);
      for (let i = 1; i < detail.history.length; i += 1) expect(detail.history[i].fromStage).toBe(detail.history[i - 1].toStage);
    }
    const compressed = await user.agent.get('/api/board').set('Accept-Encoding', 'gzip').expect(200);
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.body.columns).toHaveLength(11);
    expectProblem(await user.agent.post('/api/demo/seed'), 409, 'account_not_empty');
  });
});
