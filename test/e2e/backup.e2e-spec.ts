import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { BACKUP_SCHEMA, BACKUP_TABLES, type BackupTable } from '../../apps/api/src/modules/data/backup-schema.js';
import { anonymous, describeNeedsSession, expectProblem, signUp, startTestApp, type TestUser } from './harness.js';

type Row = Record<string, unknown>;
type Backup = { format: string; version: number; exportedAt: string; tables: Record<BackupTable, Row[]> };

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

async function backupOf(user: TestUser): Promise<Backup> {
  const res = await user.agent.get('/api/backup').expect(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="offerpath-backup-\d{4}-\d{2}-\d{2}\.json"$/);
  return res.body as Backup;
}

function restore(user: TestUser, doc: unknown) {
  const body = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return user.agent.post('/api/backup/restore').attach('file', Buffer.from(body), { filename: 'backup.json', contentType: 'application/json' });
}

/**
 * Compares two backups table by table, field by field, once ids are mapped: every uuid row of
 * `a` must have exactly one row in `b` whose every non-id field is equal, with its references
 * pointing at the rows matched before (parents come first). History tables must match in order.
 */
function expectSameData(a: Backup, b: Backup, newIds = true): void {
  const maps = new Map<BackupTable, Map<string, string>>();
  const anyId = new Map<string, string>();
  for (const table of BACKUP_TABLES) {
    const spec = BACKUP_SCHEMA[table];
    const map = new Map<string, string>();
    maps.set(table, map);
    const signature = (row: Row, translate: boolean) =>
      JSON.stringify(
        spec.columns
          .filter((c) => c.name !== 'id')
          .map((c) => {
            const value = row[c.name];
            if (!translate) return [c.name, value];
            if (c.ref && typeof value === 'string') return [c.name, maps.get(c.ref)?.get(value) ?? `unmapped ${value}`];
            if (c.name === 'rule_key' && typeof value === 'string') return [c.name, value.replace(UUIDS, (id) => anyId.get(id) ?? `unmapped ${id}`)];
            return [c.name, value];
          }),
      );
    const left = a.tables[table];
    const right = b.tables[table];
    expect({ table, rows: right.length }).toEqual({ table, rows: left.length });
    if (spec.id === 'identity') {
      const byId = (rows: Row[]) => [...rows].sort((x, y) => Number(x.id) - Number(y.id));
      expect({ table, rows: byId(right).map((r) => signature(r, false)) }).toEqual({ table, rows: byId(left).map((r) => signature(r, true)) });
      continue;
    }
    const unmatched = new Map<string, Row[]>();
    for (const row of right) {
      const key = signature(row, false);
      unmatched.set(key, [...(unmatched.get(key) ?? []), row]);
    }
    for (const row of left) {
      const key = signature(row, true);
      const candidates = unmatched.get(key);
      // On failure, show the row that has no counterpart.
      expect({ table, missing: candidates?.length ? null : JSON.parse(key) }).toEqual({ table, missing: null });
      const match = (candidates as Row[]).shift() as Row;
      if (spec.id === 'uuid') {
        if (newIds) expect(match.id).not.toBe(row.id); // new ids: the original rows still exist
        map.set(row.id as string, match.id as string);
        anyId.set(row.id as string, match.id as string);
      }
    }
  }
}

