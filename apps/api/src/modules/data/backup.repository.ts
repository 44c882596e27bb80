import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BackupRows } from './backup-check.js';
import { BACKUP_SCHEMA, BACKUP_TABLES, type BackupTable, CONTENT_TABLES } from './backup-schema.js';

const prefixed = (alias: string, list: string) =>
  list
    .split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');

/** Table and column names below come from BACKUP_SCHEMA (constants), never from a request. */
function snapshotSql(table: BackupTable): string {
  const spec = BACKUP_SCHEMA[table];
  const pairs = spec.columns.map((c) => `'${c.name}', t.${c.name}`).join(', ');
  return `SELECT coalesce(json_agg(json_build_object(${pairs}) ORDER BY ${prefixed('t', spec.orderBy)}), '[]'::json) AS rows
            FROM ${table} t WHERE t.user_id = $1`;
}

/** Upserts for the per-account singletons: settings and goals a fresh account may already hold. */
const ON_CONFLICT: Partial<Record<BackupTable, string>> = {
  user_settings: 'ON CONFLICT (user_id) DO UPDATE SET ',
  weekly_goals: 'ON CONFLICT (user_id, metric) DO UPDATE SET ',
};

function restoreSql(table: BackupTable): string {
  const spec = BACKUP_SCHEMA[table];
  // History rows get new identity ids, drawn in the order of the old ones.
  const columns = spec.columns.map((c) => c.name).filter((name) => !(spec.id === 'identity' && name === 'id'));
  const conflict = ON_CONFLICT[table];
  const update = conflict ? conflict + columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ') : '';
  return `INSERT INTO ${table} (user_id, ${columns.join(', ')})
          SELECT $1, ${columns.map((c) => `r.${c}`).join(', ')}
            FROM json_populate_recordset(NULL::${table}, $2::json) AS r
           ORDER BY ${prefixed('r', spec.orderBy)}
          ${update}`;
}

@Injectable()
export class BackupRepository {
  constructor(private readonly db: DataSource) {}

  /** Every table of the user's data, one query each, from one consistent snapshot. */
  snapshot(userId: string): Promise<BackupRows> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      // Timestamps leave as UTC ISO strings with their microseconds.
      await tx.query(`SET LOCAL TIME ZONE 'UTC'`);
      const tables = {} as BackupRows;
      for (const table of BACKUP_TABLES) {
        const result: Array<{ rows: BackupRows[BackupTable] }> = await tx.query(snapshotSql(table), [userId]);
        tables[table] = result[0].rows;
      }
      return tables;
    });
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  /** Serialises restores (and their emptiness check) per user. */
  async lockUser(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`restore:${userId}`]);
  }

  /** The content tables that already hold rows of the user: one query. */
  async nonEmptyTables(tx: EntityManager, userId: string): Promise<string[]> {
    const checks = CONTENT_TABLES.map((t) => `CASE WHEN EXISTS (SELECT 1 FROM ${t} WHERE user_id = $1) THEN '${t}' END`).join(', ');
    const rows: Array<{ tables: string[] }> = await tx.query(`SELECT array_remove(ARRAY[${checks}], NULL) AS tables`, [userId]);
    return rows[0].tables;
  }

  /** One set-based INSERT per non-empty table, parents first. */
  async insertAll(tx: EntityManager, userId: string, tables: BackupRows): Promise<void> {
    for (const table of BACKUP_TABLES) {
      if (tables[table].length === 0) continue;
      await tx.query(restoreSql(table), [userId, JSON.stringify(tables[table])]);
    }
  }
}
