import type { FollowUpKind, FollowUpStatus, FollowUpView } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FollowUpRow, TodayEventRow } from './follow-up.mapper.js';
import { CLOSED, DONE_ORDER, FOLLOW_UP_COLUMNS, PENDING, PENDING_ORDER, TODAY_EVENT_COLUMNS, followUpFrom } from './follow-ups.sql.js';
import { userTodaySql } from '../../common/user-time.sql.js';

/** What a follow-up may link to; each must be one of the user's. */
export interface FollowUpLinks {
  applicationId?: string | null;
  contactId?: string | null;
  referralId?: string | null;
  eventId?: string | null;
}
export type LinkField = keyof FollowUpLinks;
const LINK_TABLES: Record<LinkField, string> = { applicationId: 'applications', contactId: 'contacts', referralId: 'referrals', eventId: 'events' };
const LINK_COLUMNS: Record<LinkField, string> = { applicationId: 'application_id', contactId: 'contact_id', referralId: 'referral_id', eventId: 'event_id' };
const LINK_FIELDS = Object.keys(LINK_TABLES) as LinkField[];

export interface NewFollowUp extends FollowUpLinks {
  kind: FollowUpKind;
  title: string;
  notes: string | null;
  /** null: the user's today. */
  dueOn: string | null;
  dueTime: string | null;
}

export interface FollowUpChanges extends FollowUpLinks {
  kind?: FollowUpKind;
  title?: string;
  notes?: string | null;
  dueOn?: string;
  /** Also move first_due_on (an edit of a follow-up never snoozed). */
  firstDueOn?: string;
  dueTime?: string | null;
  status?: FollowUpStatus;
  /** true: now(); null: clear. */
  completedAt?: true | null;
  cancelledReason?: string | null;
}

export interface FollowUpFilter {
  view?: FollowUpView;
  days: number;
  applicationId?: string;
  contactId?: string;
  referralId?: string;
}

/** The state a write decides on, read under a row lock. */
export interface LockedFollowUp {
  status: FollowUpStatus;
  version: number;
  rule: string | null;
  dueOn: string;
  today: string;
}

export interface TodayBucketRow extends FollowUpRow {
  bucket: 'overdue' | 'today' | 'upcoming';
  bucketTotal: number;
}

/** The most follow-ups a bucket of /api/today lists (its count stays exact). */
export const TODAY_BUCKET_LIMIT = 200;

