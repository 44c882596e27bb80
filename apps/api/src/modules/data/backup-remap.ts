import { randomUUID } from 'node:crypto';
import type { BackupRow, BackupRows } from './backup-check.js';
import { BACKUP_SCHEMA, BACKUP_TABLES, type BackupTable } from './backup-schema.js';

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A checked backup with a new id for every uuid row and every reference moved along, so that it
 * can be restored beside the original (same database, another account). Identity ids (history
 * rows) stay as they are: they only order the insert, which draws new ones.
 */
export function remapBackup(tables: BackupRows, newId: () => string = randomUUID): BackupRows {
  const byTable = new Map<BackupTable, Map<string, string>>();
  const anyTable = new Map<string, string>();
  for (const table of BACKUP_TABLES) {
    const map = new Map<string, string>();
    byTable.set(table, map);
    if (BACKUP_SCHEMA[table].id !== 'uuid') continue;
    for (const row of tables[table]) {
      const id = newId();
      map.set(row.id as string, id);
      if (!anyTable.has(row.id as string)) anyTable.set(row.id as string, id);
    }
  }
  const out = {} as BackupRows;
  for (const table of BACKUP_TABLES) {
    const spec = BACKUP_SCHEMA[table];
    const ids = byTable.get(table) as Map<string, string>;
    out[table] = tables[table].map((row) => {
      const copy: BackupRow = { ...row };
      if (spec.id === 'uuid') copy.id = ids.get(row.id as string);
      for (const column of spec.columns) {
        if (column.ref && typeof row[column.name] === 'string') copy[column.name] = byTable.get(column.ref)?.get(row[column.name] as string);
      }
      // Cadence keys name their subject's id; an id the backup does not have stays as it was.
      if (table === 'follow_ups' && typeof row.rule_key === 'string') {
        copy.rule_key = row.rule_key.replace(UUID_IN_TEXT, (id) => anyTable.get(id) ?? id);
      }
      return copy;
    });
  }
  return out;
}
