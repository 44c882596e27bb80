import fs from 'node:fs';

export default async function globalTeardown() {
  const db = globalThis.__OFFERPATH_DB__;
  if (db) {
    await db.stop();
    fs.rmSync(db.dataDir, { recursive: true, force: true });
  }
}
