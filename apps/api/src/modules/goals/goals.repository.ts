import type { Channel, GoalMetric } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userTimeZoneSql } from '../../common/user-time.sql.js';

export interface GoalTargetRow {
  metric: GoalMetric;
  target: number;
}

export interface GoalsContextRow {
  timeZone: string;
  targets: GoalTargetRow[];
}

export interface ChannelCountsRow {
  channel: Channel;
  /** Applications that reached applied or a later stage. */
  applied: number;
  /** Of those, the ones that reached onsite, offer or accepted. */
  onsites: number;
}

export interface PlanBasisRow {
  channels: ChannelCountsRow[];
  /** Recruiter contacts messaged, and how many of them replied. */
  recruitersMessaged: number;
  recruitersReplied: number;
  /** Referrals that got past to_ask, and how many of them were submitted. */
  referralsAsked: number;
  referralsSubmitted: number;
}

const APPLIED_OR_LATER = `('applied','recruiter_screen','coding_interview','system_design','onsite','offer','accepted')`;
const ONSITE_OR_LATER = `('onsite','offer','accepted')`;

@Injectable()
export class GoalsRepository {
  constructor(private readonly db: DataSource) {}

  /** The user's time zone (UTC without a settings row) and stored targets, in one query. */
  async context(userId: string): Promise<GoalsContextRow> {
    const rows: GoalsContextRow[] = await this.db.query(
      `SELECT ${userTimeZoneSql('$1')} AS "timeZone",
              COALESCE((SELECT json_agg(json_build_object('metric', g.metric, 'target', g.target)) FROM weekly_goals g WHERE g.user_id = $1), '[]'::json) AS targets`,
      [userId],
    );
    return rows[0];
  }

  /** Upserts every target in one statement (all or nothing); metrics left out keep theirs. */
  async upsertTargets(userId: string, targets: readonly GoalTargetRow[]): Promise<void> {
    await this.db.query(
      `INSERT INTO weekly_goals (user_id, metric, target)
       SELECT $1, t.metric, t.target FROM unnest($2::varchar[], $3::smallint[]) AS t(metric, target)
       ON CONFLICT (user_id, metric) DO UPDATE SET target = EXCLUDED.target, updated_at = now()`,
      [userId, targets.map((t) => t.metric), targets.map((t) => t.target)],
    );
  }

  /** The history the planner learns from: per channel, recruiter replies, referral asks. */
  async planBasis(userId: string): Promise<PlanBasisRow> {
    const rows: PlanBasisRow[] = await this.db.query(
      `SELECT
         (SELECT COALESCE(json_agg(json_build_object('channel', c.channel, 'applied', c.applied, 'onsites', c.onsites) ORDER BY c.channel), '[]'::json)
            FROM (SELECT a.channel, count(*)::int AS applied, count(*) FILTER (WHERE ev.onsite OR a.stage IN ${ONSITE_OR_LATER} OR a.last_open_stage IN ${ONSITE_OR_LATER})::int AS onsites
                    FROM applications a
                    CROSS JOIN LATERAL (
                      SELECT COALESCE(bool_or(e.to_stage IN ${APPLIED_OR_LATER}), false) AS applied,
                             COALESCE(bool_or(e.to_stage IN ${ONSITE_OR_LATER}), false) AS onsite
                        FROM application_events e WHERE e.application_id = a.id AND e.user_id = $1) ev
                   WHERE a.user_id = $1
                     AND (a.applied_on IS NOT NULL OR ev.applied OR a.stage IN ${APPLIED_OR_LATER} OR a.last_open_stage IN ${APPLIED_OR_LATER})
                   GROUP BY a.channel) c) AS channels,
         r.messaged AS "recruitersMessaged", r.replied AS "recruitersReplied",
         f.asked AS "referralsAsked", f.submitted AS "referralsSubmitted"
       FROM (SELECT count(*) FILTER (WHERE x.messaged)::int AS messaged, count(*) FILTER (WHERE x.messaged AND x.replied)::int AS replied
               FROM (SELECT bool_or(o.type = 'message_sent') AS messaged, bool_or(o.type = 'replied') AS replied
                       FROM outreach o JOIN contacts k ON k.id = o.contact_id AND k.user_id = $1 AND k.kind = 'recruiter'
                      WHERE o.user_id = $1 GROUP BY o.contact_id) x) r,
            (SELECT count(*) FILTER (WHERE y.asked)::int AS asked, count(*) FILTER (WHERE y.asked AND y.submitted)::int AS submitted
               FROM (SELECT bool_or(e.to_status <> 'to_ask') AS asked, bool_or(e.to_status IN ('submitted','interviewing')) AS submitted
                       FROM referral_events e WHERE e.user_id = $1 GROUP BY e.referral_id) y) f`,
      [userId],
    );
    return rows[0];
  }
}
