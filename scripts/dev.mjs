#!/usr/bin/env node
// `npm run dev`: the API with hot reload plus Vite's dev server.
//
//   tsc -b apps/api --watch   recompiles on every save; after each build without errors the API
//                             (node apps/api/dist/apps/api/src/main.js, PORT=3000, WEB_DIR='')
//                             is stopped cleanly and started again
//   vite (apps/web)           http://localhost:5173, proxies /api to :3000 (apps/web/vite.config.ts)
//
// The API keeps its usual database: DATABASE_URL, or the embedded Postgres in ./.data (DATA_DIR),
// which it starts and stops itself. Ctrl-C stops everything and waits for it (a second Ctrl-C
// kills what is left).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/build.mjs';

const API_PORT = 3000;
const WEB_PORT = 5173; // fixed in apps/web/vite.config.ts, whose proxy expects the API on 3000
const STOP_TIMEOUT_MS = 20_000;
const API_MAIN = path.join(ROOT, 'apps/api/dist/apps/api/src/main.js');

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const LABELS = { dev: paint('35', '[dev] '), tsc: paint('34', '[tsc] '), api: paint('32', '[api] '), web: paint('36', '[web] ') };
const log = (message) => console.log(`${LABELS.dev}${message}`);
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

// ── pre-flight ────────────────────────────────────────────────────────────────────────────────

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** A live postmaster on the embedded cluster `npm start` would use (see seed-demo.mjs). */
function embeddedInUse() {
  if (process.env.DATABASE_URL?.trim()) return null;
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR?.trim() || '.data');
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  for (const dir of [path.join(dataDir, 'pg'), path.join(os.tmpdir(), `offerpath-pg-${key}`, 'pg')]) {
    const lock = path.join(dir, 'postmaster.pid');
    if (!fs.existsSync(lock)) continue;
    const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 0);
      return lock;
    } catch (error) {
      if (error.code === 'EPERM') return lock; // alive; ESRCH is a stale lock Postgres clears itself
    }
  }
  return null;
}

for (const [port, what] of [[API_PORT, 'the API'], [WEB_PORT, "Vite's dev server"]]) {
  if (!(await portFree(port))) {
    console.error(`✗ Port ${port} (for ${what}) is already in use. Is Offerpath (npm start / npm run dev) already running?`);
    process.exit(1);
  }
}
const lock = embeddedInUse();
if (lock) {
  console.error(`✗ The embedded database is in use (${lock}). Stop the running Offerpath (npm start) first.`);
  process.exit(1);
}

// ── children ──────────────────────────────────────────────────────────────────────────────────

/**
 * Children run in their own process groups, so a Ctrl-C in the terminal reaches only this
 * script, which then stops them in order (the API stops its embedded Postgres itself; Postgres
 * must not get the terminal's SIGINT behind the API's back).
 */
function start(name, args, { cwd = ROOT, env = {}, onLine } = {}) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...(color ? { FORCE_COLOR: '1' } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      console.error(`${LABELS[name]}${error.message}`);
      resolve({ code: 1, signal: null });
    });
  });
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        out.write(`${LABELS[name]}${line}\n`);
        onLine?.(stripAnsi(line));
      }
    });
    stream.on('end', () => {
      if (rest) out.write(`${LABELS[name]}${rest}\n`);
    });
  }
  return child;
}

const alive = (child) => child && child.exitCode === null && child.signalCode === null;

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` to the child alone, waits for it, then clears out whatever is left in its group. */
async function stop(child, signal) {
  if (!child) return;
  if (alive(child)) child.kill(signal);
  const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    log(`pid ${child.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    signalGroup(child, 'SIGKILL');
    await child.exited;
  }
  // Leftovers (a Postgres the API could not stop, Vite's helpers): ask nicely, then insist.
  if (!groupAlive(child)) return;
  signalGroup(child, 'SIGINT');
  for (let i = 0; i < 50 && groupAlive(child); i += 1) await sleep(100);
  signalGroup(child, 'SIGKILL');
}

