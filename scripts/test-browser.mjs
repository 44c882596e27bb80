#!/usr/bin/env node
// Browser tests: builds the app, starts it on a free port with a throwaway data folder, runs
// test/browser/ with Node's test runner against it, then stops the server and cleans up.
//
//   npm run test:browser
//
// Environment:
//   TEST_DATABASE_URL          use this Postgres (passed to the app as DATABASE_URL) instead of
//                              the embedded one; DATABASE_URL itself is never passed through
//   TEST_BROWSER_SKIP_BUILD=1  skip `npm run build` (the app must already be built)
//   TEST_BROWSER_START_TIMEOUT_MS  how long to wait for the server (default 90000)
//   TEST_BROWSER_TIMEOUT_MS    how long the whole test run may take (default 600000)
//   CHROMIUM_PATH              browser executable (default /usr/bin/chromium), read by the tests
// Extra arguments are passed to `node --test`, e.g. `npm run test:browser -- --test-name-pattern=drag`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const serverLogPath = path.join(resultsDir, 'server.log');
const startTimeoutMs = Number(process.env.TEST_BROWSER_START_TIMEOUT_MS) || 90_000;
const testTimeoutMs = Number(process.env.TEST_BROWSER_TIMEOUT_MS) || 600_000;
const stopTimeoutMs = 15_000;

// A closed stdout/stderr (CI runner gone) must not crash us before we clean up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

const log = (message) => console.log(`[test-browser] ${message}`);

/** Foreground children (build, test runner) to forward a Ctrl+C / SIGTERM to. */
const current = new Set();

/** Sends a signal to a child's whole process group (it must have been spawned detached). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command with inherited stdio in its own process group (so that it and everything it
 * started can be stopped together); resolves with its exit code (a signal counts as failure).
 * After `timeoutMs` the group gets SIGTERM, then SIGKILL.
 */
function run(command, args, { timeoutMs = 0, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], detached: true, ...options });
    current.add(child);
    let timer = null;
    let killer = null;
    if (timeoutMs) {
      timer = setTimeout(() => {
        log(`${command} ${args.join(' ')} took longer than ${timeoutMs / 1000} s; stopping it`);
        killGroup(child, 'SIGTERM');
        killer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      }, timeoutMs);
    }
    const done = () => {
      current.delete(child);
      clearTimeout(timer);
      clearTimeout(killer);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      done();
      // Leftovers in its group (e.g. a browser a crashed test left open).
      killGroup(child, 'SIGKILL');
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1));
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The started server: process, captured output, exit promise. */
function startServer({ port, dataDir }) {
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  // Its own process group, so that a stuck server and whatever it spawned (Postgres) can be
  // killed together.
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = [];
  const logStream = fs.createWriteStream(serverLogPath);
  const capture = (chunk) => {
    output.push(chunk.toString());
    logStream.write(chunk);
  };
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => {
      capture(`\n[test-browser] could not spawn the server: ${error.message}\n`);
      resolve({ code: null, signal: null, error });
    });
  });
  let exitInfo = null;
  exited.then((info) => {
    exitInfo = info;
    logStream.end();
  });
  return {
    child,
    exited,
    get exitInfo() {
      return exitInfo;
    },
    text: () => output.join(''),
  };
}

