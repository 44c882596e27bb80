import type { ReferralStatus } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReferralRow } from './referral.mapper.js';

/**
 * Select list over REFERRAL_FROM: the referrer's name, the application's company and role, and
 * every step aggregated per referral, so a page of referrals is one query.
 */
const REFERRAL_COLUMNS = `r.id, r.application_id AS "applicationId", r.contact_id AS "contactId", k.name AS "contactName",
  a.company_name AS "companyName", a.role_title AS "roleTitle", r.status, r.notes, r.version,
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", ev.events`;

const REFERRAL_FROM = `FROM referrals r
  JOIN contacts k ON k.id = r.contact_id AND k.user_id = r.user_id
  JOIN applications a ON a.id = r.application_id AND a.user_id = r.user_id
  CROSS JOIN LATERAL (
    SELECT COALESCE(json_agg(json_build_object(
             'id', e.id::text, 'fromStatus', e.from_status, 'toStatus', e.to_status,
             'occurredOn', to_char(e.occurred_on, 'YYYY-MM-DD'), 'at', e.at) ORDER BY e.at, e.id), '[]'::json) AS events
      FROM referral_events e WHERE e.referral_id = r.id AND e.user_id = r.user_id) ev`;

export interface ReferralFilter {
  applicationId?: string;
  contactId?: string;
  status?: ReferralStatus;
}

/** Why an insert found nothing to insert: which of the two ids is not the user's. */
export type MissingOwner = 'applicationId' | 'contactId';

@Injectable()
export class ReferralsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async list(userId: string, filter: ReferralFilter, page: number, pageSize: number): Promise<{ rows: ReferralRow[]; total: number }> {
    const where = ['r.user_id = $1'];
    const params: unknown[] = [userId];
    if (filter.applicationId) {
      params.push(filter.applicationId);
      where.push(`r.application_id = $${params.length}`);
    }
    if (filter.contactId) {
      params.push(filter.contactId);
      where.push(`r.contact_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`r.status = $${params.length}`);
    }
    params.push(pageSize, (page - 1) * pageSize);
    const rows: Array<ReferralRow & { total: number }> = await this.db.query(
      `SELECT ${REFERRAL_COLUMNS}, count(*) OVER ()::int AS total ${REFERRAL_FROM}
        WHERE ${where.join(' AND ')}
        ORDER BY r.updated_at DESC, r.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      // Past the last page the window count is absent; count once so the client can step back.
      const counted: Array<{ total: number }> = await this.db.query(
        `SELECT count(*)::int AS total FROM referrals r WHERE ${where.join(' AND ')}`,
        params.slice(0, -2),
      );
      total = counted[0].total;
    }
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  async findOne(userId: string, id: string, tx?: EntityManager): Promise<ReferralRow | null> {
    const rows: ReferralRow[] = await (tx ?? this.db).query(`SELECT ${REFERRAL_COLUMNS} ${REFERRAL_FROM} WHERE r.id = $1 AND r.user_id = $2`, [id, userId]);
    return rows[0] ?? null;
  }

  /** Locks the row for the rest of the transaction; what a write decides on, or null when it is not the user's. */
  async lock(tx: EntityManager, userId: string, id: string): Promise<{ applicationId: string; status: ReferralStatus; version: number } | null> {
    const rows: Array<{ applicationId: string; status: ReferralStatus; version: number }> = await tx.query(
      `SELECT application_id AS "applicationId", status, version FROM referrals WHERE id = $1 AND user_id = $2 FOR UPDATE`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** Inserts only when the application and the contact are both the user's; the new id, or null. */
  async insert(tx: EntityManager, userId: string, values: { applicationId: string; contactId: string; status: ReferralStatus; notes: string | null }): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO referrals (user_id, application_id, contact_id, status, notes)
       SELECT $1, a.id, k.id, $4, $5 FROM applications a, contacts k
        WHERE a.id = $2 AND a.user_id = $1 AND k.id = $3 AND k.user_id = $1
       RETURNING id`,
      [userId, values.applicationId, values.contactId, values.status, values.notes],
    );
    return rows[0]?.id ?? null;
  }

  /** The first of the two ids that is not one of the user's, or null when both are. */
  async missingOwner(userId: string, applicationId: string, contactId: string): Promise<MissingOwner | null> {
    const rows: Array<{ application: boolean; contact: boolean }> = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM applications WHERE id = $2 AND user_id = $1) AS application,
              EXISTS (SELECT 1 FROM contacts WHERE id = $3 AND user_id = $1) AS contact`,
      [userId, applicationId, contactId],
    );
    if (!rows[0].application) return 'applicationId';
    if (!rows[0].contact) return 'contactId';
    return null;
  }

  /** Records a step; `occurredOn` null means today. */
  async appendEvent(tx: EntityManager, userId: string, referralId: string, fromStatus: ReferralStatus | null, toStatus: ReferralStatus, occurredOn: string | null): Promise<void> {
    await tx.query(
      `INSERT INTO referral_events (referral_id, user_id, from_status, to_status, occurred_on)
       VALUES ($1, $2, $3, $4, COALESCE($5::date, CURRENT_DATE))`,
      [referralId, userId, fromStatus, toStatus, occurredOn],
    );
  }

  /** Applies the changes only while the row still has `version`; false when it does not (or is gone). */
  async updateIfVersion(tx: EntityManager, userId: string, id: string, version: number, changes: { notes?: string | null; status?: ReferralStatus }): Promise<boolean> {
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [id, userId, version];
    if (changes.notes !== undefined) {
      params.push(changes.notes);
      sets.push(`notes = $${params.length}`);
    }
    if (changes.status !== undefined) {
      params.push(changes.status);
      sets.push(`status = $${params.length}`);
    }
    const rows: unknown[] = await tx.query(
      `WITH updated AS (UPDATE referrals SET ${sets.join(', ')} WHERE id = $1 AND user_id = $2 AND version = $3 RETURNING id)
       SELECT id FROM updated`,
      params,
    );
    return rows.length > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM referrals WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    return rows.length > 0;
  }
}
