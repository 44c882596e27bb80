/*
 * SQL shared by the follow-ups repository. "Today" is always the user's local date, computed by
 * Postgres from user_settings.time_zone (UTC when the row is absent) in the same statement.
 */

export const PENDING = `('open', 'snoozed')`;
export const CLOSED = `('done', 'cancelled')`;

export const PENDING_ORDER = `f.due_on, f.due_time NULLS LAST, f.created_at, f.id`;
export const DONE_ORDER = `COALESCE(f.completed_at, f.updated_at) DESC, f.id DESC`;

const applicationSummary = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(
     'id', ${alias}.id, 'companyName', ${alias}.company_name, 'roleTitle', ${alias}.role_title, 'stage', ${alias}.stage) END`;

/** Every column of a follow-up plus a summary of what it links to. */
export const FOLLOW_UP_COLUMNS = `f.id, f.kind, f.title, f.notes,
  to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(f.due_time, 'HH24:MI') AS "dueTime",
  to_char(f.first_due_on, 'YYYY-MM-DD') AS "firstDueOn", f.status, f.rule,
  f.completed_at AS "completedAt", f.cancelled_reason AS "cancelledReason",
  f.application_id AS "applicationId", f.contact_id AS "contactId", f.referral_id AS "referralId", f.event_id AS "eventId",
  ${applicationSummary('a')} AS application,
  CASE WHEN k.id IS NULL THEN NULL ELSE json_build_object('id', k.id, 'name', k.name) END AS contact,
  CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(
    'id', r.id, 'status', r.status, 'contactId', r.contact_id, 'contactName', rk.name, 'companyName', ra.company_name) END AS referral,
  CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('id', e.id, 'title', e.title, 'type', e.type, 'startsAt', e.starts_at) END AS event,
  f.version, f.created_at AS "createdAt", f.updated_at AS "updatedAt"`;

/** `source` (the table, or a CTE with its columns) as `f`, joined to what it links to: all by primary key. */
export const followUpFrom = (source = 'follow_ups') => `FROM ${source} f
  LEFT JOIN applications a ON a.id = f.application_id AND a.user_id = f.user_id
  LEFT JOIN contacts k ON k.id = f.contact_id AND k.user_id = f.user_id
  LEFT JOIN referrals r ON r.id = f.referral_id AND r.user_id = f.user_id
  LEFT JOIN contacts rk ON rk.id = r.contact_id AND rk.user_id = r.user_id
  LEFT JOIN applications ra ON ra.id = r.application_id AND ra.user_id = r.user_id
  LEFT JOIN events e ON e.id = f.event_id AND e.user_id = f.user_id`;

export const TODAY_EVENT_COLUMNS = `e.id, e.type, e.round_kind AS "roundKind", e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.location, e.outcome, ${applicationSummary('a')} AS application`;