async function waitUntilReady(server, baseUrl) {
  const deadline = Date.now() + startTimeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitInfo) {
      const { code, signal } = server.exitInfo;
      throw new Error(`the server exited before it was ready (code ${code}, signal ${signal})`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/auth/me`, { signal: AbortSignal.timeout(3000) });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status === 401) return;
      lastProblem = `GET /api/auth/me answered ${response.status}, expected 401`;
    } catch (error) {
      lastProblem = `GET /api/auth/me failed: ${error.cause?.code ?? error.message}`;
    }
    await sleep(500);
  }
  throw new Error(`the server was not ready within ${startTimeoutMs / 1000} s (${lastProblem})`);
}

async function stopServer(server) {
  if (!server || server.exitInfo) return;
  const { child } = server;
  log('stopping the server (SIGINT)');
  killGroup(child, 'SIGINT');
  const timedOut = await Promise.race([server.exited.then(() => false), sleep(stopTimeoutMs).then(() => true)]);
  if (timedOut) {
    log(`the server did not stop within ${stopTimeoutMs / 1000} s; killing its process group`);
    killGroup(child, 'SIGKILL');
    await Promise.race([server.exited, sleep(5000)]);
  } else {
    const { code, signal } = server.exitInfo ?? {};
    if (code !== 0 && code !== null) log(`the server exited with code ${code} on SIGINT`);
    if (signal) log(`the server exited on signal ${signal}`);
  }
  // Anything the server left running in its group (should be nothing after a clean stop).
  killGroup(child, 'SIGKILL');
}

function printServerOutput(server, lastLines) {
  if (!server) return;
  let lines = server.text().split('\n');
  const omitted = lastLines && lines.length > lastLines ? lines.length - lastLines : 0;
  if (omitted) lines = lines.slice(-lastLines);
  console.error(`\n----- server output${omitted ? ` (last ${lastLines} lines; full log in ${path.relative(root, serverLogPath)})` : ''} -----`);
  console.error(lines.join('\n'));
  console.error('----- end of server output -----\n');
}

let server = null;
let dataDir = null;
let cleaningUp = null;

async function cleanup() {
  cleaningUp ??= (async () => {
    await stopServer(server).catch((error) => log(`stopping the server failed: ${error.message}`));
    if (dataDir) {
      try {
        fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
      } catch (error) {
        log(`could not remove ${dataDir}: ${error.message}`);
      }
    }
  })();
  return cleaningUp;
}

// Last resort if we exit some other way: nothing may outlive us, no temp folder left behind.
process.on('exit', () => {
  for (const child of current) killGroup(child, 'SIGKILL');
  if (server && !server.exitInfo) killGroup(server.child, 'SIGKILL');
  if (dataDir) {
    try {
      fs.rmSync(dataDir, { recursive: true, force: true });
    } catch {
      /* nothing more to do */
    }
  }
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`received ${signal}; cleaning up`);
    for (const child of current) killGroup(child, signal);
    cleanup().finally(() => process.exit(128 + (os.constants.signals[signal] ?? 1)));
  });
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });

  if (process.env.TEST_BROWSER_SKIP_BUILD === '1') {
    log('skipping the build (TEST_BROWSER_SKIP_BUILD=1)');
  } else {
    log('building the app: npm run build');
    const code = await run('npm', ['run', 'build']);
    if (code !== 0) {
      log(`npm run build failed with code ${code}`);
      return code;
    }
  }

  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offerpath-browser-'));
  // mkdtemp makes the folder private (0700); as root the embedded Postgres runs as the
  // `postgres` OS user, which must be able to enter it.
  fs.chmodSync(dataDir, 0o755);
  const baseUrl = `http://localhost:${port}`;
  log(`starting the server on ${baseUrl} (DATA_DIR=${dataDir}${process.env.TEST_DATABASE_URL ? ', DATABASE_URL from TEST_DATABASE_URL' : ', embedded Postgres'})`);
  server = startServer({ port, dataDir });
  const startedAt = Date.now();
  try {
    await waitUntilReady(server, baseUrl);
  } catch (error) {
    log(`the server did not start: ${error.message}`);
    printServerOutput(server);
    return 1;
  }
  if (!server.text().includes(`http://localhost:${port}`)) {
    log(`note: the server answers but has not printed http://localhost:${port}`);
  }
  log(`server ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  const testArgs = ['--test', '--test-reporter=spec', ...process.argv.slice(2), 'test/browser/'];
  log(`running: node ${testArgs.join(' ')}`);
  const testCode = await run(process.execPath, testArgs, {
    env: { ...process.env, BASE_URL: baseUrl },
    timeoutMs: testTimeoutMs,
  });
  if (testCode !== 0) {
    log(`browser tests failed (exit code ${testCode}); screenshots and logs are in ${path.relative(root, resultsDir)}/`);
    printServerOutput(server, 150);
  }
  return testCode;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
  printServerOutput(server);
  exitCode = 1;
} finally {
  await cleanup();
}
log(exitCode === 0 ? 'passed' : `failed (exit code ${exitCode})`);
process.exit(exitCode);
