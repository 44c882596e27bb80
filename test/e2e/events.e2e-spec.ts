import type { NestExpressApplication } from '@nestjs/platform-express';
import { describeNeedsSession, expectProblem, MISSING_ID, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

async function application(user: TestUser, body: Record<string, unknown> = {}) {
  return (await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer', ...body }).expect(201)).body;
}

async function contact(user: TestUser, name = 'Maya Okafor') {
  return (await user.agent.post('/api/contacts').send({ name }).expect(201)).body;
}

const INTERVIEW = { type: 'interview', roundKind: 'coding', startsAt: '2026-03-12T14:00:00+01:00', endsAt: '2026-03-12T15:00:00+01:00', timeZone: 'Europe/Berlin' };

async function event(user: TestUser, body: Record<string, unknown> = {}) {
  return (await user.agent.post('/api/events').send({ ...INTERVIEW, ...body }).expect(201)).body;
}

async function fair(user: TestUser, body: Record<string, unknown> = {}) {
  return event(user, { type: 'career_fair', roundKind: undefined, title: 'PyData Berlin', ...body });
}

async function counts(user: TestUser): Promise<{ contacts: number; followUps: number }> {
  const contacts = (await user.agent.get('/api/contacts?pageSize=1').expect(200)).body.total;
  const followUps = (await user.agent.get('/api/follow-ups?pageSize=1').expect(200)).body.total;
  return { contacts, followUps };
}

const range = (from: string, to: string, extra = '') => `/api/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;

describe('events', () => {
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
      ['get', range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z')],
      ['post', '/api/events'],
      ['get', `/api/events/${MISSING_ID}`],
      ['patch', `/api/events/${MISSING_ID}`],
      ['delete', `/api/events/${MISSING_ID}`],
      ['post', `/api/events/${MISSING_ID}/people`],
    ],
    { ...INTERVIEW, version: 1, people: [{ name: 'Ana Diaz' }] },
  );

  it('creates an interview with its application, contacts and a default title, and reads it back', async () => {
    const a = await application(alice, { companyName: 'OpenAI', roleTitle: 'Research Engineer' });
    const c = await contact(alice, 'Lena Fischer');
    const res = await alice.agent
      .post('/api/events')
      .send({ ...INTERVIEW, applicationId: a.id, location: ' Zoom ', url: 'https://meet.example.com/x', notes: 'LeetCode mediums', contacts: [{ contactId: c.id, note: 'interviewer' }] })
      .expect(201);
    expect(res.body).toMatchObject({
      type: 'interview',
      roundKind: 'coding',
      title: 'Coding interview — OpenAI',
      startsAt: '2026-03-12T13:00:00.000Z',
      endsAt: '2026-03-12T14:00:00.000Z',
      timeZone: 'Europe/Berlin',
      location: 'Zoom',
      url: 'https://meet.example.com/x',
      notes: 'LeetCode mediums',
      outcome: 'pending',
      applicationId: a.id,
      application: { id: a.id, companyName: 'OpenAI', roleTitle: 'Research Engineer', stage: 'wishlist' },
      contacts: [{ contactId: c.id, name: 'Lena Fischer', companyName: null, title: null, note: 'interviewer' }],
      version: 1,
    });
    const got = await alice.agent.get(`/api/events/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('defaults the time zone to the user’s settings (UTC when unset) and canonicalises a given one', async () => {
    const user = await signUp(app);
    expect((await event(user, { timeZone: undefined, roundKind: null })).timeZone).toBe('UTC');
    expect((await event(user, { timeZone: 'america/new_york' })).timeZone).toBe('America/New_York');
    const settings = (await user.agent.get('/api/settings').expect(200)).body;
    await user.agent.patch('/api/settings').send({ version: settings.version, timeZone: 'Asia/Tokyo' }).expect(200);
    const e = await event(user, { timeZone: undefined, type: 'call', roundKind: undefined, title: 'Chat' });
    expect(e).toMatchObject({ timeZone: 'Asia/Tokyo', title: 'Chat', roundKind: null });
  });

  it('rejects bad input on create naming the field, and writes nothing', async () => {
    const user = await signUp(app);
    const bobsApp = await application(bob);
    const bobsContact = await contact(bob);
    const mine = await contact(user);
    for (const [body, field] of [
      [{ type: 'party' }, 'type'],
      [{ type: undefined }, 'type'],
      [{ type: 'call', roundKind: 'coding' }, 'roundKind'],
      [{ roundKind: 'whiteboard' }, 'roundKind'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ timeZone: '' }, 'timeZone'],
      [{ startsAt: '2026-03-12T14:00:00' }, 'startsAt'],
      [{ startsAt: '2026-02-30T14:00:00Z' }, 'startsAt'],
      [{ startsAt: undefined }, 'startsAt'],
      [{ endsAt: '2026-03-12T13:59:00+01:00' }, 'endsAt'],
      [{ endsAt: 'later' }, 'endsAt'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ location: 'x'.repeat(501) }, 'location'],
      [{ url: 'ftp://example.com' }, 'url'],
      [{ notes: 'x'.repeat(20_001) }, 'notes'],
      [{ outcome: 'won' }, 'outcome'],
      [{ applicationId: 'nope' }, 'applicationId'],
      [{ applicationId: bobsApp.id }, 'applicationId'],
      [{ applicationId: MISSING_ID }, 'applicationId'],
      [{ contacts: [{ contactId: bobsContact.id }] }, 'contacts.0.contactId'],
      [{ contacts: [{ contactId: mine.id }, { contactId: MISSING_ID }] }, 'contacts.1.contactId'],
      [{ contacts: [{ contactId: mine.id }, { contactId: mine.id }] }, 'contacts.1.contactId'],
      [{ contacts: [{ contactId: 'x' }] }, 'contacts.0.contactId'],
      [{ contacts: [{ contactId: mine.id, note: 'x'.repeat(2001) }] }, 'contacts.0.note'],
      [{ userId: bob.id }, 'userId'],
    ] as const) {
      const res = await user.agent.post('/api/events').send({ ...INTERVIEW, ...body });
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual([field]);
    }
    expect((await user.agent.get(range('2000-01-01T00:00:00Z', '2000-12-31T00:00:00Z')).expect(200)).body.items).toEqual([]);
    expect((await user.agent.get(range('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).expect(200)).body.items).toEqual([]);
  });

  it('lists a range in time order with boundaries [from, to), filters, and isolation between users', async () => {
    const user = await signUp(app);
    const a = await application(user);
    const c = await contact(user, 'Ana Diaz');
    const at = (iso: string, body: Record<string, unknown> = {}) => event(user, { type: 'call', roundKind: undefined, title: iso, startsAt: iso, endsAt: null, ...body });
    const before = await at('2026-03-01T23:59:59Z');
    const first = await at('2026-03-02T00:00:00Z', { applicationId: a.id });
    const third = await at('2026-03-05T09:00:00+02:00', { type: 'interview', roundKind: 'behavioral', contacts: [{ contactId: c.id }] });
    const second = await at('2026-03-04T12:00:00Z');
    const atEnd = await at('2026-03-09T00:00:00Z');
    await event(bob, { startsAt: '2026-03-03T10:00:00Z', endsAt: null });

    const week = await user.agent.get(range('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z')).expect(200);
    expect(week.body.items.map((e: { id: string }) => e.id)).toEqual([first.id, second.id, third.id]);
    expect(week.body).toMatchObject({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z' });
    expect(week.body.items[0]).toMatchObject({ application: { id: a.id, companyName: 'Stripe' }, contacts: [] });
    expect(week.body.items[2]).toMatchObject({ startsAt: '2026-03-05T07:00:00.000Z', contacts: [{ contactId: c.id, name: 'Ana Diaz', note: null }] });
    expect(before.id).not.toBe(atEnd.id);

    const offset = await user.agent.get(range('2026-03-02T01:00:00+01:00', '2026-03-02T01:00:01+01:00')).expect(200);
    expect(offset.body.items.map((e: { id: string }) => e.id)).toEqual([first.id]);

    const filtered = async (extra: string) =>
      (await user.agent.get(range('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z', extra)).expect(200)).body.items.map((e: { id: string }) => e.id);
    expect(await filtered('&type=interview')).toEqual([third.id]);
    expect(await filtered(`&applicationId=${a.id}`)).toEqual([first.id]);
    expect(await filtered(`&contactId=${c.id}`)).toEqual([third.id]);
    expect(await filtered(`&applicationId=${MISSING_ID}`)).toEqual([]);
    expect(await filtered('')).toEqual([before.id, first.id, second.id, third.id, atEnd.id]);

    // Bob's event in the same week is not Alice's, and Alice's is not Bob's.
    const bobs = (await bob.agent.get(range('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).expect(200)).body.items;
    expect(bobs.map((e: { startsAt: string }) => e.startsAt)).toEqual(['2026-03-03T10:00:00.000Z']);
    expectProblem(await bob.agent.get(`/api/events/${first.id}`), 404, 'not_found');
  });

  it('rejects a bad range naming the field', async () => {
    for (const [url, field] of [
      ['/api/events', 'from,to'],
      [`/api/events?from=${encodeURIComponent('2026-03-01T00:00:00Z')}`, 'to'],
      [range('2026-03-01', '2026-03-08T00:00:00Z'), 'from'],
      [range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00'), 'to'],
      [range('2026-03-08T00:00:00Z', '2026-03-01T00:00:00Z'), 'to'],
      [range('2026-03-08T00:00:00Z', '2026-03-08T00:00:00Z'), 'to'],
      [range('2026-01-01T00:00:00Z', '2027-01-03T00:00:00Z'), 'to'],
      [range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', '&type=party'), 'type'],
      [range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', '&applicationId=x'), 'applicationId'],
      [range('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', '&contactId=x'), 'contactId'],
    ] as const) {
      const res = await alice.agent.get(url);
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(field.split(','));
    }
    await alice.agent.get(range('2026-01-01T00:00:00Z', '2027-01-02T00:00:00Z')).expect(200);
  });

  it('suggests moving an application forward to the stage a round implies, with what the move needs', async () => {
    const user = await signUp(app);
    const other = await application(user, { companyName: 'Acme', stage: 'coding_interview' });
    const a = await application(user, { companyName: 'DeepMind', stage: 'applied' });
    const coding = await event(user, { applicationId: a.id });
    expect(coding.stageSuggestion).toEqual({ applicationId: a.id, companyName: 'DeepMind', from: 'applied', to: 'coding_interview', applicationVersion: a.version, position: 1 });
    expect((await user.agent.get(`/api/events/${coding.id}`).expect(200)).body.stageSuggestion).toEqual(coding.stageSuggestion);

    // Taking it, through the existing move endpoint, puts the card at the end of the column.
    const moved = await user.agent
      .post(`/api/applications/${a.id}/move`)
      .send({ stage: coding.stageSuggestion.to, position: coding.stageSuggestion.position, version: coding.stageSuggestion.applicationVersion })
      .expect(200);
    expect(moved.body.stage).toBe('coding_interview');
    const board = (await user.agent.get('/api/board').expect(200)).body;
    const column = board.columns.find((col: { stage: string }) => col.stage === 'coding_interview');
    expect(column.applications.map((card: { id: string }) => card.id)).toEqual([other.id, a.id]);
    expect((await user.agent.get(`/api/events/${coding.id}`).expect(200)).body.stageSuggestion).toBeNull();

    // Already there or past: nothing. A later round: the next move. No round or no application: nothing.
    expect((await event(user, { applicationId: a.id, roundKind: 'recruiter_screen' })).stageSuggestion).toBeNull();
    const onsite = await event(user, { applicationId: a.id, roundKind: 'hiring_manager' });
    expect(onsite.stageSuggestion).toMatchObject({ from: 'coding_interview', to: 'onsite', position: 0 });
    expect((await event(user, { roundKind: null, applicationId: a.id })).stageSuggestion).toBeNull();
    expect((await event(user, { roundKind: 'onsite' })).stageSuggestion).toBeNull();

    // Updating the round recomputes it; turning the interview into a call drops the round.
    const patched = await user.agent.patch(`/api/events/${coding.id}`).send({ version: coding.version, roundKind: 'system_design' }).expect(200);
    expect(patched.body).toMatchObject({ roundKind: 'system_design', version: 2, stageSuggestion: { from: 'coding_interview', to: 'system_design' } });
    const call = await user.agent.patch(`/api/events/${coding.id}`).send({ version: 2, type: 'call' }).expect(200);
    expect(call.body).toMatchObject({ type: 'call', roundKind: null, stageSuggestion: null });

    // A closed application gets no suggestion.
    const closed = await application(user, { companyName: 'Closed Co', stage: 'applied' });
    await user.agent.post(`/api/applications/${closed.id}/move`).send({ stage: 'rejected', position: 0, version: closed.version }).expect(200);
    expect((await event(user, { applicationId: closed.id, roundKind: 'onsite' })).stageSuggestion).toBeNull();
  });

  it('updates with version checks and validates the merged event', async () => {
    const user = await signUp(app);
    const c1 = await contact(user, 'One');
    const c2 = await contact(user, 'Two');
    const e = await event(user, { contacts: [{ contactId: c1.id, note: 'first' }] });
    const res = await user.agent
      .patch(`/api/events/${e.id}`)
      .send({ version: 1, title: 'Renamed', outcome: 'passed', location: null, contacts: [{ contactId: c2.id, note: 'second' }], timeZone: 'UTC' })
      .expect(200);
    expect(res.body).toMatchObject({ title: 'Renamed', outcome: 'passed', version: 2, timeZone: 'UTC', contacts: [{ contactId: c2.id, name: 'Two', note: 'second' }] });
    expect(res.body.startsAt).toBe(e.startsAt);

    const stale = await user.agent.patch(`/api/events/${e.id}`).send({ version: 1, title: 'Stale' });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(2);

    const bobsApp = await application(bob);
    const bobsContact = await contact(bob);
    for (const [body, field] of [
      [{}, 'version'],
      [{ version: 2, startsAt: '2026-03-12T16:00:00+01:00' }, 'startsAt'],
      [{ version: 2, endsAt: '2026-03-12T13:00:00+01:00' }, 'endsAt'],
      [{ version: 2, type: 'call', roundKind: 'coding' }, 'roundKind'],
      [{ version: 2, type: 'meetup' }, 'type'],
      [{ version: 2, timeZone: 'Nowhere/City' }, 'timeZone'],
      [{ version: 2, title: null }, 'title'],
      [{ version: 2, applicationId: bobsApp.id }, 'applicationId'],
      [{ version: 2, contacts: [{ contactId: bobsContact.id }] }, 'contacts.0.contactId'],
    ] as const) {
      const bad = await user.agent.patch(`/api/events/${e.id}`).send(body);
      expectProblem(bad, 400, 'validation_failed');
      expect(problemFields(bad)).toEqual([field]);
    }
    const unchanged = (await user.agent.get(`/api/events/${e.id}`).expect(200)).body;
    expect(unchanged).toMatchObject({ version: 2, title: 'Renamed', contacts: [{ contactId: c2.id }] });

    // Moving both ends together is fine; clearing endsAt is fine.
    const later = await user.agent.patch(`/api/events/${e.id}`).send({ version: 2, startsAt: '2026-03-13T10:00:00Z', endsAt: '2026-03-13T11:00:00Z' }).expect(200);
    expect(later.body).toMatchObject({ startsAt: '2026-03-13T10:00:00.000Z', endsAt: '2026-03-13T11:00:00.000Z', version: 3 });
    expect((await user.agent.patch(`/api/events/${e.id}`).send({ version: 3, endsAt: null }).expect(200)).body.endsAt).toBeNull();
  });

  it('answers 404 for another user’s event on every id route, and 400 for a malformed id', async () => {
    const e = await event(alice);
    expectProblem(await bob.agent.get(`/api/events/${e.id}`), 404, 'not_found');
    expectProblem(await bob.agent.patch(`/api/events/${e.id}`).send({ version: 1, title: 'Mine now' }), 404, 'not_found');
    expectProblem(await bob.agent.delete(`/api/events/${e.id}`), 404, 'not_found');
    expectProblem(await bob.agent.post(`/api/events/${e.id}/people`).send({ people: [{ name: 'X' }] }), 404, 'not_found');
    expectProblem(await alice.agent.get(`/api/events/${MISSING_ID}`), 404, 'not_found');
    for (const res of [
      await alice.agent.get('/api/events/nope'),
      await alice.agent.patch('/api/events/nope').send({ version: 1 }),
      await alice.agent.delete('/api/events/nope'),
      await alice.agent.post('/api/events/nope/people').send({ people: [{ name: 'X' }] }),
    ]) {
      expectProblem(res, 400, 'validation_failed');
      expect(problemFields(res)).toEqual(['id']);
    }
    expect((await alice.agent.get(`/api/events/${e.id}`).expect(200)).body).toMatchObject({ version: 1, title: e.title });
  });

  it('deletes an event with its links, keeping the contacts', async () => {
    const user = await signUp(app);
    const c = await contact(user);
    const e = await event(user, { contacts: [{ contactId: c.id }] });
    await user.agent.delete(`/api/events/${e.id}`).expect(204);
    expectProblem(await user.agent.get(`/api/events/${e.id}`), 404, 'not_found');
    expectProblem(await user.agent.delete(`/api/events/${e.id}`), 404, 'not_found');
    await user.agent.get(`/api/contacts/${c.id}`).expect(200);
  });

  describe('event mode (people met)', () => {
    it('creates contacts, links and follow-ups due on the event’s local date + followUpDays', async () => {
      const user = await signUp(app);
      // 23:30 in Berlin on 12 March is 22:30 UTC: the local date is the 12th, whatever UTC says.
      const f = await fair(user, { startsAt: '2026-03-12T23:30:00+01:00', endsAt: null, timeZone: 'Europe/Berlin' });
      const before = await counts(user);
      const res = await user.agent
        .post(`/api/events/${f.id}/people`)
        .send({
          people: [
            { name: 'Ana Diaz', companyName: 'Zalando SE', title: 'Staff Engineer', note: 'feature stores', linkedinUrl: 'https://www.linkedin.com/in/Ana-Diaz/', email: 'ana@example.com' },
            { name: ' Ben Ode ', companyName: 'zalando' },
          ],
        })
        .expect(201);
      expect(res.body.contacts).toHaveLength(2);
      expect(res.body.contacts[0]).toMatchObject({ name: 'Ana Diaz', title: 'Staff Engineer', kind: 'other', howMet: 'PyData Berlin', email: 'ana@example.com', linkedinUrl: 'https://www.linkedin.com/in/ana-diaz' });
      expect(res.body.contacts[1]).toMatchObject({ name: 'Ben Ode', kind: 'other', howMet: 'PyData Berlin', title: null });
      // Both names normalise to one company.
      expect(res.body.contacts[0].companyId).toBeTruthy();
      expect(res.body.contacts[1].companyId).toBe(res.body.contacts[0].companyId);
      expect(res.body.followUps.map((x: Record<string, unknown>) => [x.title, x.kind, x.dueOn, x.firstDueOn, x.status, x.rule, x.contactId, x.eventId])).toEqual([
        ['Follow up with Ana Diaz (met at PyData Berlin)', 'custom', '2026-03-14', '2026-03-14', 'open', null, res.body.contacts[0].id, f.id],
        ['Follow up with Ben Ode (met at PyData Berlin)', 'custom', '2026-03-14', '2026-03-14', 'open', null, res.body.contacts[1].id, f.id],
      ]);
      expect(res.body.event).toMatchObject({ id: f.id, version: 2 });
      expect(res.body.event.contacts.map((c: Record<string, unknown>) => [c.name, c.note])).toEqual([
        ['Ana Diaz', 'feature stores'],
        ['Ben Ode', null],
      ]);
      expect(await counts(user)).toEqual({ contacts: before.contacts + 2, followUps: before.followUps + 2 });
      const listed = (await user.agent.get(`/api/follow-ups?contactId=${res.body.contacts[0].id}`).expect(200)).body.items;
      expect(listed.map((x: { id: string }) => x.id)).toEqual([res.body.followUps[0].id]);

      const zero = await user.agent.post(`/api/events/${f.id}/people`).send({ followUpDays: 0, people: [{ name: 'Cy' }] }).expect(201);
      expect(zero.body.followUps[0].dueOn).toBe('2026-03-12');
    });

    it('writes nothing when any row is bad, naming each bad row’s field', async () => {
      const user = await signUp(app);
      const f = await fair(user, { type: 'networking_event' });
      await contact(user, 'Existing');
      await user.agent.post('/api/contacts').send({ name: 'Linked', linkedinUrl: 'https://linkedin.com/in/taken' }).expect(201);
      const before = await counts(user);
      const good = { name: 'Good Person', companyName: 'NewCo Ltd' };
      for (const [body, fields, status] of [
        [{ people: [good, { name: '' }] }, ['people.1.name'], 400],
        [{ people: [good, { companyName: 'x' }, { name: 'ok', email: 'not-an-email' }] }, ['people.1.name', 'people.2.email'], 400],
        [{ people: [good, { name: 'y', title: 'x'.repeat(201) }] }, ['people.1.title'], 400],
        [{ people: [good, { name: 'y', unknown: 1 }] }, ['people.1.unknown'], 400],
        [{ people: [] }, ['people'], 400],
        [{ people: Array.from({ length: 51 }, (_, i) => ({ name: `P${i}` })) }, ['people'], 400],
        [{ people: 'Ana' }, ['people'], 400],
        [{ people: [good], followUpDays: 15 }, ['followUpDays'], 400],
        [{ people: [good], followUpDays: -1 }, ['followUpDays'], 400],
        [{ people: [good, { name: 'y', linkedinUrl: 'javascript:alert(1)' }] }, ['people.1.linkedinUrl'], 400],
        [{ people: [{ ...good, linkedinUrl: 'https://www.linkedin.com/in/same' }, { name: 'y', linkedinUrl: 'https://www.linkedin.com/in/Same/' }] }, ['people.1.linkedinUrl'], 400],
        [{ people: [good, { name: 'y', linkedinUrl: 'linkedin.com/in/Taken/' }] }, ['people.1.linkedinUrl'], 409],
      ] as const) {
        const res = await user.agent.post(`/api/events/${f.id}/people`).send(body);
        expectProblem(res, status, status === 409 ? 'contact_exists' : 'validation_failed');
        expect(problemFields(res)).toEqual(fields);
      }
      expect(await counts(user)).toEqual(before);
      const companies = (await user.agent.get('/api/companies').expect(200)).body;
      expect(JSON.stringify(companies)).not.toContain('NewCo');
      expect((await user.agent.get(`/api/events/${f.id}`).expect(200)).body).toMatchObject({ version: 1, contacts: [] });
    });

    it('only takes people for career fairs and networking events', async () => {
      const user = await signUp(app);
      const interview = await event(user);
      const before = await counts(user);
      const res = await user.agent.post(`/api/events/${interview.id}/people`).send({ people: [{ name: 'Ana Diaz' }] });
      expectProblem(res, 409, 'not_a_gathering_event');
      expect(await counts(user)).toEqual(before);
    });
  });
});
