import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

describe('companies', () => {
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

  const companies = async (user: TestUser) => (await user.agent.get('/api/companies').expect(200)).body.items as Array<{ id: string; name: string; normalizedName: string; applicationCount: number; contactCount: number }>;

  describeNeedsSession(
    () => app,
    [
      ['get', '/api/companies'],
      ['post', `/api/companies/${MISSING_ID}/merge`],
    ],
  );

  it('makes one company of "Stripe, Inc.", "Stripe" and " stripe ", keeping the first name seen, with counts', async () => {
    const user = await signUp(app);
    const first = await user.agent.post('/api/applications').send({ companyName: 'Stripe, Inc.', roleTitle: 'ML Engineer' }).expect(201);
    const second = await user.agent.post('/api/applications').send({ companyName: ' stripe ', roleTitle: 'Data Engineer' }).expect(201);
    await user.agent.post('/api/contacts').send({ name: 'Maya', companyName: 'STRIPE' }).expect(201);
    expect(first.body.companyId).toEqual(expect.any(String));
    expect(second.body.companyId).toBe(first.body.companyId);
    expect(await companies(user)).toEqual([
      { id: first.body.companyId, name: 'Stripe, Inc.', normalizedName: 'stripe', applicationCount: 2, contactCount: 1, createdAt: expect.any(String) },
    ]);
  });

  it('moves an application to another company when its companyName changes', async () => {
    const user = await signUp(app);
    const a = await user.agent.post('/api/applications').send({ companyName: 'Google', roleTitle: 'SWE' }).expect(201);
    const moved = await user.agent.patch(`/api/applications/${a.body.id}`).send({ version: 1, companyName: 'Alphabet Inc.' }).expect(200);
    expect(moved.body.companyId).not.toBe(a.body.companyId);
    const list = await companies(user);
    expect(list.map((c) => [c.name, c.applicationCount])).toEqual([['Alphabet Inc.', 1], ['Google', 0]]);
  });

  it('merges: applications and contacts move to the target and the source is gone', async () => {
    const user = await signUp(app);
    const g = await user.agent.post('/api/applications').send({ companyName: 'Google', roleTitle: 'SWE' }).expect(201);
    const alpha = await user.agent.post('/api/applications').send({ companyName: 'Alphabet', roleTitle: 'SRE' }).expect(201);
    const contact = await user.agent.post('/api/contacts').send({ name: 'Sofia', companyName: 'Alphabet' }).expect(201);
    const merged = await user.agent.post(`/api/companies/${alpha.body.companyId}/merge`).send({ intoId: g.body.companyId }).expect(200);
    expect(merged.body).toMatchObject({ id: g.body.companyId, name: 'Google', applicationCount: 2, contactCount: 1 });
    expect((await companies(user)).map((c) => c.name)).toEqual(['Google']);
    expect((await user.agent.get(`/api/applications/${alpha.body.id}`).expect(200)).body.companyId).toBe(g.body.companyId);
    expect((await user.agent.get(`/api/contacts/${contact.body.id}`).expect(200)).body).toMatchObject({ companyId: g.body.companyId, companyName: 'Google' });
  });

  it('refuses bad merges: 400 naming intoId, 404 for another user’s company on either side', async () => {
    const a = await alice.agent.post('/api/applications').send({ companyName: 'Acme', roleTitle: 'x' }).expect(201);
    const b = await bob.agent.post('/api/applications').send({ companyName: 'Bobco', roleTitle: 'x' }).expect(201);
    for (const body of [{}, { intoId: 'nope' }, { intoId: a.body.companyId }, { intoId: a.body.companyId, extra: 1 }]) {
      const res = await alice.agent.post(`/api/companies/${a.body.companyId}/merge`).send(body);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toContain(Object.keys(body).includes('extra') ? 'extra' : 'intoId');
    }
    const badId = await alice.agent.post('/api/companies/123/merge').send({ intoId: a.body.companyId });
    expect(problemFields(badId)).toEqual(['id']);
    expectProblem(await bob.agent.post(`/api/companies/${a.body.companyId}/merge`).send({ intoId: b.body.companyId }), 404, 'not_found');
    expectProblem(await alice.agent.post(`/api/companies/${a.body.companyId}/merge`).send({ intoId: b.body.companyId }), 404, 'not_found');
    expectProblem(await alice.agent.post(`/api/companies/${MISSING_ID}/merge`).send({ intoId: a.body.companyId }), 404, 'not_found');
    // Nothing moved or vanished on either side.
    expect((await companies(bob)).map((c) => c.name)).toEqual(['Bobco']);
    expect((await companies(alice)).map((c) => c.name)).toContain('Acme');
  });

  it('lists only the user’s own companies', async () => {
    await alice.agent.post('/api/applications').send({ companyName: 'Alice Only GmbH', roleTitle: 'x' }).expect(201);
    expect((await companies(bob)).map((c) => c.name)).not.toContain('Alice Only GmbH');
  });
});
