import { CADENCE_LOOKBACK_DAYS, CADENCE_RULE_KEYS, CADENCE_RULES, type CadenceRuleKey, GHOST_AFTER_DAYS, POSITION_STEP } from '@offerpath/domain';

/*
 * The cadence rules as set-based SQL (the same rules as libs/domain/src/cadence.ts, which states
 * them for one subject). Every statement takes $1 = a user id or NULL for every user, and
 * $2 = the instant "now" (timestamptz); "today" is that instant's date in each user's time zone.
 * Only constants of the rule catalogue are written into the text; user data always travels as
 * parameters or comes from the tables.
 */

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

const cadenceValue = (rule: CadenceRuleKey, field: string) => `s.cadence -> ${literal(rule)} -> ${literal(field)}`;

/** A stored whole number in [min, max], or the default; anything else stored falls back too. */
function storedInt(rule: CadenceRuleKey, field: string, min: number, max: number, fallback: number): string {
  const v = cadenceValue(rule, field);
  return `COALESCE(CASE WHEN jsonb_typeof(${v}) = 'number' AND (${v})::numeric BETWEEN ${min} AND ${max}
                        AND (${v})::numeric = trunc((${v})::numeric) THEN (${v})::int END, ${fallback})`;
}

function ruleColumns(rule: CadenceRuleKey): string {
  const def = CADENCE_RULES[rule];
  const enabled = cadenceValue(rule, 'enabled');
  const columns = [
    `COALESCE(CASE WHEN jsonb_typeof(${enabled}) = 'boolean' THEN (${enabled})::boolean END, true) AS ${rule}_enabled`,
    `${storedInt(rule, 'days', def.minDays, def.maxDays, def.defaultDays)} AS ${rule}_days`,
  ];
  if (def.maxMaxCount !== null) columns.push(`${storedInt(rule, 'maxCount', 1, def.maxMaxCount, def.defaultMaxCount ?? 1)} AS ${rule}_max`);
  return columns.join(',\n    ');
}

/** One row per user in scope with their zone, today and every rule's effective settings. */
const CFG = `cfg AS (
  SELECT u.id AS user_id,
         COALESCE(s.time_zone, 'UTC') AS tz,
         ($2::timestamptz AT TIME ZONE COALESCE(s.time_zone, 'UTC'))::date AS today,
         COALESCE(s.ghost_after_days, ${GHOST_AFTER_DAYS.default}) AS ghost_after_days,
    ${CADENCE_RULE_KEYS.map(ruleColumns).join(',\n    ')}
    FROM users u LEFT JOIN user_settings s ON s.user_id = u.id
   WHERE ($1::uuid IS NULL OR u.id = $1::uuid))`;

const INSERT_INTO = `INSERT INTO follow_ups (user_id, kind, title, due_on, first_due_on, application_id, contact_id, referral_id, event_id, rule, rule_key)`;

/**
 * The `candidate` rows (user_id, today, title, due_on, application_id, contact_id, referral_id,
 * event_id, rule_key) that pass `where` become follow-ups of `rule`. The unique (user_id, rule_key) index makes
 * this safe with any number of concurrent runs: a key that exists in any status (open, snoozed,
 * done, cancelled) is never made again. The NOT EXISTS only spares the speculative insert.
 */
function insertFollowUps(rule: CadenceRuleKey, candidates: string, where = 'true'): string {
  return `WITH ${CFG},
  candidate AS (${candidates}),
  inserted AS (
    ${INSERT_INTO}
    SELECT n.user_id, ${literal(CADENCE_RULES[rule].kind)}, left(n.title, 200), GREATEST(n.due_on, n.today), GREATEST(n.due_on, n.today),
           n.application_id, n.contact_id, n.referral_id, n.event_id, ${literal(rule)}, n.rule_key
      FROM candidate n
     WHERE n.due_on >= n.today - ${CADENCE_LOOKBACK_DAYS} AND (${where})
       AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.user_id = n.user_id AND f.rule_key = n.rule_key)
    ON CONFLICT (user_id, rule_key) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS n FROM inserted`;
}

/** The template with its placeholders replaced by SQL expressions. */
function title(rule: CadenceRuleKey, values: Partial<Record<'company' | 'role' | 'contact' | 'event' | 'deadline', string>>): string {
  let expr = literal(CADENCE_RULES[rule].titleTemplate);
  for (const [name, value] of Object.entries(values)) expr = `replace(${expr}, '{${name}}', COALESCE(${value}, ''))`;
  return expr;
}

