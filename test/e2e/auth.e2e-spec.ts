import type { NestExpressApplication } from '@nestjs/platform-express';
import { anonymous, expectProblem, problemFields, signUp, startTestApp } from './harness.js';

describe('auth', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('registers, sets an HttpOnly SameSite=Lax session cookie, and knows the user', async () => {
    const agent = anonymous(app);
    const email = `Reg-${Date.now()}@Example.com`;
    const res = await agent.post('/api/auth/register').send({ email: ` ${email} `, password: 'longenough', name: ' Grace ' }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: 'Grace', createdAt: expect.any(String) });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/offerpath_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http here
    expect(res.body).not.toHaveProperty('passwordHash');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.email).toBe(email.toLowerCase());
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const user = await signUp(app);
    const res = await anonymous(app).post('/api/auth/register').send({ email: user.email.toUpperCase(), password: 'longenough', name: 'X' });
    expectProblem(res, 409, 'email_taken');
    expect(problemFields(res)).toEqual(['email']);
  });

  it.each([
    [{ email: 'not-an-email', password: 'longenough', name: 'A' }, 'email'],
    [{ email: 'a@example.com', password: 'short', name: 'A' }, 'password'],
    [{ email: 'a@example.com', password: 'x'.repeat(129), name: 'A' }, 'password'],
    [{ email: 'a@example.com', password: 'longenough', name: '   ' }, 'name'],
    [{ email: 'a@example.com', password: 'longenough', name: 'A', admin: true }, 'admin'],
    [{ email: 'a@example.com', password: 12345678, name: 'A' }, 'password'],
  ])('rejects bad registration input %j naming %s', async (body, field) => {
    const res = await anonymous(app).post('/api/auth/register').send(body);
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toContain(field);
  });

  it('accepts passwords from 8 to 128 characters', async () => {
    for (const password of ['12345678', 'p'.repeat(64), 'q'.repeat(128)]) {
      await anonymous(app).post('/api/auth/register').send({ email: `len-${password.length}-${Date.now()}@example.com`, password, name: 'L' }).expect(201);
    }
  });

  it('signs in with the right password only, case-insensitively on email', async () => {
    const user = await signUp(app);
    const ok = await anonymous(app).post('/api/auth/login').send({ email: user.email.toUpperCase(), password: user.password }).expect(200);
    expect(ok.body.id).toBe(user.id);
    const wrong = await anonymous(app).post('/api/auth/login').send({ email: user.email, password: 'wrong password' });
    expectProblem(wrong, 401, 'invalid_credentials');
    const unknown = await anonymous(app).post('/api/auth/login').send({ email: 'nobody@example.com', password: 'whatever1' });
    expectProblem(unknown, 401, 'invalid_credentials');
  });

  it('rejects a malformed login body with 400', async () => {
    const res = await anonymous(app).post('/api/auth/login').send({ email: 'a@example.com' });
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['password']);
  });

  it('throttles repeated failed logins with 429 and Retry-After, even for the right password', async () => {
    const user = await signUp(app);
    for (let i = 0; i < 5; i += 1) {
      expectProblem(await anonymous(app).post('/api/auth/login').send({ email: user.email, password: `wrong-${i}-pass` }), 401, 'invalid_credentials');
    }
    const blocked = await anonymous(app).post('/api/auth/login').send({ email: user.email, password: user.password });
    expectProblem(blocked, 429, 'too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('logs out: the session is deleted server-side, so the old cookie stops working', async () => {
    const user = await signUp(app);
    const cookie = (await anonymous(app).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200)).headers['set-cookie'];
    await anonymous(app).get('/api/auth/me').set('Cookie', cookie).expect(200);
    await anonymous(app).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expectProblem(await anonymous(app).get('/api/auth/me').set('Cookie', cookie), 401, 'unauthenticated');
  });

  it('answers 401 without a session on me and logout, and for a forged cookie', async () => {
    expectProblem(await anonymous(app).get('/api/auth/me'), 401, 'unauthenticated');
    expectProblem(await anonymous(app).post('/api/auth/logout'), 401, 'unauthenticated');
    expectProblem(await anonymous(app).get('/api/auth/me').set('Cookie', 'offerpath_session=forged-token'), 401, 'unauthenticated');
  });

  it('answers unknown API routes with a problem+json 404', async () => {
    expectProblem(await anonymous(app).get('/api/nothing-here'), 404, 'not_found');
  });
});
