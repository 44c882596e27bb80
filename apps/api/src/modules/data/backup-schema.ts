import {
  APPLICATION_CONTACT_ROLES, CHANNELS, CONTACT_KINDS, EVENT_OUTCOMES, EVENT_TYPES, FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, GOAL_METRICS,
  OPEN_STAGES, OUTREACH_TYPES, PROBLEM_DIFFICULTIES, REFERRAL_STATUSES, ROUND_KINDS, STAGES, WORK_MODES,
} from '@offerpath/domain';

/**
 * The backup file format, version 1: every table of a user's data with its columns exactly as
 * stored (snake_case, user_id left out). Restore checks every row against this and remaps ids.
 * A new column means a new format version (and reading version 1 with its default).
 */
export const BACKUP_FORMAT = 'offerpath-backup';
export const BACKUP_VERSION = 1;

export type ColumnType =
  | { kind: 'uuid' }
  | { kind: 'bigint' }
  | { kind: 'text'; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'float' }
  | { kind: 'bool' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'time' }
  | { kind: 'textArray' }
  | { kind: 'object' };

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /** A foreign key to another table of the backup (by its `id`). */
  ref?: BackupTable;
}

export interface TableSpec {
  /** 'uuid': gets a new uuid; 'identity': a new bigint from the sequence (insert order kept); 'none': keyed by the user. */
  id: 'uuid' | 'identity' | 'none';
  columns: ColumnSpec[];
  /** Backup order (and insert order for identity tables). */
  orderBy: string;
}

const uuid = { kind: 'uuid' } as const;
const ts = { kind: 'timestamp' } as const;
const date = { kind: 'date' } as const;
const text = (max?: number) => ({ kind: 'text', max }) as const;
const oneOf = (values: readonly string[]) => ({ kind: 'enum', values }) as const;
const int = (min: number, max: number) => ({ kind: 'int', min, max }) as const;
const VERSION: ColumnSpec = { name: 'version', type: int(1, 2_147_483_647) };
const INT4 = 2_147_483_647;

