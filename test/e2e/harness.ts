import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/config/config.js';

export type Agent = ReturnType<typeof request.agent>;

export interface TestUser {
  agent: Agent;
  id: string;
  email: string;
  password: string;
}

/** The real app over HTTP against the migrated test database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const url = process.env.OFFERPATH_TEST_DATABASE_URL;
  if (!url) throw new Error('The e2e global setup did not provide a database');
  const app = await createApp(loadConfig({ LOG_LEVEL: 'error', WEB_DIR: '', SCHEDULER_INTERVAL_SECONDS: '0', ...env }), url);
  await app.init();
  return app;
}

export function anonymous(app: NestExpressApplication): Agent {
  return request.agent(app.getHttpServer());
}

/** Registers a fresh user; the returned agent carries their session cookie. */
export async function signUp(app: NestExpressApplication, name = 'Test User'): Promise<TestUser> {
  const agent = request.agent(app.getHttpServer());
  const email = `user-${randomUUID()}@example.com`;
  const password = 'correct horse battery';
  const res = await agent.post('/api/auth/register').send({ email, password, name }).expect(201);
  return { agent, id: res.body.id, email, password };
}

export function expectProblem(res: request.Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
}

/** The field names a 400 problem reports. */
export function problemFields(res: request.Response): string[] {
  return (res.body.errors ?? []).map((e: { field: string }) => e.field);
}

/** A well-formed id that no row has. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Every listed route answers 401 without a session. `body` lets a suite send a well-formed body,
 * so that validation cannot answer first.
 */
export function describeNeedsSession(getApp: () => NestExpressApplication, routes: ReadonlyArray<readonly [Method, string]>, body: object = {}): void {
  describe('every route needs a session (401)', () => {
    it.each(routes)('%s %s', async (method, url) => {
      expectProblem(await anonymous(getApp())[method](url).send(body), 401, 'unauthenticated');
    });
  });
}