/**
 * The rule's own due date. The insert makes it today when that has passed (a follow-up noticed
 * late is due now, not in the past) and skips it when it passed more than the look-back ago.
 */
const dueFrom = (date: string, days: string) => `(${date} + ${days})`;

const PORTAL_APPLIED_ON = `COALESCE(a.applied_on, (a.stage_changed_at AT TIME ZONE c.tz)::date)`;

/** A reply logged for the application on or after it was sent. */
const portalReplied = (appliedOn: string) =>
  `EXISTS (SELECT 1 FROM outreach r WHERE r.user_id = a.user_id AND r.application_id = a.id AND r.type = 'replied' AND r.occurred_on >= ${appliedOn})`;

/** Portal application still in Applied `days` after it was sent: follow up with a recruiter there. */
const PORTAL_NO_RESPONSE = insertFollowUps(
  'portal_no_response',
  `SELECT a.user_id, c.today, ${title('portal_no_response', { company: 'a.company_name', role: 'a.role_title' })} AS title,
          ${dueFrom(PORTAL_APPLIED_ON, 'c.portal_no_response_days')} AS due_on,
          a.id AS application_id,
          COALESCE(
            (SELECT ac.contact_id FROM application_contacts ac
              WHERE ac.user_id = a.user_id AND ac.application_id = a.id AND ac.role = 'recruiter'
              ORDER BY ac.created_at, ac.contact_id LIMIT 1),
            (SELECT k.id FROM contacts k
              WHERE k.user_id = a.user_id AND k.company_id = a.company_id AND k.kind = 'recruiter'
              ORDER BY k.created_at, k.id LIMIT 1)) AS contact_id,
          NULL::uuid AS referral_id, NULL::uuid AS event_id,
          'portal_no_response:' || a.id AS rule_key
     FROM applications a JOIN cfg c ON c.user_id = a.user_id
    WHERE c.portal_no_response_enabled
      AND a.channel = 'cold_apply' AND a.stage = 'applied' AND NOT a.archived
      AND ${PORTAL_APPLIED_ON} <= c.today
      AND NOT ${portalReplied(PORTAL_APPLIED_ON)}`,
);

/** The latest connection request to each contact, unanswered `days` later: one follow-up. */
const CONNECTION_NOT_ACCEPTED = insertFollowUps(
  'connection_not_accepted',
  `SELECT DISTINCT ON (o.user_id, o.contact_id)
          o.user_id, c.today, ${title('connection_not_accepted', { contact: 'k.name' })} AS title,
          ${dueFrom('o.occurred_on', 'c.connection_not_accepted_days')} AS due_on,
          o.application_id, o.contact_id, NULL::uuid AS referral_id, NULL::uuid AS event_id,
          'connection_not_accepted:' || o.id AS rule_key,
          o.occurred_on, k.connected_on
     FROM outreach o JOIN cfg c ON c.user_id = o.user_id
     JOIN contacts k ON k.id = o.contact_id AND k.user_id = o.user_id
    WHERE c.connection_not_accepted_enabled AND o.type = 'connection_request_sent'
    ORDER BY o.user_id, o.contact_id, o.occurred_on DESC, o.created_at DESC, o.id DESC`,
  // After DISTINCT ON, so that only the latest request counts.
  `n.occurred_on <= n.today
   AND (n.connected_on IS NULL OR n.connected_on < n.occurred_on)
   AND NOT EXISTS (SELECT 1 FROM outreach r WHERE r.user_id = n.user_id AND r.contact_id = n.contact_id
                      AND r.type IN ('connection_accepted', 'replied') AND r.occurred_on >= n.occurred_on)`,
);

/**
 * A reply to the contact logged on or after outreach `o` (on the same day: logged after it, so
 * that a message sent after the day's reply starts a new thread).
 */
const repliedAfter = (o: string) =>
  `EXISTS (SELECT 1 FROM outreach r WHERE r.user_id = ${o}.user_id AND r.contact_id = ${o}.contact_id AND r.type = 'replied'
              AND (r.occurred_on > ${o}.occurred_on OR (r.occurred_on = ${o}.occurred_on AND r.created_at >= ${o}.created_at)))`;

const MESSAGE_MAX = CADENCE_RULES.message_no_reply.maxMaxCount ?? 1;