@Injectable()
export class FollowUpsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async findOne(userId: string, id: string, tx?: EntityManager): Promise<FollowUpRow | null> {
    const rows: FollowUpRow[] = await (tx ?? this.db).query(`SELECT ${FOLLOW_UP_COLUMNS} ${followUpFrom()} WHERE f.id = $1 AND f.user_id = $2`, [id, userId]);
    return rows[0] ?? null;
  }

  /** One page of a view, and the user's today (which the views are relative to). */
  async list(userId: string, filter: FollowUpFilter, page: number, pageSize: number): Promise<{ rows: FollowUpRow[]; total: number; today: string }> {
    const params: unknown[] = [userId];
    const where = ['f.user_id = $1'];
    switch (filter.view) {
      case undefined:
        where.push(`f.status IN ${PENDING}`);
        break;
      case 'overdue':
        where.push(`f.status IN ${PENDING}`, 'f.due_on < c.today');
        break;
      case 'today':
        where.push(`f.status IN ${PENDING}`, 'f.due_on = c.today');
        break;
      case 'upcoming':
        params.push(filter.days);
        where.push(`f.status IN ${PENDING}`, 'f.due_on > c.today', `f.due_on <= c.today + $${params.length}::int`);
        break;
      case 'done':
        where.push(`f.status IN ${CLOSED}`);
        break;
    }
    for (const field of ['applicationId', 'contactId', 'referralId'] as const) {
      if (filter[field]) {
        params.push(filter[field]);
        where.push(`f.${LINK_COLUMNS[field]} = $${params.length}`);
      }
    }
    params.push(pageSize, (page - 1) * pageSize);
    const order = filter.view === 'done' ? DONE_ORDER : PENDING_ORDER;
    // The CTE row always exists, so today (and the count) come back even for an empty page.
    const rows: Array<FollowUpRow & { total: number; today: string; seq: string }> = await this.db.query(
      `WITH c AS (SELECT ${userTodaySql('$1')} AS today),
       page AS (
         SELECT ${FOLLOW_UP_COLUMNS}, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${order}) AS seq
           ${followUpFrom()} CROSS JOIN c
          WHERE ${where.join(' AND ')}
          ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length})
       SELECT to_char(c.today, 'YYYY-MM-DD') AS today, page.* FROM c LEFT JOIN page ON true ORDER BY page.seq`,
      params,
    );
    const today = rows[0].today;
    const items = rows.filter((row) => row.id !== null);
    let total = items[0]?.total ?? 0;
    if (items.length === 0 && page > 1) {
      // Past the last page the window count is absent; count once so the client can step back.
      const counted: Array<{ total: number }> = await this.db.query(
        `WITH c AS (SELECT ${userTodaySql('$1')} AS today) SELECT count(*)::int AS total FROM follow_ups f CROSS JOIN c WHERE ${where.join(' AND ')}`,
        params.slice(0, -2),
      );
      total = counted[0].total;
    }
    return { rows: items.map(({ total: _total, today: _today, ...row }) => row), total, today };
  }

  /** Pending follow-ups due before today and today: one index range scan. */
  async counts(userId: string): Promise<{ overdue: number; today: number }> {
    const rows: Array<{ overdue: number; today: number }> = await this.db.query(
      `WITH c AS (SELECT ${userTodaySql('$1')} AS today)
       SELECT count(*) FILTER (WHERE f.due_on < c.today)::int AS overdue, count(*) FILTER (WHERE f.due_on = c.today)::int AS today
         FROM c LEFT JOIN follow_ups f ON f.user_id = $1 AND f.status IN ${PENDING} AND f.due_on <= c.today`,
      [userId],
    );
    return rows[0];
  }

  /** The user's zone (UTC when unset) and the local date now. */
  async localToday(userId: string): Promise<{ timeZone: string; today: string }> {
    const rows: Array<{ timeZone: string; today: string }> = await this.db.query(
      `SELECT COALESCE(s.time_zone, 'UTC') AS "timeZone", to_char((now() AT TIME ZONE COALESCE(s.time_zone, 'UTC'))::date, 'YYYY-MM-DD') AS today
         FROM (VALUES (1)) AS one LEFT JOIN user_settings s ON s.user_id = $1`,
      [userId],
    );
    return rows[0];
  }

  /** Pending follow-ups due up to `today + days`, bucketed, at most TODAY_BUCKET_LIMIT per bucket with each bucket's full count. */
  dueSoon(userId: string, today: string, days: number): Promise<TodayBucketRow[]> {
    return this.db.query(
      `WITH due AS (
         SELECT f.*, CASE WHEN f.due_on < $2::date THEN 'overdue' WHEN f.due_on = $2::date THEN 'today' ELSE 'upcoming' END AS bucket
           FROM follow_ups f WHERE f.user_id = $1 AND f.status IN ${PENDING} AND f.due_on <= $2::date + $3::int),
       ranked AS (
         SELECT f.*, row_number() OVER (PARTITION BY f.bucket ORDER BY ${PENDING_ORDER}) AS rn, count(*) OVER (PARTITION BY f.bucket)::int AS bucket_total
           FROM due f)
       SELECT ${FOLLOW_UP_COLUMNS}, f.bucket, f.bucket_total AS "bucketTotal" ${followUpFrom('ranked')}
        WHERE f.rn <= ${TODAY_BUCKET_LIMIT}
        ORDER BY ${PENDING_ORDER}`,
      [userId, today, days],
    );
  }

  /** Events starting on the local day `today` in `timeZone` (cancelled ones left out), in time order. */
  eventsOn(userId: string, today: string, timeZone: string): Promise<TodayEventRow[]> {
    return this.db.query(
      `SELECT ${TODAY_EVENT_COLUMNS}
         FROM events e LEFT JOIN applications a ON a.id = e.application_id AND a.user_id = e.user_id
        WHERE e.user_id = $1 AND e.outcome <> 'cancelled'
          AND e.starts_at >= ($2::date)::timestamp AT TIME ZONE $3::text
          AND e.starts_at < ($2::date + 1)::timestamp AT TIME ZONE $3::text
        ORDER BY e.starts_at, e.id`,
      [userId, today, timeZone],
    );
  }

  /** Locks the row for the rest of the transaction; null when it is not the user's. */
  async lock(tx: EntityManager, userId: string, id: string): Promise<LockedFollowUp | null> {
    const rows: LockedFollowUp[] = await tx.query(
      `SELECT f.status, f.version, f.rule, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(${userTodaySql('$2')}, 'YYYY-MM-DD') AS today
         FROM follow_ups f WHERE f.id = $1 AND f.user_id = $2 FOR UPDATE OF f`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** Inserts only when every link given is the user's; the new id, or null. */
  async insert(tx: EntityManager, userId: string, values: NewFollowUp): Promise<string | null> {
    const params: unknown[] = [userId, values.kind, values.title, values.notes, values.dueOn, values.dueTime];
    const linkChecks: string[] = [];
    const linkValues = LINK_FIELDS.map((field) => {
      params.push(values[field] ?? null);
      const p = `$${params.length}::uuid`;
      linkChecks.push(`(${p} IS NULL OR EXISTS (SELECT 1 FROM ${LINK_TABLES[field]} WHERE id = ${p} AND user_id = $1))`);
      return p;
    });
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO follow_ups (user_id, kind, title, notes, due_on, first_due_on, due_time, ${LINK_FIELDS.map((f) => LINK_COLUMNS[f]).join(', ')})
       SELECT $1, $2, $3, $4, d.due, d.due, $6::time, ${linkValues.join(', ')}
         FROM (SELECT COALESCE($5::date, ${userTodaySql('$1')}) AS due) d
        WHERE ${linkChecks.join(' AND ')}
       RETURNING id`,
      params,
    );
    return rows[0]?.id ?? null;
  }

  /** The first link given that is not one of the user's, or null when all are. */
  async missingLink(userId: string, links: FollowUpLinks, tx?: EntityManager): Promise<LinkField | null> {
    const given = LINK_FIELDS.filter((field) => links[field]);
    if (given.length === 0) return null;
    const params: unknown[] = [userId];
    const checks = given.map((field) => {
      params.push(links[field]);
      return `EXISTS (SELECT 1 FROM ${LINK_TABLES[field]} WHERE id = $${params.length} AND user_id = $1) AS "${field}"`;
    });
    const rows: Array<Record<LinkField, boolean>> = await (tx ?? this.db).query(`SELECT ${checks.join(', ')}`, params);
    return given.find((field) => !rows[0][field]) ?? null;
  }

  /** Applies the changes while the row still has `version`; false when it does not (or is gone). */
  async updateIfVersion(tx: EntityManager, userId: string, id: string, version: number, changes: FollowUpChanges): Promise<boolean> {
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [id, userId, version];
    const set = (column: string, value: unknown, cast = '') => {
      params.push(value);
      sets.push(`${column} = $${params.length}${cast}`);
    };
    if (changes.kind !== undefined) set('kind', changes.kind);
    if (changes.title !== undefined) set('title', changes.title);
    if (changes.notes !== undefined) set('notes', changes.notes);
    if (changes.dueOn !== undefined) set('due_on', changes.dueOn, '::date');
    if (changes.firstDueOn !== undefined) set('first_due_on', changes.firstDueOn, '::date');
    if (changes.dueTime !== undefined) set('due_time', changes.dueTime, '::time');
    for (const field of LINK_FIELDS) if (changes[field] !== undefined) set(LINK_COLUMNS[field], changes[field], '::uuid');
    if (changes.status !== undefined) set('status', changes.status);
    if (changes.completedAt !== undefined) sets.push(`completed_at = ${changes.completedAt === true ? 'now()' : 'NULL'}`);
    if (changes.cancelledReason !== undefined) set('cancelled_reason', changes.cancelledReason);
    const rows: unknown[] = await tx.query(
      `WITH updated AS (UPDATE follow_ups SET ${sets.join(', ')} WHERE id = $1 AND user_id = $2 AND version = $3 RETURNING id)
       SELECT id FROM updated`,
      params,
    );
    return rows.length > 0;
  }

  async delete(tx: EntityManager, userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH deleted AS (DELETE FROM follow_ups WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    return rows.length > 0;
  }
}
