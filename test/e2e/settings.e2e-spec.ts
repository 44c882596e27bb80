import type { NestExpressApplication } from '@nestjs/platform-express';
import { anonymous, describeNeedsSession, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

const PUBLIC_URL = 'https://offerpath.example.com';
const FEED_URL = new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/api/calendar/([A-Za-z0-9_-]{43})\\.ics$`);

describe('settings', () => {
  let app: NestExpressApplication;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: `${PUBLIC_URL}/` });
    alice = await signUp(app, 'Alice');
    bob = await signUp(app, 'Bob');
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(
    () => app,
    [
      ['get', '/api/settings'],
      ['patch', '/api/settings'],
      ['post', '/api/settings/calendar-token'],
    ],
    { version: 1 },
  );

  it('starts from the defaults, and says why the digest is unavailable without SMTP_URL', async () => {
    const res = await alice.agent.get('/api/settings').expect(200);
    expect(res.body).toEqual({
      timeZone: 'UTC',
      digestEnabled: false,
      digestHour: 8,
      digest: { available: false, reason: 'SMTP_URL is not set on the server, so email is off.' },
      calendar: { url: null },
      version: 1,
    });
  });

  it('saves time zone, digest and hour, version-checked, and keeps fields left out', async () => {
    const user = await signUp(app);
    const saved = await user.agent.patch('/api/settings').send({ version: 1, timeZone: 'europe/berlin', digestHour: 7 }).expect(200);
    expect(saved.body).toMatchObject({ timeZone: 'Europe/Berlin', digestHour: 7, digestEnabled: false, version: 2 });

    // Allowed while SMTP is off: the choice is kept and applies once email is configured.
    const enabled = await user.agent.patch('/api/settings').send({ version: 2, digestEnabled: true }).expect(200);
    expect(enabled.body).toMatchObject({ timeZone: 'Europe/Berlin', digestHour: 7, digestEnabled: true, version: 3, digest: { available: false } });
    expect((await user.agent.get('/api/settings').expect(200)).body).toEqual(enabled.body);

    const stale = await user.agent.patch('/api/settings').send({ version: 2, digestHour: 9 });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(3);
    expect((await user.agent.get('/api/settings').expect(200)).body.digestHour).toBe(7);
  });

  it('answers 409 for a stale version even before the row exists', async () => {
    const user = await signUp(app);
    expectProblem(await user.agent.patch('/api/settings').send({ version: 5, digestHour: 9 }), 409, 'version_conflict');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    [{ timeZone: '' }, 'timeZone'],
    [{ timeZone: 42 }, 'timeZone'],
    [{ timeZone: null }, 'timeZone'],
    [{ digestEnabled: null }, 'digestEnabled'],
    [{ digestHour: null }, 'digestHour'],
    [{ timeZone: 'x'.repeat(65) }, 'timeZone'],
    [{ digestHour: 24 }, 'digestHour'],
    [{ digestHour: -1 }, 'digestHour'],
    [{ digestHour: 7.5 }, 'digestHour'],
    [{ digestEnabled: 'yes' }, 'digestEnabled'],
    [{ calendarToken: 'mine' }, 'calendarToken'],
  ])('rejects %j (400 naming %s)', async (body, field) => {
    const res = await bob.agent.patch('/api/settings').send({ version: 1, ...body });
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual([field]);
  });

  it('needs a version (400 naming version)', async () => {
    const res = await bob.agent.patch('/api/settings').send({ digestHour: 9 });
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['version']);
  });

  it('creates a calendar URL, and a new one replaces it (the old one answers 404)', async () => {
    const user = await signUp(app);
    const first = await user.agent.post('/api/settings/calendar-token').expect(200);
    expect(first.body.url).toMatch(FEED_URL);
    const settings = (await user.agent.get('/api/settings').expect(200)).body;
    expect(settings.calendar.url).toBe(first.body.url);
    expect(settings.version).toBe(1); // not a form field: an open settings form stays valid
    const firstPath = new URL(first.body.url).pathname;
    await anonymous(app).get(firstPath).expect(200);

    const second = await user.agent.post('/api/settings/calendar-token').expect(200);
    expect(second.body.url).toMatch(FEED_URL);
    expect(second.body.url).not.toBe(first.body.url);
    expect((await user.agent.get('/api/settings').expect(200)).body.calendar.url).toBe(second.body.url);
    expectProblem(await anonymous(app).get(firstPath), 404, 'not_found');
    await anonymous(app).get(new URL(second.body.url).pathname).expect(200);
  });

  it('keeps each user’s settings apart', async () => {
    const carol = await signUp(app);
    const dave = await signUp(app);
    await carol.agent.patch('/api/settings').send({ version: 1, timeZone: 'Asia/Tokyo' }).expect(200);
    const carolUrl = (await carol.agent.post('/api/settings/calendar-token').expect(200)).body.url;
    const daveSettings = (await dave.agent.get('/api/settings').expect(200)).body;
    expect(daveSettings).toMatchObject({ timeZone: 'UTC', calendar: { url: null } });
    const daveUrl = (await dave.agent.post('/api/settings/calendar-token').expect(200)).body.url;
    expect(daveUrl).not.toBe(carolUrl);
    expect((await carol.agent.get('/api/settings').expect(200)).body).toMatchObject({ timeZone: 'Asia/Tokyo', calendar: { url: carolUrl } });
  });

  it('reports the digest as available when SMTP_URL is set', async () => {
    const withMail = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_URL });
    try {
      const user = await signUp(withMail);
      expect((await user.agent.get('/api/settings').expect(200)).body.digest).toEqual({ available: true });
    } finally {
      await withMail.close();
    }
  });
});