/**
 * Messages to a recruiter since their last reply form a thread that starts with the first of
 * them. Nudge 1 is due `days` after that; nudge n+1 only once nudge n is done, `days` after it
 * (or after the latest message), up to maxCount. Keys: message_no_reply:<first message>:<n>.
 */
const MESSAGE_NO_REPLY = insertFollowUps(
  'message_no_reply',
  `WITH unanswered AS (
     SELECT o.user_id, o.id, o.contact_id, o.application_id, o.occurred_on, o.created_at
       FROM outreach o JOIN cfg c ON c.user_id = o.user_id
       JOIN contacts k ON k.id = o.contact_id AND k.user_id = o.user_id AND k.kind = 'recruiter'
      WHERE c.message_no_reply_enabled AND o.type = 'message_sent'
        AND NOT ${repliedAfter('o')}),
   thread AS (
     SELECT DISTINCT ON (u.user_id, u.contact_id)
            u.user_id, u.id AS start_id, u.contact_id, u.application_id, u.occurred_on AS started_on,
            max(u.occurred_on) OVER (PARTITION BY u.user_id, u.contact_id) AS last_on
       FROM unanswered u
      ORDER BY u.user_id, u.contact_id, u.occurred_on, u.created_at, u.id)
   SELECT t.user_id, c.today, ${title('message_no_reply', { contact: 'k.name' })} AS title,
          CASE WHEN last.n IS NULL THEN ${dueFrom('t.started_on', 'c.message_no_reply_days')}
               ELSE ${dueFrom(`GREATEST((COALESCE(last.completed_at, $2::timestamptz) AT TIME ZONE c.tz)::date, t.last_on)`, 'c.message_no_reply_days')}
          END AS due_on,
          t.application_id, t.contact_id, NULL::uuid AS referral_id, NULL::uuid AS event_id,
          'message_no_reply:' || t.start_id || ':' || (COALESCE(last.n, 0) + 1) AS rule_key
     FROM thread t JOIN cfg c ON c.user_id = t.user_id
     JOIN contacts k ON k.id = t.contact_id
     LEFT JOIN LATERAL (
       SELECT split_part(f.rule_key, ':', 3)::int AS n, f.status, f.completed_at
         FROM follow_ups f
        WHERE f.user_id = t.user_id
          AND f.rule_key = ANY (ARRAY(SELECT 'message_no_reply:' || t.start_id || ':' || g FROM generate_series(1, ${MESSAGE_MAX}) g))
        ORDER BY 1 DESC LIMIT 1) last ON true
    WHERE (last.n IS NULL AND t.started_on <= c.today)
       OR (last.status = 'done' AND last.n < c.message_no_reply_max)`,
);

/** Once an interview has begun: a thank-you note `days` later in the user's calendar. */
const INTERVIEW_THANK_YOU = insertFollowUps(
  'interview_thank_you',
  `SELECT e.user_id, c.today, ${title('interview_thank_you', { event: 'e.title' })} AS title,
          ${dueFrom('(e.starts_at AT TIME ZONE c.tz)::date', 'c.interview_thank_you_days')} AS due_on,
          e.application_id, NULL::uuid AS contact_id, NULL::uuid AS referral_id, e.id AS event_id,
          'interview_thank_you:' || e.id AS rule_key
     FROM events e JOIN cfg c ON c.user_id = e.user_id
    WHERE c.interview_thank_you_enabled AND e.type = 'interview' AND e.outcome <> 'cancelled' AND e.starts_at <= $2::timestamptz`,
);

/** When the referral last became submitted (its history's date, else the row's last change). */
const SUBMITTED_ON = `COALESCE(
  (SELECT ev.occurred_on FROM referral_events ev
    WHERE ev.user_id = r.user_id AND ev.referral_id = r.id AND ev.to_status = 'submitted'
    ORDER BY ev.at DESC, ev.id DESC LIMIT 1),
  (r.updated_at AT TIME ZONE c.tz)::date)`;

/** A referral still submitted `days` after it was: check in with the referrer. */
const REFERRAL_NO_NEWS = insertFollowUps(
  'referral_no_news',
  `SELECT r.user_id, c.today, ${title('referral_no_news', { contact: 'k.name', company: 'a.company_name' })} AS title,
          ${dueFrom(SUBMITTED_ON, 'c.referral_no_news_days')} AS due_on,
          r.application_id, r.contact_id, r.id AS referral_id, NULL::uuid AS event_id,
          'referral_no_news:' || r.id AS rule_key
     FROM referrals r JOIN cfg c ON c.user_id = r.user_id
     JOIN contacts k ON k.id = r.contact_id
     JOIN applications a ON a.id = r.application_id
    WHERE c.referral_no_news_enabled AND r.status = 'submitted' AND ${SUBMITTED_ON} <= c.today`,
);

