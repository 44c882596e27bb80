import { PENDING_FOLLOW_UP_STATUSES } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarEventRow, CalendarFollowUpRow } from './calendar-ics.js';

/** A feed holds at most this many events and this many follow-ups (the earliest in its window). */
export const FEED_LIMIT = 2000;

const EVENT_COLUMNS = `e.id, e.title, e.type, e.round_kind AS "roundKind", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.time_zone AS "timeZone", e.location, e.url, e.notes, e.outcome, e.version, e.updated_at AS "updatedAt",
  a.company_name AS "companyName", a.role_title AS "roleTitle"`;

const EVENT_FROM = `FROM events e LEFT JOIN applications a ON a.id = e.application_id AND a.user_id = e.user_id`;

@Injectable()
export class CalendarRepository {
  constructor(private readonly db: DataSource) {}

  /** The owner of a feed token (an equality lookup on the unique index), or null. */
  async findFeedOwner(token: string): Promise<{ userId: string; timeZone: string } | null> {
    const rows: Array<{ userId: string; timeZone: string }> = await this.db.query(
      `SELECT user_id AS "userId", time_zone AS "timeZone" FROM user_settings WHERE calendar_token = $1`,
      [token],
    );
    return rows[0] ?? null;
  }

  async timeZone(userId: string): Promise<string> {
    const rows: Array<{ timeZone: string }> = await this.db.query(`SELECT time_zone AS "timeZone" FROM user_settings WHERE user_id = $1`, [userId]);
    return rows[0]?.timeZone ?? 'UTC';
  }

  async eventsFrom(userId: string, from: Date): Promise<CalendarEventRow[]> {
    return this.db.query(
      `SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.user_id = $1 AND e.starts_at >= $2 ORDER BY e.starts_at, e.id LIMIT $3`,
      [userId, from.toISOString(), FEED_LIMIT],
    );
  }

  async event(userId: string, id: string): Promise<CalendarEventRow | null> {
    const rows: CalendarEventRow[] = await this.db.query(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.id = $1 AND e.user_id = $2`, [id, userId]);
    return rows[0] ?? null;
  }

  /** Pending (open or snoozed) follow-ups due on or after `fromDate` ('YYYY-MM-DD'). */
  async pendingFollowUpsFrom(userId: string, fromDate: string): Promise<CalendarFollowUpRow[]> {
    return this.db.query(
      `SELECT f.id, f.title, f.kind, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(f.due_time, 'HH24:MI') AS "dueTime",
              f.notes, f.version, f.updated_at AS "updatedAt", a.company_name AS "companyName", a.role_title AS "roleTitle",
              k.name AS "contactName"
         FROM follow_ups f
         LEFT JOIN applications a ON a.id = f.application_id AND a.user_id = f.user_id
         LEFT JOIN contacts k ON k.id = f.contact_id AND k.user_id = f.user_id
        WHERE f.user_id = $1 AND f.status = ANY($2) AND f.due_on >= $3::date
        ORDER BY f.due_on, f.due_time NULLS FIRST, f.id LIMIT $4`,
      [userId, [...PENDING_FOLLOW_UP_STATUSES], fromDate, FEED_LIMIT],
    );
  }
}
