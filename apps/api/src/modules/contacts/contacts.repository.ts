import type { ContactKind, ContactSortKey, SortDirection } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContactRow, TimelineRow } from './contact.mapper.js';

/** API field → column, for every field written directly. */
const COLUMN_OF = {
  name: 'name',
  companyId: 'company_id',
  title: 'title',
  linkedinUrl: 'linkedin_url',
  email: 'email',
  phone: 'phone',
  kind: 'kind',
  tags: 'tags',
  notes: 'notes',
  howMet: 'how_met',
  connectedOn: 'connected_on',
} as const;

export type ContactField = keyof typeof COLUMN_OF;
export type ContactValues = { [K in ContactField]?: ContactRow[K] };

/** Select list over `contacts k LEFT JOIN companies co`; lastContactedAt is derived from the outreach log. */
export const CONTACT_COLUMNS = `k.id, k.name, k.company_id AS "companyId", co.name AS "companyName", k.title,
  k.linkedin_url AS "linkedinUrl", k.email, k.phone, k.kind, k.tags, k.notes, k.how_met AS "howMet",
  to_char(k.connected_on, 'YYYY-MM-DD') AS "connectedOn",
  (SELECT to_char(max(o.occurred_on), 'YYYY-MM-DD') FROM outreach o WHERE o.user_id = k.user_id AND o.contact_id = k.id) AS "lastContactedAt",
  k.version, k.created_at AS "createdAt", k.updated_at AS "updatedAt"`;

export interface ContactFilter {
  q?: string;
  kind?: ContactKind;
  sort?: ContactSortKey;
  order?: SortDirection;
  companyId?: string;
  tag?: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const SORT_SQL: Record<ContactSortKey, string> = {
  name: 'k.name',
  company: 'co.name',
  title: 'k.title',
  kind: 'k.kind',
  lastContacted: '"lastContactedAt"',
};

@Injectable()
export class ContactsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async list(userId: string, filter: ContactFilter, page: number, pageSize: number): Promise<{ rows: ContactRow[]; total: number }> {
    const where = ['k.user_id = $1'];
    const params: unknown[] = [userId];
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`k.kind = $${params.length}`);
    }
    if (filter.companyId) {
      params.push(filter.companyId);
      where.push(`k.company_id = $${params.length}`);
    }
    if (filter.tag?.trim()) {
      params.push(filter.tag.trim());
      where.push(`$${params.length} = ANY (k.tags)`);
    }
    if (filter.q?.trim()) {
      params.push(`%${escapeLike(filter.q.trim())}%`);
      const p = `$${params.length}`;
      where.push(`(k.name ILIKE ${p} OR k.title ILIKE ${p} OR co.name ILIKE ${p})`);
    }
    const from = `FROM contacts k LEFT JOIN companies co ON co.id = k.company_id AND co.user_id = k.user_id WHERE ${where.join(' AND ')}`;
    params.push(pageSize, (page - 1) * pageSize);
    const rows: Array<ContactRow & { total: number }> = await this.db.query(
      `SELECT ${CONTACT_COLUMNS}, count(*) OVER ()::int AS total ${from}
        ORDER BY ${SORT_SQL[filter.sort ?? 'name']} ${filter.order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, k.name, k.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      const counted: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total ${from}`, params.slice(0, -2));
      total = counted[0].total;
    }
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  async findOne(userId: string, id: string, tx?: EntityManager, lock = false): Promise<ContactRow | null> {
    const rows: ContactRow[] = await (tx ?? this.db).query(
      `SELECT ${CONTACT_COLUMNS} FROM contacts k LEFT JOIN companies co ON co.id = k.company_id
        WHERE k.id = $1 AND k.user_id = $2${lock ? ' FOR UPDATE OF k' : ''}`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  async insert(tx: EntityManager, userId: string, values: ContactValues): Promise<ContactRow> {
    const fields = (Object.keys(values) as ContactField[]).filter((field) => values[field] !== undefined);
    const rows: ContactRow[] = await tx.query(
      `WITH k AS (
         INSERT INTO contacts (user_id, ${fields.map((f) => COLUMN_OF[f]).join(', ')})
         VALUES ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING *)
       SELECT ${CONTACT_COLUMNS} FROM k LEFT JOIN companies co ON co.id = k.company_id`,
      [userId, ...fields.map((f) => values[f])],
    );
    return rows[0];
  }

  /** Applies `changes` only while the row still has `version`; null when it does not (or is gone). */
  async updateIfVersion(tx: EntityManager, userId: string, id: string, version: number, changes: ContactValues): Promise<ContactRow | null> {
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [id, userId, version];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${COLUMN_OF[field as ContactField]} = $${params.length}`);
    }
    const rows: ContactRow[] = await tx.query(
      `WITH k AS (UPDATE contacts SET ${sets.join(', ')} WHERE id = $1 AND user_id = $2 AND version = $3 RETURNING *)
       SELECT ${CONTACT_COLUMNS} FROM k LEFT JOIN companies co ON co.id = k.company_id`,
      params,
    );
    return rows[0] ?? null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM contacts WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** The contact's outreach and the steps of the referrals they give, newest first: one query. */
  timeline(userId: string, contactId: string, tx?: EntityManager): Promise<TimelineRow[]> {
    return (tx ?? this.db).query(
      `SELECT * FROM (
         SELECT 'outreach' AS entry, o.id::text AS id, to_char(o.occurred_on, 'YYYY-MM-DD') AS "occurredOn",
                o.type AS "outreachType", NULL::uuid AS "referralId", NULL::varchar AS "fromStatus", NULL::varchar AS "toStatus",
                o.application_id AS "applicationId", o.note, o.created_at AS at
           FROM outreach o WHERE o.user_id = $1 AND o.contact_id = $2
         UNION ALL
         SELECT 'referral', e.id::text, to_char(e.occurred_on, 'YYYY-MM-DD'), NULL, r.id, e.from_status, e.to_status,
                r.application_id, NULL, e.at
           FROM referrals r JOIN referral_events e ON e.referral_id = r.id AND e.user_id = r.user_id
          WHERE r.user_id = $1 AND r.contact_id = $2) t
       ORDER BY "occurredOn" DESC, at DESC, id DESC`,
      [userId, contactId],
    ).then((rows: Array<TimelineRow & { at?: Date }>) => rows.map(({ at: _at, ...row }) => row));
  }
}
