import type { EventOutcome, EventType, OpenStage, RoundKind, Stage } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FollowUpRow } from '../follow-ups/follow-up.mapper.js';
import { FOLLOW_UP_COLUMNS, followUpFrom } from '../follow-ups/follow-ups.sql.js';
import type { EventRow } from './event.mapper.js';

/**
 * Select list over EVENT_FROM: the event, a summary of its application and its linked contacts
 * aggregated per event, so a whole range of events is one query (no N+1).
 */
const EVENT_COLUMNS = `e.id, e.type, e.round_kind AS "roundKind", e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.time_zone AS "timeZone", e.location, e.url, e.notes, e.outcome, e.application_id AS "applicationId",
  CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'companyName', a.company_name, 'roleTitle', a.role_title, 'stage', a.stage) END AS application,
  ec.contacts, e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

const EVENT_FROM = `FROM events e
  LEFT JOIN applications a ON a.id = e.application_id AND a.user_id = e.user_id
  CROSS JOIN LATERAL (
    SELECT COALESCE(json_agg(json_build_object(
             'contactId', k.id, 'name', k.name, 'companyName', co.name, 'title', k.title, 'note', l.note) ORDER BY l.created_at, k.name, k.id), '[]'::json) AS contacts
      FROM event_contacts l
      JOIN contacts k ON k.id = l.contact_id AND k.user_id = l.user_id
      LEFT JOIN companies co ON co.id = k.company_id AND co.user_id = k.user_id
     WHERE l.event_id = e.id AND l.user_id = e.user_id) ec`;

/** API field → column, for every field written directly. */
const COLUMN_OF = {
  type: 'type',
  roundKind: 'round_kind',
  title: 'title',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  timeZone: 'time_zone',
  location: 'location',
  url: 'url',
  notes: 'notes',
  outcome: 'outcome',
  applicationId: 'application_id',
} as const;

export interface EventValues {
  type?: EventType;
  roundKind?: RoundKind | null;
  title?: string;
  startsAt?: string;
  endsAt?: string | null;
  timeZone?: string;
  location?: string | null;
  url?: string | null;
  notes?: string | null;
  outcome?: EventOutcome;
  applicationId?: string | null;
}
type EventField = keyof typeof COLUMN_OF;

export interface EventFilter {
  from: string;
  to: string;
  type?: EventType;
  applicationId?: string;
  contactId?: string;
}

/** What a write decides on, read under a row lock. */
export interface LockedEvent {
  type: EventType;
  roundKind: RoundKind | null;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  applicationId: string | null;
  version: number;
}

export interface ApplicationFacts {
  id: string;
  companyName: string;
  stage: Stage;
  archived: boolean;
  version: number;
}

export interface NewLink {
  contactId: string;
  note: string | null;
}

export interface NewPersonFollowUp {
  contactId: string;
  title: string;
  dueOn: string;
}

@Injectable()
export class EventsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  /** Events starting in [from, to), in time order: one range scan of events_user_starts_idx. */
  list(userId: string, filter: EventFilter): Promise<EventRow[]> {
    const params: unknown[] = [userId, filter.from, filter.to];
    const where = ['e.user_id = $1', 'e.starts_at >= $2::timestamptz', 'e.starts_at < $3::timestamptz'];
    if (filter.type) {
      params.push(filter.type);
      where.push(`e.type = $${params.length}`);
    }
    if (filter.applicationId) {
      params.push(filter.applicationId);
      where.push(`e.application_id = $${params.length}`);
    }
    if (filter.contactId) {
      params.push(filter.contactId);
      where.push(`EXISTS (SELECT 1 FROM event_contacts x WHERE x.event_id = e.id AND x.user_id = e.user_id AND x.contact_id = $${params.length})`);
    }
    return this.db.query(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE ${where.join(' AND ')} ORDER BY e.starts_at, e.id`, params);
  }

  async findOne(userId: string, id: string, tx?: EntityManager): Promise<EventRow | null> {
    const rows: EventRow[] = await (tx ?? this.db).query(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.id = $1 AND e.user_id = $2`, [id, userId]);
    return rows[0] ?? null;
  }

  async lock(tx: EntityManager, userId: string, id: string): Promise<LockedEvent | null> {
    const rows: LockedEvent[] = await tx.query(
      `SELECT type, round_kind AS "roundKind", title, starts_at AS "startsAt", ends_at AS "endsAt", time_zone AS "timeZone",
              application_id AS "applicationId", version
         FROM events WHERE id = $1 AND user_id = $2 FOR UPDATE`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** The user's application, or null when it is not theirs. */
  async application(userId: string, id: string, tx?: EntityManager): Promise<ApplicationFacts | null> {
    const rows: ApplicationFacts[] = await (tx ?? this.db).query(
      `SELECT id, company_name AS "companyName", stage, archived, version FROM applications WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  /** Index at the end of a board column, not counting `excludeId`. */
  async columnLength(userId: string, stage: OpenStage, excludeId: string, tx?: EntityManager): Promise<number> {
    const rows: Array<{ n: number }> = await (tx ?? this.db).query(
      `SELECT count(*)::int AS n FROM applications WHERE user_id = $1 AND stage = $2 AND NOT archived AND id <> $3`,
      [userId, stage, excludeId],
    );
    return rows[0].n;
  }

  /** Which of `ids` are the user's contacts. */
  async ownedContacts(tx: EntityManager, userId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM contacts WHERE user_id = $1 AND id = ANY($2::uuid[])`, [userId, ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** LinkedIn profiles among `urls` that are already contacts of the user. */
  async existingProfiles(tx: EntityManager, userId: string, urls: string[]): Promise<Set<string>> {
    if (urls.length === 0) return new Set();
    const rows: Array<{ url: string }> = await tx.query(
      `SELECT linkedin_url AS url FROM contacts WHERE user_id = $1 AND linkedin_url = ANY($2::text[])`,
      [userId, urls],
    );
    return new Set(rows.map((r) => r.url));
  }

  /** `timeZone` undefined: the user's settings zone, UTC when unset. */
  async insert(tx: EntityManager, userId: string, values: EventValues & { type: EventType; title: string; startsAt: string }): Promise<string> {
    const fields = (Object.keys(COLUMN_OF) as EventField[]).filter((field) => field !== 'timeZone' && values[field] !== undefined);
    const params: unknown[] = [userId, values.timeZone ?? null, ...fields.map((f) => values[f])];
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO events (user_id, time_zone, ${fields.map((f) => COLUMN_OF[f]).join(', ')})
       VALUES ($1, COALESCE($2::varchar, (SELECT s.time_zone FROM user_settings s WHERE s.user_id = $1), 'UTC'), ${fields.map((_, i) => `$${i + 3}`).join(', ')})
       RETURNING id`,
      params,
    );
    return rows[0].id;
  }

  /** Applies `changes` only while the row still has `version`; false when it does not (or is gone). */
  async updateIfVersion(tx: EntityManager, userId: string, id: string, version: number, changes: EventValues): Promise<boolean> {
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [id, userId, version];
    for (const field of Object.keys(COLUMN_OF) as EventField[]) {
      if (changes[field] === undefined) continue;
      params.push(changes[field]);
      sets.push(`${COLUMN_OF[field]} = $${params.length}`);
    }
    const rows: unknown[] = await tx.query(
      `WITH updated AS (UPDATE events SET ${sets.join(', ')} WHERE id = $1 AND user_id = $2 AND version = $3 RETURNING id) SELECT id FROM updated`,
      params,
    );
    return rows.length > 0;
  }

  /** Marks the event changed (its links moved) so a form holding the old list gets a version conflict. */
  async touch(tx: EntityManager, userId: string, id: string): Promise<void> {
    await tx.query(`WITH t AS (UPDATE events SET version = version + 1, updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM t`, [id, userId]);
  }

  /** Adds links (contacts already checked to be the user's); an existing link keeps its note unless a new one is given. */
  async link(tx: EntityManager, userId: string, eventId: string, links: NewLink[]): Promise<void> {
    if (links.length === 0) return;
    await tx.query(
      `INSERT INTO event_contacts (event_id, contact_id, user_id, note)
       SELECT $1, r.contact_id, $2, r.note FROM json_to_recordset($3::json) AS r(contact_id uuid, note text)
       ON CONFLICT (event_id, contact_id) DO UPDATE SET note = COALESCE(EXCLUDED.note, event_contacts.note)`,
      [eventId, userId, JSON.stringify(links.map((l) => ({ contact_id: l.contactId, note: l.note })))],
    );
  }

  async unlinkAll(tx: EntityManager, userId: string, eventId: string): Promise<void> {
    await tx.query(`WITH d AS (DELETE FROM event_contacts WHERE event_id = $1 AND user_id = $2 RETURNING contact_id) SELECT count(*) FROM d`, [eventId, userId]);
  }

  /** One hand-made follow-up per person met (no rule), due on the given local date; ids in input order. */
  async insertFollowUps(tx: EntityManager, userId: string, eventId: string, followUps: NewPersonFollowUp[]): Promise<string[]> {
    const rows: Array<{ id: string; ord: number }> = await tx.query(
      `WITH r AS (
         SELECT * FROM json_to_recordset($3::json) AS r(ord int, contact_id uuid, title text, due_on date)),
       ins AS (
         INSERT INTO follow_ups (user_id, kind, title, due_on, first_due_on, contact_id, event_id, status)
         SELECT $1, 'custom', r.title, r.due_on, r.due_on, r.contact_id, $2, 'open' FROM r ORDER BY r.ord
         RETURNING id, contact_id)
       SELECT ins.id, r.ord FROM ins JOIN r ON r.contact_id = ins.contact_id ORDER BY r.ord`,
      [userId, eventId, JSON.stringify(followUps.map((f, ord) => ({ ord, contact_id: f.contactId, title: f.title, due_on: f.dueOn })))],
    );
    return rows.map((r) => r.id);
  }

  /** Follow-ups by id, in the order of `ids`. */
  followUps(tx: EntityManager, userId: string, ids: string[]): Promise<FollowUpRow[]> {
    return tx.query(
      `SELECT ${FOLLOW_UP_COLUMNS} ${followUpFrom()} WHERE f.user_id = $1 AND f.id = ANY($2::uuid[]) ORDER BY array_position($2::uuid[], f.id)`,
      [userId, ids],
    );
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`WITH deleted AS (DELETE FROM events WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`, [id, userId]);
    return rows.length > 0;
  }
}
