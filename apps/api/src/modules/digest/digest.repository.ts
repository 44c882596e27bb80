import { PENDING_FOLLOW_UP_STATUSES, type EventType, type FollowUpKind } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A user with the digest on, and the local day of the last digest claimed for them. */
export interface DigestRecipient {
  userId: string;
  email: string;
  name: string;
  timeZone: string;
  digestHour: number;
  lastClaimedOn: string | null;
}

export interface DigestFollowUp {
  id: string;
  title: string;
  kind: FollowUpKind;
  dueOn: string;
  dueTime: string | null;
  companyName: string | null;
}

export interface DigestEvent {
  id: string;
  title: string;
  type: EventType;
  startsAt: Date;
  location: string | null;
  companyName: string | null;
}

/** Listed per section in one email; the rest are counted. */
export const DIGEST_SECTION_LIMIT = 50;
/** Claims older than this are pruned: only the latest per user matters. */
const CLAIM_RETENTION_DAYS = 14;

@Injectable()
export class DigestRepository {
  constructor(private readonly db: DataSource) {}

  async recipients(manager: EntityManager): Promise<DigestRecipient[]> {
    return manager.query(
      `SELECT s.user_id AS "userId", u.email, u.name, s.time_zone AS "timeZone", s.digest_hour AS "digestHour",
              to_char(d.last, 'YYYY-MM-DD') AS "lastClaimedOn"
         FROM user_settings s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN LATERAL (SELECT max(local_date) AS last FROM digest_sends WHERE user_id = s.user_id) d ON true
        WHERE s.digest_enabled
        ORDER BY s.user_id`,
    );
  }

  /**
   * Claims the user's digest of `localDate`, committed at once (outside the job's transaction),
   * so that a crash after sending can never lead to a second email: true when this call won.
   */
  async claim(userId: string, localDate: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO digest_sends (user_id, local_date) VALUES ($1, $2::date) ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, localDate],
    );
    return rows.length > 0;
  }

  /** Gives a claim back after a failed send, so a later tick tries again. */
  async release(userId: string, localDate: string): Promise<void> {
    await this.db.query(`DELETE FROM digest_sends WHERE user_id = $1 AND local_date = $2::date`, [userId, localDate]);
  }

  async pruneClaims(manager: EntityManager, now: Date): Promise<void> {
    await manager.query(`DELETE FROM digest_sends WHERE local_date < ($1::timestamptz - make_interval(days => $2))::date`, [
      now.toISOString(),
      CLAIM_RETENTION_DAYS,
    ]);
  }

  /**
   * Pending follow-ups due on or before the user's `localDate` (overdue, then today's), soonest
   * first, with how many there are in all and how many of them are overdue.
   */
  async dueFollowUps(manager: EntityManager, userId: string, localDate: string): Promise<{ rows: DigestFollowUp[]; total: number; overdue: number }> {
    const rows: Array<DigestFollowUp & { total: number; overdue: number }> = await manager.query(
      `SELECT f.id, f.title, f.kind, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(f.due_time, 'HH24:MI') AS "dueTime",
              a.company_name AS "companyName", count(*) OVER ()::int AS total,
              (count(*) FILTER (WHERE f.due_on < $3::date) OVER ())::int AS overdue
         FROM follow_ups f
         LEFT JOIN applications a ON a.id = f.application_id AND a.user_id = f.user_id
        WHERE f.user_id = $1 AND f.status = ANY($2) AND f.due_on <= $3::date
        ORDER BY f.due_on, f.due_time NULLS FIRST, f.id LIMIT $4`,
      [userId, [...PENDING_FOLLOW_UP_STATUSES], localDate, DIGEST_SECTION_LIMIT],
    );
    return { rows: rows.map(({ total: _total, overdue: _overdue, ...row }) => row), total: rows[0]?.total ?? 0, overdue: rows[0]?.overdue ?? 0 };
  }

  /** Events starting in [from, to) that were not cancelled, in order, and how many there are. */
  async eventsBetween(manager: EntityManager, userId: string, from: Date, to: Date): Promise<{ rows: DigestEvent[]; total: number }> {
    const rows: Array<DigestEvent & { total: number }> = await manager.query(
      `SELECT e.id, e.title, e.type, e.starts_at AS "startsAt", e.location, a.company_name AS "companyName", count(*) OVER ()::int AS total
         FROM events e
         LEFT JOIN applications a ON a.id = e.application_id AND a.user_id = e.user_id
        WHERE e.user_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3 AND e.outcome <> 'cancelled'
        ORDER BY e.starts_at, e.id LIMIT $4`,
      [userId, from.toISOString(), to.toISOString(), DIGEST_SECTION_LIMIT],
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }
}
