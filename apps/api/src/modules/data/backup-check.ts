import { BACKUP_FORMAT, BACKUP_SCHEMA, BACKUP_TABLES, BACKUP_VERSION, type BackupTable, type ColumnSpec, type ColumnType } from './backup-schema.js';

export type BackupRow = Record<string, unknown>;
export type BackupRows = Record<BackupTable, BackupRow[]>;

export interface BackupError {
  /** The table, or null for the document itself. */
  table: string | null;
  /** Index of the row in that table's array (0-based), or null. */
  row: number | null;
  field: string;
  message: string;
}

export type BackupCheck = { ok: true; tables: BackupRows } | { ok: false; errors: BackupError[] };

/** More errors than this are not worth listing: the file is not a backup. */
const MAX_ERRORS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** What is wrong with `value` for a column of `type`, or null. */
function typeError(type: ColumnType, value: unknown): string | null {
  switch (type.kind) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : 'must be a uuid';
    case 'bigint':
      return (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^[1-9]\d{0,18}$/.test(value))
        ? null
        : 'must be a positive whole number';
    case 'text': {
      if (typeof value !== 'string') return 'must be a string';
      if (value.includes('\u0000')) return 'must not contain NUL characters';
      // varchar(n) counts characters (code points), not UTF-16 units.
      return type.max !== undefined && [...value].length > type.max ? `must be at most ${type.max} characters` : null;
    }
    case 'enum':
      return typeof value === 'string' && type.values.includes(value) ? null : `must be one of ${type.values.join(', ')}`;
    case 'int':
      return Number.isInteger(value) && (value as number) >= type.min && (value as number) <= type.max ? null : `must be a whole number from ${type.min} to ${type.max}`;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'bool':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isRealDate(value) ? null : 'must be a date like 2026-05-01';
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')))
        ? null
        : 'must be an ISO 8601 timestamp with an offset';
    case 'time':
      return typeof value === 'string' && TIME.test(value) ? null : 'must be a time like 09:30:00';
    case 'textArray':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && !v.includes('\u0000')) ? null : 'must be a list of strings';
    case 'object':
      return isObject(value) ? null : 'must be an object';
    default: {
      const unreachable: never = type;
      return `unknown column type ${JSON.stringify(unreachable)}`;
    }
  }
}

function columnError(column: ColumnSpec, row: BackupRow): string | null {
  if (!Object.hasOwn(row, column.name)) return 'is missing';
  const value = row[column.name];
  if (value === null) return column.nullable ? null : 'must not be null';
  return typeError(column.type, value);
}

/** Rules the database also enforces, checked here so that the answer names the row. */
function crossRowErrors(table: BackupTable, row: BackupRow): Array<[string, string]> {
  const errors: Array<[string, string]> = [];
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  if (table === 'applications' && n(row.salary_min) !== null && n(row.salary_max) !== null && (row.salary_min as number) > (row.salary_max as number)) {
    errors.push(['salary_max', 'must not be less than salary_min']);
  }
  if (table === 'events') {
    if (row.round_kind !== null && row.type !== 'interview') errors.push(['round_kind', 'is only for interviews']);
    if (typeof row.ends_at === 'string' && typeof row.starts_at === 'string' && Date.parse(row.ends_at) < Date.parse(row.starts_at)) {
      errors.push(['ends_at', 'must not be before starts_at']);
    }
  }
  if (table === 'follow_ups' && (row.rule === null) !== (row.rule_key === null)) errors.push(['rule_key', 'must be set exactly when rule is']);
  if (table === 'companies' && typeof row.normalized_name === 'string' && row.normalized_name === '') errors.push(['normalized_name', 'must not be empty']);
  return errors;
}

/**
 * Checks a parsed backup document against format version 1: its envelope, every row's columns
 * and types, unique ids, and that every reference points at a row of the same backup.
 */
export function checkBackup(doc: unknown): BackupCheck {
  const errors: BackupError[] = [];
  const fail = (table: string | null, row: number | null, field: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ table, row, field, message });
  };
  if (!isObject(doc)) return { ok: false, errors: [{ table: null, row: null, field: 'file', message: 'is not a JSON object' }] };
  if (doc.format !== BACKUP_FORMAT) fail(null, null, 'format', `must be "${BACKUP_FORMAT}": this is not an Offerpath backup`);
  if (doc.version !== BACKUP_VERSION) fail(null, null, 'version', `must be ${BACKUP_VERSION}; this server reads backup version ${BACKUP_VERSION} only`);
  if (!isObject(doc.tables)) fail(null, null, 'tables', 'must be an object of tables');
  if (errors.length > 0) return { ok: false, errors };

  const tables = doc.tables as Record<string, unknown>;
  for (const name of Object.keys(tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(name)) fail(name, null, 'tables', `unknown table "${name}"`);
  }
  const rows = {} as BackupRows;
  for (const table of BACKUP_TABLES) {
    const list = tables[table];
    if (!Array.isArray(list)) {
      fail(table, null, 'tables', `${table} must be a list of rows`);
      rows[table] = [];
      continue;
    }
    rows[table] = list as BackupRow[];
  }
  if (errors.length > 0) return { ok: false, errors };

  const ids = new Map<BackupTable, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const spec = BACKUP_SCHEMA[table];
    const known = new Set(spec.columns.map((c) => c.name));
    const seen = new Set<string>();
    ids.set(table, seen);
    if (table === 'user_settings' && rows[table].length > 1) fail(table, 1, 'user_settings', 'there is one settings row per account');
    rows[table].forEach((row, index) => {
      if (!isObject(row)) return fail(table, index, 'row', 'must be an object');
      for (const key of Object.keys(row)) if (!known.has(key)) fail(table, index, key, 'is not a column of this table');
      for (const column of spec.columns) {
        const message = columnError(column, row);
        if (message) fail(table, index, column.name, message);
      }
      for (const [field, message] of crossRowErrors(table, row)) fail(table, index, field, message);
      if (spec.id !== 'none' && row.id !== undefined) {
        const id = String(row.id);
        if (seen.has(id)) fail(table, index, 'id', 'repeats the id of an earlier row');
        seen.add(id);
      }
    });
  }
  // References last, once every table's ids are known.
  for (const table of BACKUP_TABLES) {
    const refs = BACKUP_SCHEMA[table].columns.filter((c) => c.ref);
    rows[table].forEach((row, index) => {
      if (!isObject(row)) return;
      for (const column of refs) {
        const value = row[column.name];
        if (typeof value === 'string' && !ids.get(column.ref as BackupTable)?.has(value)) {
          fail(table, index, column.name, `points at no row of ${column.ref} in this backup`);
        }
      }
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tables: rows };
}