let stopping = false;
let api = null;
let apiExpectedExit = false;
let restarting = false;
let restartAgain = false;
let restartTimer = null;
let apiUrlShown = false;
let webReady = false;

function banner() {
  if (!apiUrlShown || !webReady) return;
  log('');
  log(paint('1', `Web app (hot reload):  http://localhost:${WEB_PORT}`));
  log(`API:                   http://localhost:${API_PORT}/api   (docs: http://localhost:${API_PORT}/api/docs)`);
  log('Edit apps/api, libs/domain or migrations to restart the API; apps/web reloads in place. Ctrl-C stops.');
  log('');
}

function startApi() {
  apiExpectedExit = false;
  const child = start('api', ['--enable-source-maps', API_MAIN], {
    env: { PORT: String(API_PORT), WEB_DIR: '' },
    onLine: (line) => {
      if (!apiUrlShown && line.includes('Offerpath is running at')) {
        apiUrlShown = true;
        banner();
      }
    },
  });
  api = child;
  void child.exited.then(({ code, signal }) => {
    if (api === child) api = null;
    if (!apiExpectedExit && !stopping) {
      log(`The API exited (${signal ?? `code ${code}`}); it restarts after the next successful build.`);
    }
  });
}

async function restartApi() {
  if (restarting) {
    restartAgain = true;
    return;
  }
  restarting = true;
  do {
    restartAgain = false;
    if (api) {
      log('Build OK, restarting the API…');
      apiExpectedExit = true;
      await stop(api, 'SIGINT');
    }
    if (stopping) break;
    startApi();
  } while (restartAgain && !stopping);
  restarting = false;
}

const tsc = start('tsc', [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api', '--watch', '--preserveWatchOutput'], {
  onLine: (line) => {
    const built = /Found (\d+) errors?\. Watching for file changes/.exec(line);
    if (!built || stopping) return;
    if (built[1] === '0') {
      clearTimeout(restartTimer);
      restartTimer = setTimeout(() => void restartApi(), 200);
    } else {
      log(api ? 'Type errors: the API keeps running the previous build until they are fixed.' : 'Type errors: the API starts once they are fixed.');
    }
  },
});

const web = start('web', [path.join(ROOT, 'node_modules/vite/bin/vite.js'), '--port', String(WEB_PORT), '--strictPort'], {
  cwd: path.join(ROOT, 'apps/web'),
  onLine: (line) => {
    if (!webReady && line.includes('Local:')) {
      webReady = true;
      banner();
    }
  },
});

log(`Compiling the API (tsc --watch) and starting Vite on http://localhost:${WEB_PORT} …`);

// ── shutdown ──────────────────────────────────────────────────────────────────────────────────

async function shutdown(reason, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  clearTimeout(restartTimer);
  log(`${reason}: stopping the API (and its database), Vite and tsc…`);
  apiExpectedExit = true;
  // The API first: it closes its connections, then stops the embedded Postgres cleanly.
  await Promise.all([stop(api, 'SIGINT'), stop(web, 'SIGTERM'), stop(tsc, 'SIGTERM')]);
  while (restarting) await sleep(50); // a restart in flight started nothing new, but let it settle
  if (api) await stop(api, 'SIGINT');
  log('Stopped.');
  process.exit(exitCode);
}

let firstSignalAt = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!stopping) {
      firstSignalAt = Date.now();
      void shutdown(signal);
      return;
    }
    // `npm run` forwards the terminal's Ctrl-C, so one keypress can arrive twice: only a later
    // one means "stop waiting".
    if (Date.now() - firstSignalAt < 1500) return;
    log('Forced: killing everything now.');
    for (const child of [api, web, tsc]) if (child) signalGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

for (const [child, name] of [[tsc, 'tsc --watch'], [web, 'Vite']]) {
  void child.exited.then(({ code, signal }) => {
    if (!stopping) void shutdown(`${name} exited (${signal ?? `code ${code}`})`, 1);
  });
}
