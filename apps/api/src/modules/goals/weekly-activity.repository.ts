import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userTimeZoneSql } from '../../common/user-time.sql.js';

/** What the user did in one ISO week (Monday start, in their time zone). */
export interface WeeklyActivityRow {
  /** The week's Monday, 'YYYY-MM-DD'. */
  weekStart: string;
  /** Applications that first reached applied (or a later open stage) that week: applied_on, else the first such event. */
  applications: number;
  /** message_sent outreach to contacts of kind recruiter. */
  recruiterMessages: number;
  /** Referrals first moved to asked that week. */
  referralAsks: number;
  /** Career fairs and networking events that started that week, are over, and were not cancelled. */
  eventsAttended: number;
  /** Coding problems solved (the sum of prep_problems.count). */
  codingProblems: number;
}

/** The Monday of the ISO week of a date expression. */
const week = (day: string) => `(${day} - (extract(isodow FROM ${day})::int - 1))`;

/**
 * One statement: the weeks from generate_series, each source aggregated per week over the range
 * (each subquery filtered by user_id on its index), left-joined so quiet weeks read 0.
 * $1 user, $2 first day, $3 last day (both 'YYYY-MM-DD', inclusive; whole weeks are returned).
 */
const WEEKLY_SQL = `
WITH tz AS (
  SELECT ${userTimeZoneSql('$1')} AS name
), bounds AS (
  SELECT ${week('$2::date')} AS lo, ${week('$3::date')} + 7 AS hi
), weeks AS (
  SELECT b.lo + 7 * i AS week_start FROM bounds b, generate_series(0, (b.hi - b.lo) / 7 - 1) AS i
), applied AS (
  SELECT ${week('d.day')} AS week_start, count(*)::int AS n
    FROM applications a
    CROSS JOIN tz
    CROSS JOIN LATERAL (
      SELECT COALESCE(a.applied_on, (
        SELECT min((e.at AT TIME ZONE tz.name)::date) FROM application_events e
         WHERE e.application_id = a.id AND e.user_id = $1
           AND e.to_stage IN ('applied','recruiter_screen','coding_interview','system_design','onsite','offer','accepted'))) AS day
    ) d
    CROSS JOIN bounds b
   WHERE a.user_id = $1 AND d.day >= b.lo AND d.day < b.hi
   GROUP BY 1
), messages AS (
  SELECT ${week('o.occurred_on')} AS week_start, count(*)::int AS n
    FROM outreach o
    JOIN contacts c ON c.id = o.contact_id AND c.user_id = $1 AND c.kind = 'recruiter'
    CROSS JOIN bounds b
   WHERE o.user_id = $1 AND o.type = 'message_sent' AND o.occurred_on >= b.lo AND o.occurred_on < b.hi
   GROUP BY 1
), asks AS (
  SELECT ${week('f.day')} AS week_start, count(*)::int AS n
    FROM (SELECT min(r.occurred_on) AS day FROM referral_events r WHERE r.user_id = $1 AND r.to_status = 'asked' GROUP BY r.referral_id) f
    CROSS JOIN bounds b
   WHERE f.day >= b.lo AND f.day < b.hi
   GROUP BY 1
), attended AS (
  SELECT ${week('(e.starts_at AT TIME ZONE tz.name)::date')} AS week_start, count(*)::int AS n
    FROM events e
    CROSS JOIN tz
    CROSS JOIN bounds b
   WHERE e.user_id = $1 AND e.type IN ('career_fair','networking_event') AND e.outcome <> 'cancelled'
     AND e.starts_at >= (b.lo::timestamp AT TIME ZONE tz.name) AND e.starts_at < (b.hi::timestamp AT TIME ZONE tz.name)
     AND e.starts_at < now()
   GROUP BY 1
), solved AS (
  SELECT ${week('p.solved_on')} AS week_start, sum(p.count)::int AS n
    FROM prep_problems p
    CROSS JOIN bounds b
   WHERE p.user_id = $1 AND p.solved_on >= b.lo AND p.solved_on < b.hi
   GROUP BY 1
)
SELECT to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart",
       COALESCE(applied.n, 0) AS applications,
       COALESCE(messages.n, 0) AS "recruiterMessages",
       COALESCE(asks.n, 0) AS "referralAsks",
       COALESCE(attended.n, 0) AS "eventsAttended",
       COALESCE(solved.n, 0) AS "codingProblems"
  FROM weeks w
  LEFT JOIN applied USING (week_start)
  LEFT JOIN messages USING (week_start)
  LEFT JOIN asks USING (week_start)
  LEFT JOIN attended USING (week_start)
  LEFT JOIN solved USING (week_start)
 ORDER BY w.week_start`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class WeeklyActivityRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Every ISO week (Monday start, in the user's time zone) from the week of `from` to the week
   * of `to`, oldest first and zero-filled. Empty when `to` is before `from`.
   */
  async weekly(userId: string, from: string, to: string): Promise<WeeklyActivityRow[]> {
    if (!DATE.test(from) || !DATE.test(to)) throw new RangeError(`weekly: expected YYYY-MM-DD dates, got ${from}, ${to}`);
    if (to < from) return [];
    return this.db.query(WEEKLY_SQL, [userId, from, to]);
  }
}
