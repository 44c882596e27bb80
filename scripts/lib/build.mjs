import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const API_MAIN_FILE = path.join(ROOT, 'apps/api/dist/apps/api/src/main.js');
export const API_MAIN = pathToFileURL(API_MAIN_FILE).href;
const WEB_INDEX = path.join(ROOT, 'apps/web/dist/index.html');

/** Newest modification time of any file under the given folders. */
function newest(...dirs) {
  let latest = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else latest = Math.max(latest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach((dir) => walk(path.join(ROOT, dir)));
  return latest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(label, command, args) {
  console.log(`▸ ${label}…`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the API; tsc -b is incremental, so an up-to-date build costs well under a second. */
export function ensureApiBuilt({ force = false } = {}) {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const fresh = !fs.existsSync(API_MAIN_FILE);
  const args = ['-b', 'apps/api', ...(force ? ['--force'] : [])];
  if (fresh || force) run('Building the API', process.execPath, [tsc, ...args]);
  else if (spawnSync(process.execPath, [tsc, ...args], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Builds the API and the web app when their output is missing or older than their sources. */
export function ensureBuilt({ force = false } = {}) {
  ensureApiBuilt({ force });
  if (force || mtime(WEB_INDEX) < newest('apps/web/src', 'libs/domain/src', 'libs/api-client/src')) {
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    run('Building the web app', process.execPath, [vite, 'build', path.join(ROOT, 'apps/web')]);
  }
}