/** An offer with a deadline still ahead: a reminder `days` before it, keyed by the deadline. */
const OFFER_DEADLINE = insertFollowUps(
  'offer_deadline',
  `SELECT a.user_id, c.today, ${title('offer_deadline', { company: 'a.company_name', deadline: `to_char(a.offer_deadline, 'YYYY-MM-DD')` })} AS title,
          a.offer_deadline - c.offer_deadline_days AS due_on,
          a.id AS application_id, NULL::uuid AS contact_id, NULL::uuid AS referral_id, NULL::uuid AS event_id,
          'offer_deadline:' || a.id || ':' || to_char(a.offer_deadline, 'YYYY-MM-DD') AS rule_key
     FROM applications a JOIN cfg c ON c.user_id = a.user_id
    WHERE c.offer_deadline_enabled AND a.stage = 'offer' AND NOT a.archived
      AND a.offer_deadline IS NOT NULL AND a.offer_deadline >= c.today`,
);

export const CREATE_STATEMENTS: ReadonlyArray<readonly [CadenceRuleKey, string]> = [
  ['portal_no_response', PORTAL_NO_RESPONSE],
  ['connection_not_accepted', CONNECTION_NOT_ACCEPTED],
  ['message_no_reply', MESSAGE_NO_REPLY],
  ['interview_thank_you', INTERVIEW_THANK_YOU],
  ['referral_no_news', REFERRAL_NO_NEWS],
  ['offer_deadline', OFFER_DEADLINE],
];

/** The uuid in a rule key's second segment (the outreach of connection and message rules). */
const KEY_SUBJECT = `CASE WHEN f.rule IN ('connection_not_accepted', 'message_no_reply') THEN split_part(f.rule_key, ':', 2)::uuid END`;

/**
 * Pending (open or snoozed) rule follow-ups whose awaited answer has arrived, or whose subject
 * went away, are cancelled with the reason. Conditional on the status, so running it twice, or
 * from two instances at once, changes nothing the second time.
 */
export const CANCEL_STATEMENT = `WITH ${CFG},
  doomed AS (
    SELECT f.id,
      CASE f.rule
        WHEN 'portal_no_response' THEN CASE
          WHEN NOT c.portal_no_response_enabled THEN 'rule_disabled'
          WHEN a.id IS NULL THEN 'subject_removed'
          WHEN a.stage <> 'applied' OR ${portalReplied(PORTAL_APPLIED_ON)} THEN 'answered'
          WHEN a.archived THEN 'archived' END
        WHEN 'connection_not_accepted' THEN CASE
          WHEN NOT c.connection_not_accepted_enabled THEN 'rule_disabled'
          WHEN o.id IS NULL THEN 'subject_removed'
          WHEN EXISTS (SELECT 1 FROM outreach r WHERE r.user_id = o.user_id AND r.contact_id = o.contact_id
                          AND r.type IN ('connection_accepted', 'replied') AND r.occurred_on >= o.occurred_on)
            OR EXISTS (SELECT 1 FROM contacts k WHERE k.id = o.contact_id AND k.connected_on >= o.occurred_on) THEN 'answered'
          WHEN EXISTS (SELECT 1 FROM outreach n WHERE n.user_id = o.user_id AND n.contact_id = o.contact_id
                          AND n.type = 'connection_request_sent' AND n.id <> o.id
                          AND (n.occurred_on, n.created_at) > (o.occurred_on, o.created_at)) THEN 'superseded' END
        WHEN 'message_no_reply' THEN CASE
          WHEN NOT c.message_no_reply_enabled THEN 'rule_disabled'
          WHEN o.id IS NULL THEN 'subject_removed'
          WHEN ${repliedAfter('o')} THEN 'answered' END
        WHEN 'interview_thank_you' THEN CASE
          WHEN NOT c.interview_thank_you_enabled THEN 'rule_disabled'
          WHEN e.id IS NULL OR e.type <> 'interview' THEN 'subject_removed'
          WHEN e.outcome = 'cancelled' THEN 'answered' END
        WHEN 'referral_no_news' THEN CASE
          WHEN NOT c.referral_no_news_enabled THEN 'rule_disabled'
          WHEN rf.id IS NULL THEN 'subject_removed'
          WHEN rf.status <> 'submitted' THEN 'answered' END
        WHEN 'offer_deadline' THEN CASE
          WHEN NOT c.offer_deadline_enabled THEN 'rule_disabled'
          WHEN a.id IS NULL THEN 'subject_removed'
          WHEN a.stage <> 'offer' OR a.offer_deadline IS NULL THEN 'answered'
          WHEN to_char(a.offer_deadline, 'YYYY-MM-DD') <> split_part(f.rule_key, ':', 3) THEN 'superseded'
          WHEN a.archived THEN 'archived' END
      END AS reason
      FROM follow_ups f JOIN cfg c ON c.user_id = f.user_id
      LEFT JOIN applications a ON a.id = f.application_id AND a.user_id = f.user_id
      LEFT JOIN outreach o ON o.id = ${KEY_SUBJECT} AND o.user_id = f.user_id
      LEFT JOIN events e ON e.id = f.event_id AND e.user_id = f.user_id
      LEFT JOIN referrals rf ON rf.id = f.referral_id AND rf.user_id = f.user_id
     WHERE f.rule IS NOT NULL AND f.status IN ('open', 'snoozed')),
  cancelled AS (
    UPDATE follow_ups f
       SET status = 'cancelled', cancelled_reason = d.reason, version = f.version + 1, updated_at = now()
      FROM doomed d
     WHERE f.id = d.id AND d.reason IS NOT NULL AND f.status IN ('open', 'snoozed')
    RETURNING 1)
  SELECT count(*)::int AS n FROM cancelled`;

