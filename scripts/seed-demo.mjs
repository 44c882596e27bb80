#!/usr/bin/env node
// `npm run seed:demo`: creates (or reuses) the demo account and fills it with the same demo
// job hunt as the "Load demo data" button, using the API's own generator and repository.
//
// Database: DATABASE_URL when set, otherwise the embedded Postgres in ./.data (or DATA_DIR),
// started and stopped here exactly as `npm start` does. The embedded cluster can only be opened
// by one process: while `npm start` / `npm run dev` is running, stop it first (or use the button).
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash, verify } from '@node-rs/argon2';
import pg from 'pg';
import { ROOT, ensureApiBuilt } from './lib/build.mjs';

const EMAIL = 'demo@offerpath.local';
const PASSWORD = 'offerpath-demo';
const NAME = 'Demo User';
// Same options as apps/api/src/modules/auth/auth.service.ts (argon2id, OWASP baseline).
const HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const dist = (file) => pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href;

/**
 * The cluster folders `npm start` may use for this DATA_DIR: the requested one, or (as root,
 * when the postgres OS user cannot enter it) the fallback embedded-postgres.ts picks under the
 * system temp folder.
 */
function clusterDirs(dataDir) {
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return [path.join(dataDir, 'pg'), path.join(os.tmpdir(), `offerpath-pg-${key}`, 'pg')];
}

/** The pid of a live postmaster holding one of those clusters, or null. */
function runningPostmaster(dataDir) {
  for (const dir of clusterDirs(dataDir)) {
    const lock = path.join(dir, 'postmaster.pid');
    if (!fs.existsSync(lock)) continue;
    const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return { pid: null, lock };
    try {
      process.kill(pid, 0);
      return { pid, lock };
    } catch (error) {
      // EPERM: alive but not ours. ESRCH: a stale lock left by a crash; Postgres clears it itself.
      if (error.code === 'EPERM') return { pid, lock };
    }
  }
  return null;
}

ensureApiBuilt();

const { loadConfig, ConfigError } = await import(dist('apps/api/src/config/config.js'));
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

let url = config.databaseUrl;
if (!url) {
  const running = runningPostmaster(config.dataDir);
  if (running) {
    console.error(
      `✗ The embedded database in ${config.dataDir} is in use (postmaster pid ${running.pid ?? '?'}, ${running.lock}).\n` +
        `  Offerpath is probably running (npm start / npm run dev). Either stop it first and run\n` +
        `  \`npm run seed:demo\` again, or, while it runs, sign in to any empty account and use the\n` +
        `  "Load demo data" button on the board.`,
    );
    process.exit(1);
  }
}

const { migrate, createDataSource } = await import(dist('apps/api/src/database/data-source.js'));
const { startEmbeddedPostgres } = await import(dist('apps/api/src/database/embedded-postgres.js'));
const { demoApplications } = await import(dist('apps/api/src/modules/demo/demo-data.js'));
const { DemoRepository } = await import(dist('apps/api/src/modules/demo/demo.repository.js'));
const { CompaniesRepository } = await import(dist('apps/api/src/modules/companies/companies.repository.js'));

let embedded = null;
let dataSource = null;
let client = null;
let exitCode = 0;
try {
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (message) => console.log(message) });
    url = embedded.url;
    console.log(`▸ Embedded Postgres running with data in ${embedded.dataDir}`);
  } else {
    console.log('▸ Using DATABASE_URL');
  }
  const applied = await migrate(url);
  if (applied.length) console.log(`▸ Applied migrations: ${applied.join(', ')}`);

  client = new pg.Client({ connectionString: url, application_name: 'offerpath-seed-demo' });
  await client.connect();
  const passwordHash = await hash(PASSWORD, HASH_OPTIONS);
  const inserted = await client.query(
    `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [EMAIL, NAME, passwordHash],
  );
  let userId = inserted.rows[0]?.id;
  let passwordNote = '';
  if (userId) {
    console.log(`▸ Created the demo account ${EMAIL}`);
  } else {
    const existing = await client.query(`SELECT id, password_hash FROM users WHERE email = $1`, [EMAIL]);
    userId = existing.rows[0].id;
    const same = await verify(existing.rows[0].password_hash, PASSWORD).catch(() => false);
    if (!same) passwordNote = ' (this account already existed with a different password, which was left unchanged)';
    console.log(`▸ Reusing the demo account ${EMAIL}`);
  }

  const { rows } = await client.query(`SELECT count(*)::int AS n FROM applications WHERE user_id = $1`, [userId]);
  if (rows[0].n > 0) {
    console.log(`✓ ${EMAIL} already has ${rows[0].n} applications; nothing changed.`);
  } else {
    dataSource = createDataSource(url);
    await dataSource.initialize();
    const created = await new DemoRepository(dataSource, new CompaniesRepository(dataSource)).seed(userId, demoApplications());
    if (created === null) console.log(`✓ ${EMAIL} received applications meanwhile; nothing changed.`);
    else console.log(`✓ Seeded ${created} demo applications with their history.`);
  }
  console.log(`\n  Sign in with  ${EMAIL}  /  ${PASSWORD}${passwordNote}\n`);
} catch (error) {
  console.error(`✗ Seeding failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await client?.end().catch(() => undefined);
  await dataSource?.destroy().catch(() => undefined);
  if (embedded) {
    await embedded.stop();
    console.log('▸ Embedded Postgres stopped');
  }
}
process.exit(exitCode);
