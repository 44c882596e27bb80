import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

async function contact(user: TestUser, body: Record<string, unknown> = {}) {
  return (await user.agent.post('/api/contacts').send({ name: 'Maya Okafor', ...body }).expect(201)).body;
}

async function application(user: TestUser, companyName = 'Stripe') {
  return (await user.agent.post('/api/applications').send({ companyName, roleTitle: 'ML Engineer' }).expect(201)).body;
}

describe('contacts', () => {
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
      ['get', '/api/contacts'],
      ['post', '/api/contacts'],
      ['get', `/api/contacts/${MISSING_ID}`],
      ['patch', `/api/contacts/${MISSING_ID}`],
      ['delete', `/api/contacts/${MISSING_ID}`],
      ['get', `/api/contacts/${MISSING_ID}/outreach`],
      ['post', `/api/contacts/${MISSING_ID}/outreach`],
      ['delete', `/api/contacts/${MISSING_ID}/outreach/${MISSING_ID}`],
      ['post', '/api/contacts/import/linkedin'],
      ['get', `/api/applications/${MISSING_ID}/people`],
      ['get', `/api/applications/${MISSING_ID}/contacts`],
      ['post', `/api/applications/${MISSING_ID}/contacts`],
      ['delete', `/api/applications/${MISSING_ID}/contacts/${MISSING_ID}`],
    ],
  );

  it('creates with trimming, a normalised profile URL, deduplicated tags and a kind guessed from the title', async () => {
    const created = await contact(alice, {
      name: '  Maya Okafor ',
      companyName: 'Stripe, Inc.',
      title: 'Technical Recruiter',
      linkedinUrl: 'https://www.linkedin.com/in/Maya-Okafor/?trk=x',
      email: 'maya@example.com',
      tags: [' ml ', 'ml', '', 'sf'],
      connectedOn: '2024-03-12',
    });
    expect(created).toMatchObject({
      name: 'Maya Okafor',
      companyName: 'Stripe, Inc.',
      companyId: expect.any(String),
      title: 'Technical Recruiter',
      linkedinUrl: 'https://www.linkedin.com/in/maya-okafor',
      kind: 'recruiter',
      tags: ['ml', 'sf'],
      connectedOn: '2024-03-12',
      lastContactedAt: null,
      version: 1,
      timeline: [],
    });
    expect((await alice.agent.get(`/api/contacts/${created.id}`).expect(200)).body).toEqual(created);
    const duplicate = await alice.agent.post('/api/contacts').send({ name: 'Maya again', linkedinUrl: 'http://www.linkedin.com/in/maya-okafor' });
    expectProblem(duplicate, 409, 'contact_exists');
    expect(problemFields(duplicate)).toEqual(['linkedinUrl']);
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ name: 'A', kind: 'boss' }, 'kind'],
    [{ name: 'A', email: 'not-an-email' }, 'email'],
    [{ name: 'A', tags: 'ml' }, 'tags'],
    [{ name: 'A', tags: [1] }, 'tags'],
    [{ name: 'A', tags: ['x'.repeat(51)] }, 'tags'],
    [{ name: 'A', connectedOn: '12 Mar 2024' }, 'connectedOn'],
    [{ name: 'A', linkedinUrl: 'javascript:alert(1)' }, 'linkedinUrl'],
    [{ name: 'A', companyName: 'x'.repeat(201) }, 'companyName'],
    [{ name: 'A', userId: MISSING_ID }, 'userId'],
  ])('rejects bad input on create %j naming %s, and writes nothing', async (body, field) => {
    const before = (await alice.agent.get('/api/contacts').expect(200)).body.total;
    const res = await alice.agent.post('/api/contacts').send(body);
    expect(res.status).toBe(400);
    expect(problemFields(res)).toContain(field);
    expect((await alice.agent.get('/api/contacts').expect(200)).body.total).toBe(before);
  });

  it('searches name, company and title; filters by kind, company and tag; paginates', async () => {
    const user = await signUp(app);
    const maya = await contact(user, { name: 'Maya', companyName: 'Stripe', title: 'Recruiter', tags: ['fintech'] });
    await contact(user, { name: 'Daniel', companyName: 'Google LLC', title: 'Senior Engineer', tags: ['ml'] });
    await contact(user, { name: 'Priya', companyName: 'Stripe, Inc.', title: 'Engineering Manager', kind: 'hiring_manager' });
    const names = async (query: string) => (await user.agent.get(`/api/contacts?${query}`).expect(200)).body.items.map((c: { name: string }) => c.name);
    expect(await names('q=stripe')).toEqual(['Maya', 'Priya']);
    expect(await names('q=engineer')).toEqual(['Daniel', 'Priya']);
    expect(await names('q=dan')).toEqual(['Daniel']);
    expect(await names('q=100%25')).toEqual([]);
    expect(await names('kind=hiring_manager')).toEqual(['Priya']);
    expect(await names(`companyId=${maya.companyId}`)).toEqual(['Maya', 'Priya']);
    expect(await names('tag=ml')).toEqual(['Daniel']);
    const page = await user.agent.get('/api/contacts?pageSize=2&page=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ name: 'Priya' }] });
    for (const [query, field] of [['kind=boss', 'kind'], ['companyId=x', 'companyId'], ['pageSize=0', 'pageSize'], [`q=${'x'.repeat(201)}`, 'q']]) {
      expect(problemFields(await user.agent.get(`/api/contacts?${query}`))).toEqual([field]);
    }
  });

  it('hides one user’s contacts from another everywhere: list, search, read, change, delete, outreach', async () => {
    const mine = await contact(alice, { name: 'Secret Person', companyName: 'Secret Corp' });
    expect((await bob.agent.get('/api/contacts?q=Secret').expect(200)).body.total).toBe(0);
    expect((await bob.agent.get(`/api/contacts?companyId=${mine.companyId}`).expect(200)).body.total).toBe(0);
    expectProblem(await bob.agent.get(`/api/contacts/${mine.id}`), 404, 'not_found');
    expectProblem(await bob.agent.patch(`/api/contacts/${mine.id}`).send({ version: 1, notes: 'pwned' }), 404, 'not_found');
    expectProblem(await bob.agent.delete(`/api/contacts/${mine.id}`), 404, 'not_found');
    expectProblem(await bob.agent.get(`/api/contacts/${mine.id}/outreach`), 404, 'not_found');
    expectProblem(await bob.agent.post(`/api/contacts/${mine.id}/outreach`).send({ type: 'message_sent', occurredOn: '2026-01-02' }), 404, 'not_found');
    expect((await alice.agent.get(`/api/contacts/${mine.id}`).expect(200)).body).toMatchObject({ notes: null, version: 1, timeline: [] });
  });

  it('answers 400 naming the id for malformed ids', async () => {
    for (const [method, url, field] of [
      ['get', '/api/contacts/123', 'id'],
      ['patch', '/api/contacts/123', 'id'],
      ['delete', '/api/contacts/123', 'id'],
      ['get', '/api/contacts/123/outreach', 'id'],
      ['delete', `/api/contacts/${MISSING_ID}/outreach/123`, 'outreachId'],
      ['get', '/api/applications/123/people', 'id'],
      ['delete', `/api/applications/${MISSING_ID}/contacts/123`, 'contactId'],
    ] as const) {
      const res = await alice.agent[method](url).send({ version: 1 });
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
  });

  it('patches with a version, moves company, clears with null, and refuses a stale version with 409', async () => {
    const c = await contact(alice, { name: 'Wei', companyName: 'Meta', notes: 'n' });
    const patched = await alice.agent.patch(`/api/contacts/${c.id}`).send({ version: 1, companyName: 'OpenAI', notes: null, kind: 'engineer' }).expect(200);
    expect(patched.body).toMatchObject({ companyName: 'OpenAI', notes: null, kind: 'engineer', version: 2 });
    expect(patched.body.companyId).not.toBe(c.companyId);
    const cleared = await alice.agent.patch(`/api/contacts/${c.id}`).send({ version: 2, companyName: null }).expect(200);
    expect(cleared.body).toMatchObject({ companyId: null, companyName: null, version: 3 });
    const stale = await alice.agent.patch(`/api/contacts/${c.id}`).send({ version: 1, notes: 'late' });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(3);
    expect(problemFields(await alice.agent.patch(`/api/contacts/${c.id}`).send({ notes: 'x' }))).toEqual(['version']);
    expect(problemFields(await alice.agent.patch(`/api/contacts/${c.id}`).send({ version: 3, name: null }))).toEqual(['name']);
    expect((await alice.agent.get(`/api/contacts/${c.id}`).expect(200)).body).toMatchObject({ notes: null, version: 3 });
  });

  it('deletes a contact and its outreach', async () => {
    const c = await contact(alice, { name: 'Gone' });
    await alice.agent.post(`/api/contacts/${c.id}/outreach`).send({ type: 'message_sent', occurredOn: '2026-01-02' }).expect(201);
    await alice.agent.delete(`/api/contacts/${c.id}`).expect(204);
    expectProblem(await alice.agent.get(`/api/contacts/${c.id}`), 404, 'not_found');
    expectProblem(await alice.agent.delete(`/api/contacts/${c.id}`), 404, 'not_found');
  });

  describe('outreach', () => {
    it('logs, lists newest first, derives lastContactedAt, shows on the timeline, and deletes', async () => {
      const c = await contact(alice, { name: 'Lena' });
      const a = await application(alice, 'OpenAI');
      const first = await alice.agent.post(`/api/contacts/${c.id}/outreach`).send({ type: 'connection_request_sent', occurredOn: '2026-01-05' }).expect(201);
      const second = await alice.agent.post(`/api/contacts/${c.id}/outreach`).send({ type: 'message_sent', occurredOn: '2026-02-01', applicationId: a.id, note: ' asked about the ML team ' }).expect(201);
      expect(second.body).toMatchObject({ contactId: c.id, type: 'message_sent', occurredOn: '2026-02-01', applicationId: a.id, note: 'asked about the ML team' });
      const list = await alice.agent.get(`/api/contacts/${c.id}/outreach`).expect(200);
      expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([second.body.id, first.body.id]);
      const detail = await alice.agent.get(`/api/contacts/${c.id}`).expect(200);
      expect(detail.body.lastContactedAt).toBe('2026-02-01');
      expect(detail.body.timeline.map((t: { entry: string; outreachType: string; occurredOn: string }) => [t.entry, t.outreachType, t.occurredOn])).toEqual([
        ['outreach', 'message_sent', '2026-02-01'],
        ['outreach', 'connection_request_sent', '2026-01-05'],
      ]);
      await alice.agent.delete(`/api/contacts/${c.id}/outreach/${second.body.id}`).expect(204);
      expect((await alice.agent.get(`/api/contacts/${c.id}`).expect(200)).body.lastContactedAt).toBe('2026-01-05');
      expectProblem(await alice.agent.delete(`/api/contacts/${c.id}/outreach/${second.body.id}`), 404, 'not_found');
    });

    it('rejects bad input naming the field, and another user’s application', async () => {
      const c = await contact(alice, { name: 'Tom' });
      const bobsApp = await application(bob, 'Datadog');
      for (const [body, field] of [
        [{ occurredOn: '2026-01-01' }, 'type'],
        [{ type: 'waved', occurredOn: '2026-01-01' }, 'type'],
        [{ type: 'replied' }, 'occurredOn'],
        [{ type: 'replied', occurredOn: '2026-02-30x' }, 'occurredOn'],
        [{ type: 'replied', occurredOn: '2026-01-01', applicationId: 'x' }, 'applicationId'],
        [{ type: 'replied', occurredOn: '2026-01-01', applicationId: bobsApp.id }, 'applicationId'],
        [{ type: 'replied', occurredOn: '2026-01-01', applicationId: MISSING_ID }, 'applicationId'],
      ] as const) {
        const res = await alice.agent.post(`/api/contacts/${c.id}/outreach`).send(body);
        expect(res.status).toBe(400);
        expect(problemFields(res)).toContain(field);
      }
      expect((await alice.agent.get(`/api/contacts/${c.id}/outreach`).expect(200)).body.items).toEqual([]);
      const bobsContact = await contact(bob, { name: 'Bob’s friend' });
      const entry = await bob.agent.post(`/api/contacts/${bobsContact.id}/outreach`).send({ type: 'replied', occurredOn: '2026-01-01' }).expect(201);
      expectProblem(await alice.agent.delete(`/api/contacts/${bobsContact.id}/outreach/${entry.body.id}`), 404, 'not_found');
      expectProblem(await alice.agent.delete(`/api/contacts/${c.id}/outreach/${entry.body.id}`), 404, 'not_found');
    });
  });

  describe('referral finder', () => {
    it('ranks the user’s contacts at the application’s company: recruiters and engineers, then hiring managers, then others', async () => {
      const user = await signUp(app);
      const a = await application(user, 'Stripe');
      const friend = await contact(user, { name: 'Old Friend', companyName: 'stripe', kind: 'friend', connectedOn: '2025-01-01' });
      const manager = await contact(user, { name: 'Priya', companyName: 'Stripe, Inc.', title: 'Engineering Manager', connectedOn: '2022-11-07' });
      const engineerOld = await contact(user, { name: 'Eve', companyName: 'Stripe', kind: 'engineer', connectedOn: '2020-01-01' });
      const recruiter = await contact(user, { name: 'Maya', companyName: 'STRIPE', title: 'Technical Recruiter', connectedOn: '2024-03-12' });
      await contact(user, { name: 'Elsewhere', companyName: 'Google', kind: 'recruiter' });
      // Recent outreach lifts the old connection above the recruiter within the first rank.
      await user.agent.post(`/api/contacts/${engineerOld.id}/outreach`).send({ type: 'replied', occurredOn: '2026-03-01' }).expect(201);
      const people = await user.agent.get(`/api/applications/${a.id}/people`).expect(200);
      expect(people.body.items.map((p: { id: string; suggestedAction: string }) => [p.id, p.suggestedAction])).toEqual([
        [engineerOld.id, 'ask_referral'],
        [recruiter.id, 'message_recruiter'],
        [manager.id, 'ask_referral'],
        [friend.id, 'ask_referral'],
      ]);
      expectProblem(await bob.agent.get(`/api/applications/${a.id}/people`), 404, 'not_found');
      expectProblem(await user.agent.get(`/api/applications/${MISSING_ID}/people`), 404, 'not_found');
    });

    it('never shows another user’s contacts at the same company', async () => {
      await contact(alice, { name: 'Alice’s Stripe friend', companyName: 'Stripe' });
      const bobsApp = await application(bob, 'Stripe');
      expect((await bob.agent.get(`/api/applications/${bobsApp.id}/people`).expect(200)).body.items).toEqual([]);
    });
  });

  describe('application contacts', () => {
    it('links a contact in several roles, lists them, and unlinks one role or all', async () => {
      const a = await application(alice, 'Netflix');
      const c = await contact(alice, { name: 'Jae-won Park' });
      await alice.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: c.id, role: 'referrer' }).expect(200);
      await alice.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: c.id, role: 'referrer' }).expect(200);
      const linked = await alice.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: c.id, role: 'interviewer' }).expect(200);
      expect(linked.body.items.map((l: { role: string; contact: { id: string } }) => [l.role, l.contact.id])).toEqual([
        ['referrer', c.id],
        ['interviewer', c.id],
      ]);
      await alice.agent.delete(`/api/applications/${a.id}/contacts/${c.id}?role=referrer`).expect(204);
      expect((await alice.agent.get(`/api/applications/${a.id}/contacts`).expect(200)).body.items.map((l: { role: string }) => l.role)).toEqual(['interviewer']);
      await alice.agent.delete(`/api/applications/${a.id}/contacts/${c.id}`).expect(204);
      expect((await alice.agent.get(`/api/applications/${a.id}/contacts`).expect(200)).body.items).toEqual([]);
      expectProblem(await alice.agent.delete(`/api/applications/${a.id}/contacts/${c.id}`), 404, 'not_found');
    });

    it('refuses bad input and other users’ applications or contacts', async () => {
      const a = await application(alice, 'Netflix');
      const c = await contact(alice, { name: 'Someone' });
      const bobsContact = await contact(bob, { name: 'Bob’s' });
      for (const [body, field] of [
        [{ role: 'referrer' }, 'contactId'],
        [{ contactId: c.id, role: 'boss' }, 'role'],
        [{ contactId: c.id }, 'role'],
      ] as const) {
        const res = await alice.agent.post(`/api/applications/${a.id}/contacts`).send(body);
        expectProblem(res, 400, 'validation_failed');
        expect(problemFields(res)).toContain(field);
      }
      expect(problemFields(await alice.agent.delete(`/api/applications/${a.id}/contacts/${c.id}?role=boss`))).toEqual(['role']);
      expectProblem(await alice.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: bobsContact.id, role: 'referrer' }), 404, 'not_found');
      expectProblem(await bob.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: bobsContact.id, role: 'referrer' }), 404, 'not_found');
      expectProblem(await bob.agent.get(`/api/applications/${a.id}/contacts`), 404, 'not_found');
      await alice.agent.post(`/api/applications/${a.id}/contacts`).send({ contactId: c.id, role: 'recruiter' }).expect(200);
      expectProblem(await bob.agent.delete(`/api/applications/${a.id}/contacts/${c.id}`), 404, 'not_found');
      expect((await alice.agent.get(`/api/applications/${a.id}/contacts`).expect(200)).body.items).toHaveLength(1);
    });
  });

  it('sorts the whole list on the server by any column, blanks last, and validates the sort', async () => {
    const user = await signUp(app);
    const make = async (name: string, companyName: string | null) =>
      (await user.agent.post('/api/contacts').send({ name, companyName }).expect(201)).body;
    const ann = await make('Ann', 'Zeta');
    const bo = await make('Bo', 'Alpha');
    await make('Cy', null);
    await user.agent.post(`/api/contacts/${ann.id}/outreach`).send({ type: 'message_sent', occurredOn: '2026-03-01' }).expect(201);
    await user.agent.post(`/api/contacts/${bo.id}/outreach`).send({ type: 'message_sent', occurredOn: '2026-05-01' }).expect(201);
    const names = async (query: string) =>
      (await user.agent.get(`/api/contacts?${query}`).expect(200)).body.items.map((c: { name: string }) => c.name);
    expect(await names('')).toEqual(['Ann', 'Bo', 'Cy']);
    expect(await names('sort=company')).toEqual(['Bo', 'Ann', 'Cy']);
    expect(await names('sort=company&order=desc')).toEqual(['Ann', 'Bo', 'Cy']);
    expect(await names('sort=lastContacted&order=desc')).toEqual(['Bo', 'Ann', 'Cy']);
    expect(await names('sort=name&order=desc&pageSize=1&page=2')).toEqual(['Bo']);
    for (const [query, field] of [['sort=salary', 'sort'], ['order=up', 'order']]) {
      const res = await user.agent.get(`/api/contacts?${query}`);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
  });
});