/** Tables in insert order: a row's references come before it. */
export const BACKUP_TABLES = [
  'companies', 'applications', 'application_events', 'contacts', 'outreach', 'application_contacts', 'referrals', 'referral_events',
  'events', 'event_contacts', 'follow_ups', 'user_settings', 'weekly_goals', 'prep_problems', 'prep_topics',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BACKUP_SCHEMA: Record<BackupTable, TableSpec> = {
  companies: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'name', type: text(200) },
      { name: 'normalized_name', type: text(200) },
      { name: 'created_at', type: ts },
    ],
  },
  applications: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'company_id', type: uuid, nullable: true, ref: 'companies' },
      { name: 'company_name', type: text(200) },
      { name: 'role_title', type: text(200) },
      { name: 'job_url', type: text(2048), nullable: true },
      { name: 'location', type: text(200), nullable: true },
      { name: 'work_mode', type: oneOf(WORK_MODES), nullable: true },
      { name: 'salary_min', type: int(0, INT4), nullable: true },
      { name: 'salary_max', type: int(0, INT4), nullable: true },
      { name: 'salary_currency', type: text(3), nullable: true },
      { name: 'channel', type: oneOf(CHANNELS) },
      { name: 'stage', type: oneOf(STAGES) },
      { name: 'last_open_stage', type: oneOf(OPEN_STAGES), nullable: true },
      { name: 'excitement', type: int(1, 5), nullable: true },
      { name: 'notes', type: text(), nullable: true },
      { name: 'applied_on', type: date, nullable: true },
      { name: 'offer_deadline', type: date, nullable: true },
      { name: 'resume_version', type: text(100), nullable: true },
      { name: 'archived', type: { kind: 'bool' } },
      { name: 'position', type: { kind: 'float' } },
      VERSION,
      { name: 'stage_changed_at', type: ts },
      { name: 'created_at', type: ts },
      { name: 'updated_at', type: ts },
    ],
  },
  application_events: {
    id: 'identity',
    orderBy: 'id',
    columns: [
      { name: 'id', type: { kind: 'bigint' } },
      { name: 'application_id', type: uuid, ref: 'applications' },
      { name: 'type', type: oneOf(['created', 'stage_changed']) },
      { name: 'from_stage', type: oneOf(STAGES), nullable: true },
      { name: 'to_stage', type: oneOf(STAGES) },
      { name: 'at', type: ts },
    ],
  },
  contacts: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'company_id', type: uuid, nullable: true, ref: 'companies' },
      { name: 'name', type: text(200) },
      { name: 'title', type: text(200), nullable: true },
      { name: 'linkedin_url', type: text(2048), nullable: true },
      { name: 'email', type: text(254), nullable: true },
      { name: 'phone', type: text(50), nullable: true },
      { name: 'kind', type: oneOf(CONTACT_KINDS) },
      { name: 'tags', type: { kind: 'textArray' } },
      { name: 'notes', type: text(), nullable: true },
      { name: 'how_met', type: text(500), nullable: true },
      { name: 'connected_on', type: date, nullable: true },
      VERSION,
      { name: 'created_at', type: ts },
      { name: 'updated_at', type: ts },
    ],
  },
  outreach: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'contact_id', type: uuid, ref: 'contacts' },
      { name: 'application_id', type: uuid, nullable: true, ref: 'applications' },
      { name: 'type', type: oneOf(OUTREACH_TYPES) },
      { name: 'occurred_on', type: date },
      { name: 'note', type: text(), nullable: true },
      { name: 'created_at', type: ts },
    ],
  },
  application_contacts: {
    id: 'none',
    orderBy: 'created_at, application_id, contact_id, role',
    columns: [
      { name: 'application_id', type: uuid, ref: 'applications' },
      { name: 'contact_id', type: uuid, ref: 'contacts' },
      { name: 'role', type: oneOf(APPLICATION_CONTACT_ROLES) },
      { name: 'created_at', type: ts },
    ],
  },
  referrals: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'application_id', type: uuid, ref: 'applications' },
      { name: 'contact_id', type: uuid, ref: 'contacts' },
      { name: 'status', type: oneOf(REFERRAL_STATUSES) },
      { name: 'notes', type: text(), nullable: true },
      VERSION,
      { name: 'created_at', type: ts },
      { name: 'updated_at', type: ts },
    ],
  },
  referral_events: {
    id: 'identity',
    orderBy: 'id',
    columns: [
      { name: 'id', type: { kind: 'bigint' } },
      { name: 'referral_id', type: uuid, ref: 'referrals' },
      { name: 'from_status', type: oneOf(REFERRAL_STATUSES), nullable: true },
      { name: 'to_status', type: oneOf(REFERRAL_STATUSES) },
      { name: 'occurred_on', type: date },
      { name: 'at', type: ts },
    ],
  },
  events: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'application_id', type: uuid, nullable: true, ref: 'applications' },
      { name: 'type', type: oneOf(EVENT_TYPES) },
      { name: 'round_kind', type: oneOf(ROUND_KINDS), nullable: true },
      { name: 'title', type: text(200) },
      { name: 'starts_at', type: ts },
      { name: 'ends_at', type: ts, nullable: true },
      { name: 'time_zone', type: text(64) },
      { name: 'location', type: text(500), nullable: true },
      { name: 'url', type: text(2048), nullable: true },
      { name: 'notes', type: text(), nullable: true },
      { name: 'outcome', type: oneOf(EVENT_OUTCOMES) },
      VERSION,
      { name: 'created_at', type: ts },
      { name: 'updated_at', type: ts },
    ],
  },
  event_contacts: {
    id: 'none',
    orderBy: 'created_at, event_id, contact_id',
    columns: [
      { name: 'event_id', type: uuid, ref: 'events' },
      { name: 'contact_id', type: uuid, ref: 'contacts' },
      { name: 'note', type: text(), nullable: true },
      { name: 'created_at', type: ts },
    ],
  },
  follow_ups: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'kind', type: oneOf(FOLLOW_UP_KINDS) },
      { name: 'title', type: text(200) },
      { name: 'notes', type: text(), nullable: true },
      { name: 'due_on', type: date },
      { name: 'due_time', type: { kind: 'time' }, nullable: true },
      { name: 'first_due_on', type: date },
      { name: 'status', type: oneOf(FOLLOW_UP_STATUSES) },
      { name: 'application_id', type: uuid, nullable: true, ref: 'applications' },
      { name: 'contact_id', type: uuid, nullable: true, ref: 'contacts' },
      { name: 'referral_id', type: uuid, nullable: true, ref: 'referrals' },
      { name: 'event_id', type: uuid, nullable: true, ref: 'events' },
      { name: 'rule', type: text(48), nullable: true },
      // Cadence keys embed the ids of their subjects ("portal_no_response:<application id>"): remapped too.
      { name: 'rule_key', type: text(200), nullable: true },
      { name: 'completed_at', type: ts, nullable: true },
      { name: 'cancelled_reason', type: text(32), nullable: true },
      VERSION,
      { name: 'created_at', type: ts },
      { name: 'updated_at', type: ts },
    ],
  },
  user_settings: {
    id: 'none',
    orderBy: 'updated_at',
    // calendar_token is left out on purpose: a backup file must not carry a live feed secret.
    columns: [
      { name: 'time_zone', type: text(64) },
      { name: 'digest_enabled', type: { kind: 'bool' } },
      { name: 'digest_hour', type: int(0, 23) },
      { name: 'ghost_after_days', type: int(7, 365) },
      { name: 'cadence', type: { kind: 'object' } },
      { name: 'prep_target', type: int(1, 2000) },
      VERSION,
      { name: 'updated_at', type: ts },
    ],
  },
  weekly_goals: {
    id: 'none',
    orderBy: 'metric',
    columns: [
      { name: 'metric', type: oneOf(GOAL_METRICS) },
      { name: 'target', type: int(0, 1000) },
      { name: 'updated_at', type: ts },
    ],
  },
  prep_problems: {
    id: 'uuid',
    orderBy: 'created_at, id',
    columns: [
      { name: 'id', type: uuid },
      { name: 'solved_on', type: date },
      { name: 'count', type: int(1, 100) },
      { name: 'title', type: text(200), nullable: true },
      { name: 'url', type: text(2048), nullable: true },
      { name: 'difficulty', type: oneOf(PROBLEM_DIFFICULTIES), nullable: true },
      { name: 'created_at', type: ts },
    ],
  },
  prep_topics: {
    id: 'none',
    orderBy: 'topic',
    columns: [
      { name: 'topic', type: text(64) },
      { name: 'covered_on', type: date },
      { name: 'notes', type: text(), nullable: true },
    ],
  },
};

/** Tables whose rows make an account "not empty" for a restore (settings and goals are overwritten instead). */
export const CONTENT_TABLES = BACKUP_TABLES.filter((t) => t !== 'user_settings' && t !== 'weekly_goals');
