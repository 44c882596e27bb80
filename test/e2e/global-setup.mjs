// One real Postgres for the e2e run: TEST_DATABASE_URL when given, otherwise a throwaway
// embedded cluster on a free port. Migrated once here; tests isolate themselves by creating
// their own users. Jest loads this file outside its module pipeline, so it uses the compiled API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../apps/api/dist/apps/api/src/database/data-source.js';
import { startEmbeddedPostgres } from '../../apps/api/dist/apps/api/src/database/embedded-postgres.js';

export default async function globalSetup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offerpath-test-'));
    fs.chmodSync(dataDir, 0o755); // as root, the postgres OS user must be able to enter it
    const db = await startEmbeddedPostgres({ dataDir, persistent: false, log: () => undefined });
    globalThis.__OFFERPATH_DB__ = db;
    url = db.url;
  }
  await migrate(url);
  process.env.OFFERPATH_TEST_DATABASE_URL = url;
}
