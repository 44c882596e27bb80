#!/usr/bin/env node
// `npm run bench`: measures (never asserts) the hot API routes for a heavy account, next to the
// SQL those routes run, timed raw through `pg`, and the query plans of the board and list.
//
// Database: a throwaway embedded Postgres in a temp folder (removed afterwards), or
// BENCH_DATABASE_URL (migrated; the bench users are deleted again at the end).
//
// Environment:
//   BENCH_APPLICATIONS  applications of the heavy user (default 5000; 19 others get 200 each)
//   BENCH_ITERATIONS    timed requests per route (default 50, after BENCH_WARMUP, default 5)
//   BENCH_DATABASE_URL  use this Postgres instead of a throwaway embedded one
//
// The "SQL" columns replay exactly the statements the route sent to Postgres (captured from the
// pg driver during one extra request, minus the session lookup), on one raw connection, so the
// difference to the HTTP column is Nest, validation, mapping, JSON and HTTP.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { ROOT, ensureApiBuilt } from './lib/build.mjs';

const int = (name, fallback, min) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be an integer ≥ ${min}, got "${process.env[name]}"`);
    process.exit(2);
  }
  return value;
};
const HEAVY = int('BENCH_APPLICATIONS', 5000, 1);
const ITERATIONS = int('BENCH_ITERATIONS', 50, 1);
const WARMUP = int('BENCH_WARMUP', 5, 0);
const USERS = 20;
const OTHERS_EACH = 200;
const EVENTS_EACH = 10;
const SEARCH = 'stripe';
const PASSWORD = 'bench-password-123';
const HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const dist = (file) => pathToFileURL(path.join(ROOT, file)).href;
const log = (message) => console.log(`▸ ${message}`);
const ms = (value) => (value === undefined ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

ensureApiBuilt();
const { migrate } = await import(dist('apps/api/dist/apps/api/src/database/data-source.js'));
const { startEmbeddedPostgres } = await import(dist('apps/api/dist/apps/api/src/database/embedded-postgres.js'));
const { createApp } = await import(dist('apps/api/dist/apps/api/src/app.factory.js'));
const { loadConfig } = await import(dist('apps/api/dist/apps/api/src/config/config.js'));
const domain = await import(dist('libs/domain/dist/index.js'));

// ── capture of the SQL a request sends ────────────────────────────────────────────────────────

let capturing = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function capture(config, values, callback) {
  if (capturing && !this.benchRaw) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = typeof config === 'string' ? values : config?.values ?? values;
    if (typeof text === 'string') capturing.push({ text, params: Array.isArray(params) ? [...params] : [] });
  }
  return originalQuery.call(this, config, values, callback);
};

// ── data ──────────────────────────────────────────────────────────────────────────────────────

const COMPANIES = [
  'OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'Stripe', 'Airbnb', 'Netflix', 'Databricks', 'Snowflake', 'Scale AI',
  'Hugging Face', 'Cohere', 'NVIDIA', 'Uber', 'Pinterest', 'Spotify', 'Datadog', 'Figma', 'Notion', 'Anyscale',
  'Weights & Biases', 'Pinecone', 'Mistral AI', 'Perplexity', 'Instacart', 'DoorDash', 'Robinhood', 'Coinbase',
  'Shopify', 'Duolingo', 'Reddit', 'LinkedIn', 'Apple', 'Amazon', 'Microsoft', 'Waymo', 'Lyft', 'Grammarly', 'Runway', 'Glean',
];
const ROLES = [
  'Machine Learning Engineer', 'Senior Machine Learning Engineer', 'Applied Scientist', 'ML Platform Engineer',
  'Research Engineer', 'Software Engineer, ML Infrastructure', 'MLOps Engineer', 'Senior Software Engineer, Search Ranking',
  'Machine Learning Engineer, Recommendations', 'LLM Inference Engineer',
];
const LOCATIONS = ['San Francisco', 'London', 'Remote (US)', 'New York', 'Seattle', 'Toronto', 'Paris', 'Berlin', 'Remote'];
const NOTES = [
  'Recruiter call went well — asked about ranking work and visa timeline.',
  'Two LeetCode mediums (graphs, heaps). Practise sliding window.',
  'Designed a feed recommender: candidate generation + ranking, feature store, online eval.',
  'Five rounds incl. ML design (search autocomplete) and behavioural.',
  'Rejected after the loop; feedback: go deeper on evaluation metrics.',
];
const CHANNELS = ['cold_apply', 'linkedin_recruiter', 'referral', 'career_fair', 'networking_event', 'recruiter_inbound', 'other'];

/** `perUser` applications for each user, spread over every stage, set-based (one statement). */
async function insertApplications(db, userIds, perUser) {
  await db.query(
    `INSERT INTO applications (user_id, company_name, role_title, location, work_mode, salary_min, salary_max,
       salary_currency, channel, stage, last_open_stage, excitement, notes, applied_on, resume_version, archived,
       position, stage_changed_at, created_at, updated_at)
     SELECT u.id, ($3::text[])[1 + i % cardinality($3::text[])], ($4::text[])[1 + (i * 7) % cardinality($4::text[])],
       ($5::text[])[1 + (i * 3) % cardinality($5::text[])], (ARRAY['onsite','hybrid','remote'])[1 + i % 3],
       CASE WHEN i % 3 = 0 THEN NULL ELSE 150000 + (i % 12) * 10000 END,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 210000 + (i % 12) * 10000 END,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'USD' END,
       ($7::text[])[1 + (i * 5) % cardinality($7::text[])], ($8::text[])[1 + i % 11],
       CASE WHEN i % 11 >= 8 THEN 'applied' END,
       1 + i % 5,
       CASE WHEN i % 3 = 1 THEN ($6::text[])[1 + i % cardinality($6::text[])] END,
       (now() - (10 + i % 90) * interval '1 day')::date,
       'ml-v' || (i % 4), i % 20 = 19,
       (i / 11 + 1) * $9::float8,
       now() - (i % 90) * interval '1 day',
       now() - (10 + i % 90) * interval '1 day',
       now() - i * interval '3 minutes'
       FROM unnest($1::uuid[]) AS u(id) CROSS JOIN generate_series(0, $2::int - 1) AS i`,
    [userIds, perUser, COMPANIES, ROLES, LOCATIONS, NOTES, CHANNELS, domain.STAGES, domain.POSITION_STEP],
  );
}

/** EVENTS_EACH events per application, walking the stages up to its current one. */
async function insertEvents(db, userIds) {
  await db.query(
    `INSERT INTO application_events (application_id, user_id, type, from_stage, to_stage, at)
     SELECT a.id, a.user_id, CASE WHEN k = 0 THEN 'created' ELSE 'stage_changed' END,
       CASE WHEN k > 0 THEN ($2::text[])[1 + (s.n + k - $3 + 110) % 11] END,
       ($2::text[])[1 + (s.n + k - $3 + 1 + 110) % 11],
       a.created_at + k * ((a.stage_changed_at - a.created_at) / ($3 - 1))
       FROM applications a
       CROSS JOIN LATERAL (SELECT array_position($2::text[], a.stage::text) - 1 AS n) s
       CROSS JOIN generate_series(0, $3 - 1) AS k
      WHERE a.user_id = ANY($1::uuid[])
      ORDER BY a.user_id, k`,
    [userIds, domain.STAGES, EVENTS_EACH],
  );
}

/**
 * What the stats page reads besides the history, for the heavy user: an interview round for every
 * third application (kind and outcome spread), 200 contacts with 10 outreach entries each (replies
 * linked to applications), and a referral with three steps for every 25th application.
 */
async function insertStatsData(db, userId) {
  await db.query(
    `INSERT INTO events (user_id, application_id, type, round_kind, title, starts_at, time_zone, outcome)
     SELECT a.user_id, a.id, 'interview', (ARRAY['recruiter_screen','coding','system_design','ml_design','behavioral'])[1 + n % 5],
            'Round', a.created_at + interval '5 days', 'UTC', (ARRAY['passed','failed','pending','cancelled','passed'])[1 + (n / 5) % 5]
       FROM (SELECT a.*, row_number() OVER (ORDER BY a.id) AS n FROM applications a WHERE a.user_id = $1) a
      WHERE a.n % 3 = 0`,
    [userId],
  );
  await db.query(
    `INSERT INTO contacts (user_id, name, kind) SELECT $1, 'Contact ' || i, (ARRAY['recruiter','engineer','friend'])[1 + i % 3] FROM generate_series(1, 200) i`,
    [userId],
  );
  await db.query(
    `INSERT INTO outreach (user_id, contact_id, application_id, type, occurred_on)
     SELECT c.user_id, c.id, CASE WHEN k = 3 THEN (SELECT id FROM applications a WHERE a.user_id = c.user_id ORDER BY a.id OFFSET (c.n * 7) % 1000 LIMIT 1) END,
            (ARRAY['connection_request_sent','connection_accepted','message_sent','replied','no_reply'])[1 + k % 5], (now() - (c.n % 90 + k) * interval '1 day')::date
       FROM (SELECT c.*, row_number() OVER (ORDER BY c.id) AS n FROM contacts c WHERE c.user_id = $1) c CROSS JOIN generate_series(0, 9) k`,
    [userId],
  );
  await db.query(
    `WITH picked AS (
       SELECT a.id AS application_id, (SELECT id FROM contacts c WHERE c.user_id = $1 ORDER BY c.id OFFSET n % 200 LIMIT 1) AS contact_id
         FROM (SELECT a.id, row_number() OVER (ORDER BY a.id) AS n FROM applications a WHERE a.user_id = $1) a WHERE a.n % 25 = 0
     ), inserted AS (
       INSERT INTO referrals (user_id, application_id, contact_id, status) SELECT $1, application_id, contact_id, 'submitted' FROM picked RETURNING id
     )
     INSERT INTO referral_events (referral_id, user_id, from_status, to_status, occurred_on)
     SELECT i.id, $1, (ARRAY[NULL,'asked','agreed'])[k], (ARRAY['asked','agreed','submitted'])[k], (now() - (10 - k) * interval '1 day')::date
       FROM inserted i CROSS JOIN generate_series(1, 3) k`,
    [userId],
  );
}

/** Links applications to companies when that schema is present (added by a later migration). */
async function linkCompanies(db, userIds) {
  const { rows } = await db.query(
    `SELECT to_regclass('companies') IS NOT NULL AS companies,
            EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'applications' AND column_name = 'company_id') AS linked`,
  );
  if (!rows[0].companies || !rows[0].linked || typeof domain.normalizeCompanyName !== 'function') return false;
  const names = COMPANIES.map((name) => ({ company_name: name, normalized_name: domain.normalizeCompanyName(name), name }));
  await db.query(
    `INSERT INTO companies (user_id, name, normalized_name)
     SELECT u.id, r.name, r.normalized_name FROM unnest($1::uuid[]) AS u(id)
       CROSS JOIN json_to_recordset($2::json) AS r(name text, normalized_name text)
     ON CONFLICT DO NOTHING`,
    [userIds, JSON.stringify(names)],
  );
  await db.query(
    `UPDATE applications a SET company_id = c.id
       FROM json_to_recordset($2::json) AS r(company_name text, normalized_name text), companies c
      WHERE a.user_id = ANY($1::uuid[]) AND a.company_name = r.company_name
        AND c.user_id = a.user_id AND c.normalized_name = r.normalized_name`,
    [userIds, JSON.stringify(names)],
  );
  return true;
}

// ── measuring ─────────────────────────────────────────────────────────────────────────────────

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return { p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1) };
}

async function timed(times, work) {
  const samples = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The plan's shape in one line: node types (with index names), rows, time and buffers. */
function planSummary(explained) {
  const root = explained[0]['QUERY PLAN'][0];
  const nodes = [];
  const walk = (node) => {
    const target = node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
    nodes.push(`${node['Node Type']}${target}`);
    (node.Plans ?? []).forEach(walk);
  };
  walk(root.Plan);
  const indexes = nodes.filter((n) => / using applications_user_/.test(n)).map((n) => n.split(' using ')[1]);
  const seq = nodes.some((n) => n.startsWith('Seq Scan on applications'));
  const verdict = indexes.length ? `user-scoped index: yes (${[...new Set(indexes)].join(', ')})` : `user-scoped index: NO${seq ? ' (Seq Scan)' : ''}`;
  const plan = root.Plan;
  return (
    `${verdict}; ${nodes.join(' → ')}; rows ${plan['Actual Rows']}, exec ${ms(root['Execution Time'])} ms, ` +
    `buffers hit ${plan['Shared Hit Blocks'] ?? 0} read ${plan['Shared Read Blocks'] ?? 0}`
  );
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function webEntrySizes() {
  const webDist = path.join(ROOT, 'apps/web/dist');
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const html = fs.readFileSync(indexFile, 'utf8');
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ];
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  const size = (ref) => {
    const file = path.join(webDist, ref.replace(/^\//, ''));
    const body = fs.readFileSync(file);
    return { ref, raw: body.length, gzip: zlib.gzipSync(body).length };
  };
  return { js: refs.map(size), css: css.map(size), builtAt: fs.statSync(indexFile).mtime };
}

// ── run ───────────────────────────────────────────────────────────────────────────────────────

const runId = Date.now().toString(36);
let tempDir = null;
let embedded = null;
let url = process.env.BENCH_DATABASE_URL?.trim() || null;
let raw = null;
let app = null;
let userIds = [];
process.on('exit', () => {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

try {
  const startedAt = performance.now();
  if (!url) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offerpath-bench-'));
    fs.chmodSync(tempDir, 0o755); // as root, the postgres OS user must be able to enter it
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, persistent: false, log: () => undefined });
    url = embedded.url;
    log(`Throwaway embedded Postgres in ${tempDir}`);
  } else {
    log('Using BENCH_DATABASE_URL');
  }
  await migrate(url);

  raw = new pg.Client({ connectionString: url, application_name: 'offerpath-bench' });
  raw.benchRaw = true;
  await raw.connect();
  const { rows: versionRows } = await raw.query(`SELECT current_setting('server_version') AS v`);

  const passwordHash = await hash(PASSWORD, HASH_OPTIONS);
  const { rows: users } = await raw.query(
    `INSERT INTO users (email, name, password_hash)
     SELECT 'bench-' || $1 || '-' || n || '@offerpath.local', 'Bench ' || n, $2 FROM generate_series(0, $3 - 1) n
     RETURNING id, email`,
    [runId, passwordHash, USERS],
  );
  userIds = users.map((u) => u.id);
  const heavy = users.find((u) => u.email.startsWith(`bench-${runId}-0@`));
  const others = userIds.filter((id) => id !== heavy.id);
  const seedStarted = performance.now();
  await insertApplications(raw, [heavy.id], HEAVY);
  await insertApplications(raw, others, OTHERS_EACH);
  await insertEvents(raw, userIds);
  const linked = await linkCompanies(raw, userIds);
  await insertStatsData(raw, heavy.id);
  for (const t of ['applications', 'application_events', 'events', 'contacts', 'outreach', 'referrals', 'referral_events']) await raw.query(`ANALYZE ${t}`);
  const { rows: counts } = await raw.query(
    `SELECT (SELECT count(*) FROM applications WHERE user_id = ANY($1))::int AS apps,
            (SELECT count(*) FROM application_events WHERE user_id = ANY($1))::int AS events`,
    [userIds],
  );
  log(
    `Seeded ${USERS} users: heavy ${HEAVY} applications, ${others.length} × ${OTHERS_EACH}; ` +
      `${counts[0].apps} applications, ${counts[0].events} events${linked ? ', linked to companies' : ''} ` +
      `in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (Postgres ${versionRows[0].v})`,
  );

  app = await createApp(loadConfig({ LOG_LEVEL: 'error', WEB_DIR: '' }), url);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: heavy.email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const api = async (method, route, body) => {
    const res = await fetch(`${base}${route}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 300)}`);
    return { text, json: () => JSON.parse(text) };
  };

  const { rows: picks } = await raw.query(
    `SELECT (SELECT id FROM applications WHERE user_id = $1 AND NOT archived ORDER BY updated_at DESC LIMIT 1) AS detail,
            (SELECT id FROM applications WHERE user_id = $1 AND stage = 'applied' AND NOT archived ORDER BY position LIMIT 1 OFFSET 10) AS moved`,
    [heavy.id],
  );
  const detailId = picks[0].detail;
  const statsFrom = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
  const movedId = picks[0].moved;
  let moveVersion = (await api('GET', `/applications/${movedId}`)).json().version;
  let moveCount = 0;
  const move = async () => {
    // Back and forth inside the Applied column: top, then 100 cards down.
    const body = { stage: 'applied', position: moveCount++ % 2 === 0 ? 0 : 100, version: moveVersion };
    const res = await api('POST', `/applications/${movedId}/move`, body);
    moveVersion = res.json().version;
    return { res, sent: body.version };
  };

  const routes = [
    { name: 'GET /api/board', run: () => api('GET', '/board'), explain: true },
    { name: 'GET /api/applications?page=1&pageSize=50', run: () => api('GET', '/applications?page=1&pageSize=50'), explain: true },
    { name: `GET /api/applications?q=${SEARCH}`, run: () => api('GET', `/applications?q=${SEARCH}`), explain: true },
    { name: 'GET /api/applications/:id', run: () => api('GET', `/applications/${detailId}`) },
    { name: 'POST /api/applications/:id/move', run: () => move(), isMove: true },
    { name: 'GET /api/stats', run: () => api('GET', '/stats'), explain: true },
    { name: `GET /api/stats?from=${statsFrom}&channel=referral`, run: () => api('GET', `/stats?from=${statsFrom}&channel=referral`), explain: true },
    { name: 'GET /api/stats/funnel', run: () => api('GET', '/stats/funnel'), explain: true },
    { name: 'GET /api/stats/sankey.txt', run: () => api('GET', '/stats/sankey.txt'), explain: true },
  ];

  const results = [];
  for (const route of routes) {
    for (let i = 0; i < WARMUP; i += 1) await route.run();
    const http = stats(await timed(ITERATIONS, () => route.run()));

    // One more request, capturing what it sends to Postgres (the auth guard's session lookup aside).
    capturing = [];
    const last = await route.run();
    const statements = capturing.filter((s) => !/\bsessions\b/.test(s.text));
    capturing = null;

    let replay;
    if (route.isMove) {
      // Replays the whole transaction; the version the UPDATE checks must be the current one.
      let version = (await raw.query(`SELECT version FROM applications WHERE id = $1`, [movedId])).rows[0].version;
      replay = async () => {
        for (const s of statements) {
          const update = /\bUPDATE applications\b/.test(s.text);
          const params = update ? s.params.map((p) => (p === last.sent ? version : p)) : s.params;
          const result = await raw.query(s.text, params);
          if (update && result.rowCount !== 1) throw new Error('the replayed move no longer matches the row version');
        }
        version += 1;
      };
    } else {
      replay = async () => {
        for (const s of statements) await raw.query(s.text, s.params);
      };
    }
    for (let i = 0; i < WARMUP; i += 1) await replay();
    const sql = stats(await timed(ITERATIONS, replay));

    let plan = null;
    if (route.explain) {
      const main = statements.find((s) => /\bFROM applications\b/.test(s.text));
      const explain = async (params) =>
        planSummary((await raw.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${main.text}`, params)).rows);
      // The same statement for a typical account too: the heavy one holds most of this small
      // table, where a sequential scan is the planner's right call.
      plan = main
        ? { heavy: await explain(main.params), typical: await explain(main.params.map((p) => (p === heavy.id ? others[0] : p))) }
        : { heavy: 'statement not captured', typical: 'statement not captured' };
    }
    const bytes = Buffer.byteLength(route.isMove ? last.res.text : last.text);
    results.push({ route, http, sql, statements: statements.length, plan, bytes, body: route.isMove ? last.res.text : last.text });
  }

  console.log('');
  console.log(
    `Offerpath bench: heavy user with ${HEAVY} applications (${HEAVY * EVENTS_EACH} events), ${ITERATIONS} sequential requests ` +
      `per route after ${WARMUP} warm-up; times in ms (HTTP = client round trip on 127.0.0.1; SQL = the route's statements replayed raw via pg)`,
  );
  console.log('');
  console.log(
    table(
      ['route', 'HTTP p50', 'p95', 'max', 'SQL p50', 'p95', 'stmts', 'response'],
      results.map((r) => [r.route.name, ms(r.http.p50), ms(r.http.p95), ms(r.http.max), ms(r.sql.p50), ms(r.sql.p95), r.statements, kb(r.bytes)]),
    ),
  );
  console.log('');
  const board = results[0];
  const cards = JSON.parse(board.body).columns.reduce((n, c) => n + c.applications.length, 0);
  console.log(
    `/api/board response: ${board.bytes.toLocaleString('en')} bytes (${kb(board.bytes)}) for ${cards} cards, ` +
      `${kb(zlib.gzipSync(board.body).length)} gzipped — what the API sends to clients that accept gzip (Node's fetch does, so the HTTP times include compressing)`,
  );
  console.log('');
  console.log('EXPLAIN (ANALYZE, BUFFERS) of the main statement:');
  for (const r of results.filter((x) => x.plan)) {
    console.log(`  ${r.route.name}\n    heavy (${HEAVY}):   ${r.plan.heavy}\n    typical (${OTHERS_EACH}): ${r.plan.typical}`);
  }
  console.log('  (move: transaction replayed with COMMIT, like the route; get: row + history, 2 statements)');

  const web = webEntrySizes();
  console.log('');
  if (!web) {
    console.log('Web entry JS: apps/web/dist not built (npm run build:web) — skipped');
  } else {
    console.log(`Web entry JS (apps/web/dist, built ${web.builtAt.toISOString().slice(0, 16).replace('T', ' ')}; gzip at zlib's default level):`);
    console.log(
      table(
        ['file', 'raw', 'gzip'],
        [
          ...web.js.map((f) => [f.ref, kb(f.raw), kb(f.gzip)]),
          ['total entry JS', kb(web.js.reduce((n, f) => n + f.raw, 0)), kb(web.js.reduce((n, f) => n + f.gzip, 0))],
          ...web.css.map((f) => [`${f.ref} (css, not in total)`, kb(f.raw), kb(f.gzip)]),
        ],
      )
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
  }
  console.log('');
  log(`Done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`✗ Bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  capturing = null;
  await app?.close().catch(() => undefined);
  if (raw) {
    if (!embedded && userIds.length) {
      await raw.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [userIds]).catch((e) => console.error(`cleanup: ${e.message}`));
    }
    await raw.end().catch(() => undefined);
  }
  await embedded?.stop();
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
}
process.exit(process.exitCode ?? 0);