describe('backup and restore', () => {
  let app: NestExpressApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(() => app, [['get', '/api/backup'], ['post', '/api/backup/restore']]);

  /** An account with every kind of row: through the API where one exists, SQL for the rest. */
  async function fill(user: TestUser): Promise<void> {
    const post = async (url: string, body: object) => (await user.agent.post(url).send(body).expect((r) => expect([200, 201]).toContain(r.status))).body;
    const patch = async (url: string, body: object) => (await user.agent.patch(url).send(body).expect(200)).body;
    const a1 = await post('/api/applications', {
      companyName: 'Stripe, Inc.', roleTitle: 'ML Engineer', channel: 'referral', stage: 'applied', jobUrl: 'https://stripe.com/jobs/1',
      location: 'Dublin', workMode: 'hybrid', salaryMin: 150000, salaryMax: 180000, salaryCurrency: 'EUR', excitement: 4,
      notes: 'Line 1\nLine 2 "quoted", comma – ünïcödé 🚀', appliedOn: '2026-01-05', resumeVersion: 'ml-v3',
    });
    const a1b = await patch(`/api/applications/${a1.id}`, { stage: 'recruiter_screen', version: a1.version });
    await patch(`/api/applications/${a1.id}`, { offerDeadline: '2026-12-01', version: a1b.version });
    const a2 = await post('/api/applications', { companyName: 'Acme', roleTitle: 'SWE', stage: 'applied' });
    await patch(`/api/applications/${a2.id}`, { stage: 'rejected', version: a2.version });
    const a3 = await post('/api/applications', { companyName: 'stripe', roleTitle: 'Infra Engineer', stage: 'wishlist' });
    await patch(`/api/applications/${a3.id}`, { archived: true, version: a3.version });
    const c1 = await post('/api/contacts', {
      name: 'Maya Okafor', companyName: 'Stripe', title: 'Recruiter', linkedinUrl: 'https://www.linkedin.com/in/maya-okafor', email: 'maya@example.com',
      phone: '+1 555 0100', kind: 'recruiter', tags: ['stripe', 'warm'], notes: 'Met at KubeCon', howMet: 'Conference', connectedOn: '2025-11-02',
    });
    const c2 = await post('/api/contacts', { name: 'Daniel Reyes', kind: 'engineer' });
    await post(`/api/contacts/${c1.id}/outreach`, { type: 'message_sent', occurredOn: '2026-01-03', applicationId: a1.id, note: 'Asked about the team' });
    await post(`/api/contacts/${c2.id}/outreach`, { type: 'connection_request_sent', occurredOn: '2026-01-04' });
    await post(`/api/applications/${a1.id}/contacts`, { contactId: c1.id, role: 'recruiter' });
    await post(`/api/applications/${a1.id}/contacts`, { contactId: c2.id, role: 'referrer' });
    const r1 = await post('/api/referrals', { applicationId: a1.id, contactId: c2.id, status: 'asked' });
    await post(`/api/referrals/${r1.id}/transition`, { status: 'agreed', version: r1.version, date: '2026-01-06' });

    // Tables whose API another helper is still building: straight SQL, every column set.
    const uid = user.id;
    const [e1] = await db.query(
      `INSERT INTO events (user_id, application_id, type, round_kind, title, starts_at, ends_at, time_zone, location, url, notes, outcome, version)
       VALUES ($1, $2, 'interview', 'recruiter_screen', 'Screen with Maya', '2026-01-10T15:00:00.123456Z', '2026-01-10T15:30:00Z', 'Europe/Dublin',
               'Zoom', 'https://zoom.us/j/1', 'Prep the pitch', 'passed', 3) RETURNING id`,
      [uid, a1.id],
    );
    const [e2] = await db.query(
      `INSERT INTO events (user_id, type, title, starts_at, time_zone) VALUES ($1, 'career_fair', 'Tech fair', '2026-02-01T09:00:00Z', 'UTC') RETURNING id`,
      [uid],
    );
    await db.query(`INSERT INTO event_contacts (event_id, contact_id, user_id, note) VALUES ($1, $2, $3, 'Was lovely'), ($4, $2, $3, NULL)`, [e1.id, c1.id, uid, e2.id]);
    await db.query(
      `INSERT INTO follow_ups (user_id, kind, title, notes, due_on, due_time, first_due_on, status, application_id, contact_id, referral_id, event_id, rule, rule_key, completed_at, version)
       VALUES ($1, 'thank_you', 'Thank Maya', 'Mention the roadmap', '2026-01-11', '09:30', '2026-01-11', 'done', $2, $3, NULL, $4, 'interview_thank_you', $7, '2026-01-11T10:00:00Z', 2),
              ($1, 'check_referral', 'Ping Daniel', NULL, '2026-01-20', NULL, '2026-01-15', 'snoozed', $2, $5, $6, NULL, NULL, NULL, NULL, 1),
              ($1, 'custom', 'Update CV', NULL, '2026-01-25', NULL, '2026-01-25', 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1)`,
      [uid, a1.id, c1.id, e1.id, c2.id, r1.id, `interview_thank_you:${e1.id}`],
    );
    await db.query(
      `INSERT INTO user_settings (user_id, time_zone, digest_enabled, digest_hour, ghost_after_days, cadence, calendar_token, prep_target, version)
       VALUES ($1, 'Europe/Dublin', true, 7, 21, '{"portal_no_response":{"enabled":false}}', $2, 150, 4)
       ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, digest_enabled = true, digest_hour = 7, ghost_after_days = 21,
         cadence = EXCLUDED.cadence, calendar_token = EXCLUDED.calendar_token, prep_target = 150, version = 4`,
      [uid, `secret-${uid}`],
    );
    await db.query(`INSERT INTO weekly_goals (user_id, metric, target) VALUES ($1, 'applications', 10), ($1, 'coding_problems', 15)
       ON CONFLICT (user_id, metric) DO UPDATE SET target = EXCLUDED.target`, [uid]);
    await db.query(
      `INSERT INTO prep_problems (user_id, solved_on, count, title, url, difficulty) VALUES ($1, '2026-01-02', 3, 'Two Sum', 'https://leetcode.com/problems/two-sum', 'easy'),
              ($1, '2026-01-03', 1, NULL, NULL, NULL)`,
      [uid],
    );
    await db.query(`INSERT INTO prep_topics (user_id, topic, covered_on, notes) VALUES ($1, 'rate_limiter', '2026-01-04', 'Token bucket')`, [uid]);
  }

  it('lists exactly the columns of every table (user_id and the calendar token aside)', async () => {
    for (const table of BACKUP_TABLES) {
      const rows: Array<{ column_name: string }> = await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      const columns = rows.map((r) => r.column_name).filter((c) => c !== 'user_id' && c !== 'calendar_token').sort();
      expect({ table, columns }).toEqual({ table, columns: BACKUP_SCHEMA[table].columns.map((c) => c.name).sort() });
    }
  });

  it('round trip: back up, restore into a fresh account, back up again: the same data field by field', async () => {
    const source = await signUp(app, 'Source');
    await fill(source);
    const first = await backupOf(source);
    expect(first).toMatchObject({ format: 'offerpath-backup', version: 1 });
    for (const table of BACKUP_TABLES) expect({ table, empty: first.tables[table].length === 0 }).toEqual({ table, empty: false });
    expect(first.tables.user_settings[0]).not.toHaveProperty('calendar_token');
    expect(JSON.stringify(first)).not.toContain(`secret-${source.id}`);
    expect(JSON.stringify(first)).not.toContain(source.id);
    // Microseconds survive: a backup never rounds a timestamp.
    expect(first.tables.events.map((e) => e.starts_at)).toContain('2026-01-10T15:00:00.123456+00:00');

    const target = await signUp(app, 'Target');
    const restored = await restore(target, first).expect(200);
    expect(restored.body.restored).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, first.tables[t].length])));
    const second = await backupOf(target);
    expectSameData(first, second);

    // The source is untouched, and the restored account works through the API.
    expectSameData(first, await backupOf(source), false);
    const board = (await target.agent.get('/api/board').expect(200)).body as { columns: Array<{ stage: string; applications: Array<{ roleTitle: string }> }> };
    expect(board.columns.find((c) => c.stage === 'recruiter_screen')?.applications.map((a) => a.roleTitle)).toEqual(['ML Engineer']);
    const [settings] = await db.query(`SELECT calendar_token FROM user_settings WHERE user_id = $1`, [target.id]);
    expect(settings.calendar_token).toBeNull();
  });

  it('restores over default settings and goals a fresh account already has', async () => {
    const source = await signUp(app);
    await fill(source);
    const doc = await backupOf(source);
    const target = await signUp(app);
    await db.query(`INSERT INTO user_settings (user_id, calendar_token) VALUES ($1, $2)`, [target.id, `keep-${target.id}`]);
    await db.query(`INSERT INTO weekly_goals (user_id, metric, target) VALUES ($1, 'applications', 1)`, [target.id]);
    await restore(target, doc).expect(200);
    expectSameData(doc, await backupOf(target));
    const [settings] = await db.query(`SELECT calendar_token FROM user_settings WHERE user_id = $1`, [target.id]);
    expect(settings.calendar_token).toBe(`keep-${target.id}`);
  });

  it('refuses a non-empty account (409 account_not_empty), writing nothing', async () => {
    const source = await signUp(app);
    await fill(source);
    const doc = await backupOf(source);
    const res = await restore(source, doc);
    expectProblem(res, 409, 'account_not_empty');
    expect(res.body.tables).toEqual(expect.arrayContaining(['applications', 'contacts']));
    expectSameData(doc, await backupOf(source), false);

    const other = await signUp(app);
    await other.agent.post('/api/contacts').send({ name: 'Only one' }).expect(201);
    expectProblem(await restore(other, doc), 409, 'account_not_empty');
    expect((await backupOf(other)).tables.applications).toEqual([]);
  });

  it('refuses a corrupted backup (400 naming table, row and field), writing nothing', async () => {
    const source = await signUp(app);
    await fill(source);
    const doc = await backupOf(source);
    const target = await signUp(app);
    const expectNothingWritten = async () => {
      const after = await backupOf(target);
      for (const table of BACKUP_TABLES) expect({ table, rows: after.tables[table] }).toEqual({ table, rows: [] });
    };

    const bad = structuredClone(doc);
    bad.tables.applications[1].stage = 'dreaming';
    bad.tables.contacts[0].tags = 'not-a-list';
    bad.tables.outreach[0].contact_id = '00000000-0000-4000-8000-000000000000';
    delete bad.tables.events[0].title;
    bad.tables.prep_problems[0].count = 1000;
    let res = await restore(target, bad);
    expectProblem(res, 400, 'invalid_backup');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'applications', row: 1, field: 'stage' }),
        expect.objectContaining({ table: 'contacts', row: 0, field: 'tags' }),
        expect.objectContaining({ table: 'outreach', row: 0, field: 'contact_id', message: 'points at no row of contacts in this backup' }),
        expect.objectContaining({ table: 'events', row: 0, field: 'title', message: 'is missing' }),
        expect.objectContaining({ table: 'prep_problems', row: 0, field: 'count' }),
      ]),
    );
    expect(res.body.errors).toHaveLength(5);
    await expectNothingWritten();

    // A row the checks pass but the database refuses (two contacts with one LinkedIn profile): still 400, nothing written.
    const duplicate = structuredClone(doc);
    duplicate.tables.contacts[1].linkedin_url = duplicate.tables.contacts[0].linkedin_url;
    res = await restore(target, duplicate);
    expectProblem(res, 400, 'invalid_backup');
    expect(res.body.errors[0]).toMatchObject({ table: 'contacts' });
    await expectNothingWritten();

    expectProblem(await restore(target, { ...doc, version: 2 }), 400, 'invalid_backup');
    expectProblem(await restore(target, { ...doc, format: 'something-else' }), 400, 'invalid_backup');
    expectProblem(await restore(target, '{"format": "offerpath-backup", "tabl'), 400, 'invalid_backup');
    expectProblem(await restore(target, { ...doc, tables: { ...doc.tables, users: [] } }), 400, 'invalid_backup');
    res = await target.agent.post('/api/backup/restore');
    expectProblem(res, 400, 'invalid_backup');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    await expectNothingWritten();
  });

  it('never puts another user’s rows in a backup', async () => {
    const [alice, bob] = [await signUp(app, 'Alice'), await signUp(app, 'Bob')];
    await fill(alice);
    await bob.agent.post('/api/applications').send({ companyName: 'Bobco', roleTitle: 'Bob role' }).expect(201);
    const bobs = await backupOf(bob);
    expect(bobs.tables.applications.map((a) => a.role_title)).toEqual(['Bob role']);
    expect(bobs.tables.companies.map((c) => c.name)).toEqual(['Bobco']);
    for (const table of BACKUP_TABLES.filter((t) => !['applications', 'application_events', 'companies'].includes(t))) {
      expect({ table, rows: bobs.tables[table] }).toEqual({ table, rows: [] });
    }
    const alices = JSON.stringify(await backupOf(alice));
    expect(alices).not.toContain('Bob');
  });

  it('answers 413 for a file over 50 MB', async () => {
    const user = await signUp(app);
    const res = await user.agent.post('/api/backup/restore').attach('file', Buffer.alloc(50 * 1024 * 1024 + 1, 32), 'backup.json');
    expectProblem(res, 413, 'payload_too_large');
  });

  it('is not reachable anonymously even with a file', async () => {
    expectProblem(await anonymous(app).post('/api/backup/restore').attach('file', Buffer.from('{}'), 'backup.json'), 401, 'unauthenticated');
  });
});
