import { FUNNEL_STAGES, OPEN_STAGES } from '@offerpath/domain';
import { userTimeZoneSql } from '../../common/user-time.sql.js';

/** A constant list as SQL literals (domain constants only, never user input). */
const literals = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',');

/** 1-based rank of an open stage: wishlist = 1, applied = 2 … accepted = 8; null for a closed stage. */
const OPEN_RANKS = `ARRAY[${literals(OPEN_STAGES)}]::text[]`;
const APPLIED_RANK = OPEN_STAGES.indexOf('applied') + 1;
const PAST_APPLIED = literals(FUNNEL_STAGES.filter((s) => s !== 'applied'));
const FUNNEL = literals(FUNNEL_STAGES);
/** Stages whose stay is measured: everything from applied to offer (accepted is an end). */
const WAITING = literals(FUNNEL_STAGES.filter((s) => s !== 'accepted'));

/**
 * The cohort, shared by every applications statement. Parameters: $1 user, $2 from (date or
 * null), $3 to (date or null), $4 channel (or null).
 *
 * hist: one pass over the user's history (application_events_user_at_idx for a typical account; a
 * sequential scan for one holding most of the table, the planner's right call) giving
 * per application the furthest open stage entered and the first time it entered applied-or-later,
 * past applied, and offer. apps: the furthest stage also considers the current stage and the last
 * open stage kept on a closed one, so an application without history still counts. cohort:
 * reached applied or later and dated in the range (applied_on, else the first entry into
 * applied-or-later, else creation; as a day in the user's time zone).
 */
const COHORT = `
WITH tz AS (
  SELECT ${userTimeZoneSql('$1')} AS name
), hist AS (
  SELECT e.application_id,
         max(array_position(${OPEN_RANKS}, e.to_stage::text)) AS reached_rank,
         min(e.at) FILTER (WHERE e.to_stage IN (${FUNNEL})) AS applied_at,
         min(e.at) FILTER (WHERE e.to_stage IN (${PAST_APPLIED})) AS response_at,
         min(e.at) FILTER (WHERE e.to_stage IN ('offer','accepted')) AS offer_at
    FROM application_events e
   WHERE e.user_id = $1
   GROUP BY e.application_id
), cohort AS MATERIALIZED (
  SELECT a.id, a.channel, a.stage, r.reached_rank, h.response_at, h.offer_at, d.app_date
    FROM applications a
    CROSS JOIN tz
    LEFT JOIN hist h ON h.application_id = a.id
    CROSS JOIN LATERAL (
      SELECT GREATEST(COALESCE(h.reached_rank, 0), COALESCE(array_position(${OPEN_RANKS}, a.stage::text), 0),
                      COALESCE(array_position(${OPEN_RANKS}, a.last_open_stage::text), 0)) AS reached_rank
    ) r
    CROSS JOIN LATERAL (
      SELECT COALESCE(a.applied_on, (h.applied_at AT TIME ZONE tz.name)::date, (a.created_at AT TIME ZONE tz.name)::date) AS app_date
    ) d
   WHERE a.user_id = $1
     AND ($4::text IS NULL OR a.channel = $4::text)
     AND r.reached_rank >= ${APPLIED_RANK}
     AND ($2::date IS NULL OR d.app_date >= $2::date)
     AND ($3::date IS NULL OR d.app_date <= $3::date)
), replied AS (
  SELECT DISTINCT o.application_id FROM outreach o
   WHERE o.user_id = $1 AND o.type = 'replied' AND o.application_id IS NOT NULL
)`;

/** The histogram as a json array: (channel, furthest stage reached, current stage, replied) → count. */
const HISTOGRAM = `(
  SELECT COALESCE(json_agg(h ORDER BY h.channel, h.reached, h.stage, h.replied), '[]'::json) FROM (
    SELECT c.channel, (${OPEN_RANKS})[c.reached_rank] AS reached, c.stage, (rp.application_id IS NOT NULL) AS replied, count(*)::int AS count
      FROM cohort c LEFT JOIN replied rp ON rp.application_id = c.id
     GROUP BY 1, 2, 3, 4) h)`;

const duration = (days: string) =>
  `json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}), 'p75', percentile_cont(0.75) WITHIN GROUP (ORDER BY ${days}), 'n', count(${days}))`;

/** Just the histogram: the funnel and the Sankey export. */
export const HISTOGRAM_SQL = `${COHORT}
SELECT ${HISTOGRAM} AS histogram`;

/**
 * Histogram and time figures in one statement. Days to first response / offer are calendar days
 * in the user's time zone (never negative); a stay in a stage is the fractional days from
 * entering it to the application's next stage change (stays not ended yet are left out).
 */