/** The latest sign of life of an application, from every table that links to it. */
const LAST_ACTIVITY = `GREATEST(
  a.stage_changed_at, a.updated_at,
  (SELECT max(o.occurred_on)::timestamp AT TIME ZONE c.tz FROM outreach o WHERE o.user_id = a.user_id AND o.application_id = a.id),
  (SELECT max(e.starts_at) FROM events e WHERE e.user_id = a.user_id AND e.application_id = a.id),
  (SELECT max(f.completed_at) FROM follow_ups f WHERE f.user_id = a.user_id AND f.application_id = a.id),
  (SELECT max(r.updated_at) FROM referrals r WHERE r.user_id = a.user_id AND r.application_id = a.id))`;

/**
 * Applied applications silent for ghost_after_days, with no pending follow-up, become ghosted
 * (last_open_stage applied, on top of the Ghosted column, version + 1) and get their history row
 * in the same statement. The UPDATE re-checks stage = 'applied', so a concurrent run or a user's
 * move in between wins and nothing is recorded twice. Reversible by moving the card back.
 */
export const GHOST_STATEMENT = `WITH ${CFG},
  silent AS (
    SELECT a.id, a.user_id,
           row_number() OVER (PARTITION BY a.user_id ORDER BY a.stage_changed_at, a.id) AS n
      FROM applications a JOIN cfg c ON c.user_id = a.user_id
     WHERE a.stage = 'applied' AND NOT a.archived
       AND GREATEST(a.stage_changed_at, a.updated_at) <= $2::timestamptz - make_interval(days => c.ghost_after_days)
       AND ${LAST_ACTIVITY} <= $2::timestamptz - make_interval(days => c.ghost_after_days)
       AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.user_id = a.user_id AND f.application_id = a.id AND f.status IN ('open', 'snoozed'))),
  placed AS (
    SELECT s.id, s.user_id,
           COALESCE((SELECT min(g.position) FROM applications g WHERE g.user_id = s.user_id AND g.stage = 'ghosted' AND NOT g.archived), ${POSITION_STEP})
             - s.n * ${POSITION_STEP} AS position
      FROM silent s),
  ghosted AS (
    UPDATE applications a
       SET stage = 'ghosted', last_open_stage = 'applied', position = p.position,
           version = a.version + 1, updated_at = now(), stage_changed_at = now()
      FROM placed p
     WHERE a.id = p.id AND a.user_id = p.user_id AND a.stage = 'applied'
    RETURNING a.id, a.user_id),
  recorded AS (
    INSERT INTO application_events (application_id, user_id, type, from_stage, to_stage)
    SELECT g.id, g.user_id, 'stage_changed', 'applied', 'ghosted' FROM ghosted g
    RETURNING 1)
  SELECT count(*)::int AS n FROM recorded`;
