#!/usr/bin/env node
// `npm start`: build whatever is missing or stale, then run the server (embedded Postgres
// unless DATABASE_URL is set). Ctrl-C stops the server and the database cleanly.
import { ensureBuilt, API_MAIN } from './lib/build.mjs';

ensureBuilt();
// Run in this process so signals reach the server directly.
await import(API_MAIN);