export const APPLICATION_STATS_SQL = `${COHORT}, stays AS (
  SELECT s.stage, s.days FROM (
    SELECT e.to_stage AS stage, extract(epoch FROM lead(e.at) OVER w - e.at) / 86400.0 AS days
      FROM application_events e JOIN cohort c ON c.id = e.application_id
     WHERE e.user_id = $1
    WINDOW w AS (PARTITION BY e.application_id ORDER BY e.at, e.id)) s
   WHERE s.days IS NOT NULL AND s.stage IN (${WAITING})
)
SELECT ${HISTOGRAM} AS histogram,
  (SELECT ${duration('x.d')} FROM (
     SELECT GREATEST(0, (c.response_at AT TIME ZONE tz.name)::date - c.app_date) AS d FROM cohort c CROSS JOIN tz WHERE c.response_at IS NOT NULL) x) AS "toFirstResponse",
  (SELECT ${duration('x.d')} FROM (
     SELECT GREATEST(0, (c.offer_at AT TIME ZONE tz.name)::date - c.app_date) AS d FROM cohort c CROSS JOIN tz WHERE c.offer_at IS NOT NULL) x) AS "toOffer",
  (SELECT COALESCE(json_agg(g), '[]'::json) FROM (
     SELECT st.stage, ${duration('st.days')} AS duration FROM stays st GROUP BY st.stage) g) AS "inStage"`;

/**
 * Networking: outreach of each type on a day in the range, and the referral funnel: referrals
 * whose ask day (first step at asked or later) is in the range, by the furthest step reached.
 * $1 user, $2 from, $3 to. Also the user's time zone.
 */
export const NETWORKING_SQL = `
WITH ref AS (
  SELECT r.referral_id,
         min(r.occurred_on) FILTER (WHERE r.to_status IN ('asked','agreed','submitted','interviewing')) AS asked_on,
         max(array_position(ARRAY['asked','agreed','submitted','interviewing']::text[], r.to_status::text)) AS reached
    FROM referral_events r
   WHERE r.user_id = $1
   GROUP BY r.referral_id
), ref_in AS (
  SELECT ref.reached FROM ref
   WHERE ref.asked_on IS NOT NULL AND ($2::date IS NULL OR ref.asked_on >= $2::date) AND ($3::date IS NULL OR ref.asked_on <= $3::date)
), out_in AS (
  SELECT o.type FROM outreach o
   WHERE o.user_id = $1 AND ($2::date IS NULL OR o.occurred_on >= $2::date) AND ($3::date IS NULL OR o.occurred_on <= $3::date)
)
SELECT ${userTimeZoneSql('$1')} AS "timeZone",
  (SELECT count(*) FILTER (WHERE type = 'connection_request_sent') FROM out_in)::int AS "connectionRequests",
  (SELECT count(*) FILTER (WHERE type = 'connection_accepted') FROM out_in)::int AS "connectionsAccepted",
  (SELECT count(*) FILTER (WHERE type = 'message_sent') FROM out_in)::int AS "messagesSent",
  (SELECT count(*) FILTER (WHERE type = 'replied') FROM out_in)::int AS "replies",
  (SELECT count(*) FILTER (WHERE reached >= 1) FROM ref_in)::int AS "referralAsks",
  (SELECT count(*) FILTER (WHERE reached >= 2) FROM ref_in)::int AS "referralsAgreed",
  (SELECT count(*) FILTER (WHERE reached >= 3) FROM ref_in)::int AS "referralsSubmitted",
  (SELECT count(*) FILTER (WHERE reached >= 4) FROM ref_in)::int AS "referralsInterviewing"`;

/**
 * Interview rounds per kind: interview events with a round kind starting on a day (user's time
 * zone) in the range; with a channel, only those linked to an application of that channel.
 * $1 user, $2 from, $3 to, $4 channel.
 */
export const INTERVIEWS_SQL = `
WITH tz AS (
  SELECT ${userTimeZoneSql('$1')} AS name
)
SELECT ev.round_kind AS "roundKind",
       count(*) FILTER (WHERE ev.outcome <> 'cancelled')::int AS total,
       count(*) FILTER (WHERE ev.outcome = 'passed')::int AS passed,
       count(*) FILTER (WHERE ev.outcome = 'failed')::int AS failed,
       count(*) FILTER (WHERE ev.outcome = 'pending')::int AS pending
  FROM events ev
  CROSS JOIN tz
  LEFT JOIN applications a ON a.id = ev.application_id AND a.user_id = $1
 WHERE ev.user_id = $1 AND ev.type = 'interview' AND ev.round_kind IS NOT NULL
   AND ($2::date IS NULL OR ev.starts_at >= ($2::date::timestamp AT TIME ZONE tz.name))
   AND ($3::date IS NULL OR ev.starts_at < (($3::date + 1)::timestamp AT TIME ZONE tz.name))
   AND ($4::text IS NULL OR a.channel = $4::text)
 GROUP BY ev.round_kind`;
