import { POSITION_STEP, type Stage } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationEventType } from './application-event.entity.js';
import type { ApplicationEventRow, ApplicationRow, BoardCardRow } from './application.mapper.js';

/** API field → column, for every field a user can write. */
const COLUMN_OF = {
  companyName: 'company_name',
  companyId: 'company_id',
  roleTitle: 'role_title',
  jobUrl: 'job_url',
  location: 'location',
  workMode: 'work_mode',
  salaryMin: 'salary_min',
  salaryMax: 'salary_max',
  salaryCurrency: 'salary_currency',
  channel: 'channel',
  stage: 'stage',
  lastOpenStage: 'last_open_stage',
  excitement: 'excitement',
  notes: 'notes',
  appliedOn: 'applied_on',
  offerDeadline: 'offer_deadline',
  resumeVersion: 'resume_version',
  archived: 'archived',
} as const;

export type WritableField = keyof typeof COLUMN_OF;
export type ApplicationValues = { [K in WritableField]?: ApplicationRow[K] };

const APPLICATION_COLUMNS = [
  'a.id',
  ...Object.entries(COLUMN_OF).map(([field, column]) =>
    field === 'appliedOn' || field === 'offerDeadline' ? `to_char(a.${column}, 'YYYY-MM-DD') AS "${field}"` : `a.${column} AS "${field}"`,
  ),
  'a.position',
  'a.version',
  'a.stage_changed_at AS "stageChangedAt"',
  'a.created_at AS "createdAt"',
  'a.updated_at AS "updatedAt"',
].join(', ');

const EVENT_COLUMNS = `e.id, e.type, e.from_stage AS "fromStage", e.to_stage AS "toStage", e.at`;

export interface ApplicationFilter {
  stage?: Stage;
  channel?: string;
  q?: string;
  archived: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async list(userId: string, filter: ApplicationFilter, page: number, pageSize: number): Promise<{ rows: ApplicationRow[]; total: number }> {
    const where = ['a.user_id = $1', 'a.archived = $2'];
    const params: unknown[] = [userId, filter.archived];
    if (filter.stage) {
      params.push(filter.stage);
      where.push(`a.stage = $${params.length}`);
    }
    if (filter.channel) {
      params.push(filter.channel);
      where.push(`a.channel = $${params.length}`);
    }
    if (filter.q?.trim()) {
      params.push(`%${escapeLike(filter.q.trim())}%`);
      const p = `$${params.length}`;
      where.push(`(a.company_name ILIKE ${p} OR a.role_title ILIKE ${p} OR a.location ILIKE ${p} OR a.notes ILIKE ${p})`);
    }
    params.push(pageSize, (page - 1) * pageSize);
    const rows: Array<ApplicationRow & { total: number }> = await this.db.query(
      `SELECT ${APPLICATION_COLUMNS}, count(*) OVER ()::int AS total
         FROM applications a
        WHERE ${where.join(' AND ')}
        ORDER BY a.updated_at DESC, a.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      // Past the last page the window count is absent; count once so the client can step back.
      const counted: Array<{ total: number }> = await this.db.query(
        `SELECT count(*)::int AS total FROM applications a WHERE ${where.join(' AND ')}`,
        params.slice(0, -2),
      );
      total = counted[0].total;
    }
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  async findOne(userId: string, id: string, tx?: EntityManager, lock = false): Promise<ApplicationRow | null> {
    const rows: ApplicationRow[] = await (tx ?? this.db).query(
      `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1 AND a.user_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  history(userId: string, applicationId: string, tx?: EntityManager): Promise<ApplicationEventRow[]> {
    return (tx ?? this.db).query(
      `SELECT ${EVENT_COLUMNS} FROM application_events e
        WHERE e.application_id = $1 AND e.user_id = $2 ORDER BY e.at, e.id`,
      [applicationId, userId],
    );
  }

  /** Inserts a card at the top of its column. */
  async insert(tx: EntityManager, userId: string, values: ApplicationValues & { stage: Stage }): Promise<ApplicationRow> {
    // An absent field must never be written as NULL: only defined values are inserted.
    const fields = (Object.keys(values) as WritableField[]).filter((field) => values[field] !== undefined);
    const columns = fields.map((field) => COLUMN_OF[field]);
    const params: unknown[] = [userId, ...fields.map((field) => values[field]), values.stage];
    // The stage goes in twice (value and column lookup): one parameter cannot take both types.
    const stageParam = `$${params.length}`;
    const rows: ApplicationRow[] = await tx.query(
      `WITH inserted AS (
         INSERT INTO applications (user_id, ${columns.join(', ')}, position)
         VALUES ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')},
           COALESCE((SELECT min(position) FROM applications
                      WHERE user_id = $1 AND stage = ${stageParam} AND NOT archived), ${2 * POSITION_STEP}) - ${POSITION_STEP})
         RETURNING *)
       SELECT ${APPLICATION_COLUMNS} FROM inserted a`,
      params,
    );
    return rows[0];
  }

  async appendEvent(tx: EntityManager, userId: string, applicationId: string, type: ApplicationEventType, fromStage: Stage | null, toStage: Stage): Promise<void> {
    await tx.query(
      `INSERT INTO application_events (application_id, user_id, type, from_stage, to_stage) VALUES ($1, $2, $3, $4, $5)`,
      [applicationId, userId, type, fromStage, toStage],
    );
  }

  /**
   * The optimistic-concurrency write: changes apply only while the row still has the version
   * the client saw. Returns null when it does not (or the row is gone).
   */
  async updateIfVersion(
    tx: EntityManager,
    userId: string,
    id: string,
    version: number,
    changes: ApplicationValues & { position?: number },
    stageChanged: boolean,
  ): Promise<ApplicationRow | null> {
    const sets: string[] = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [id, userId, version];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue; // absent means unchanged; null clears
      const column = field === 'position' ? 'position' : COLUMN_OF[field as WritableField];
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    if (stageChanged) sets.push('stage_changed_at = now()');
    const rows: ApplicationRow[] = await tx.query(
      `WITH updated AS (
         UPDATE applications SET ${sets.join(', ')}
          WHERE id = $1 AND user_id = $2 AND version = $3
          RETURNING *)
       SELECT ${APPLICATION_COLUMNS} FROM updated a`,
      params,
    );
    return rows[0] ?? null;
  }

  /**
   * A submitted referral makes the application a referral one, but only over the default
   * channel: one the user chose is kept. Bumps the version when it changes; true if it did.
   */
  async adoptReferralChannel(tx: EntityManager, userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH updated AS (
         UPDATE applications SET channel = 'referral', version = version + 1, updated_at = now()
          WHERE id = $1 AND user_id = $2 AND channel = 'cold_apply'
          RETURNING id)
       SELECT id FROM updated`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** Sort keys of the cards around `index` in a column, not counting the card being moved. */
  async neighbours(tx: EntityManager, userId: string, stage: Stage, excludeId: string, index: number): Promise<{ before: number | null; after: number | null }> {
    const rows: Array<{ position: number }> = await tx.query(
      `SELECT position FROM applications
        WHERE user_id = $1 AND stage = $2 AND NOT archived AND id <> $3
        ORDER BY position, id OFFSET $4 LIMIT 2`,
      [userId, stage, excludeId, Math.max(0, index - 1)],
    );
    if (index === 0) return { before: null, after: rows[0]?.position ?? null };
    return { before: rows[0]?.position ?? null, after: rows[1]?.position ?? null };
  }

  /** Spreads a column's sort keys out again when a gap has been split too often. */
  async renumberColumn(tx: EntityManager, userId: string, stage: Stage): Promise<void> {
    await tx.query(
      `UPDATE applications a SET position = r.n * ${POSITION_STEP}
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n
                 FROM applications WHERE user_id = $1 AND stage = $2 AND NOT archived) r
        WHERE a.id = r.id AND a.user_id = $1`,
      [userId, stage],
    );
  }

  async delete(userId: string, id: string): Promise<boolean> {
    // A bare DELETE answers [rows, count] through TypeORM; the CTE keeps the answer a row list.
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM applications WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** How many of the user's contacts work at each company (for the board's "people you know" badges). */
  contactCountsByCompany(userId: string): Promise<Array<{ companyId: string; contacts: number }>> {
    return this.db.query(
      `SELECT company_id AS "companyId", count(*)::int AS contacts
         FROM contacts WHERE user_id = $1 AND company_id IS NOT NULL
        GROUP BY company_id`,
      [userId],
    );
  }

  /** Every card on the board with its next pending follow-up, in column order: one query. */
  board(userId: string): Promise<BoardCardRow[]> {
    return this.db.query(
      // One pass over the user's pending follow-ups (follow_ups_user_status_due_idx), hash-joined:
      // a per-card LATERAL lookup cost 0.5 s on a 5,000-card board.
      `SELECT ${APPLICATION_COLUMNS}, nf.next AS "nextFollowUp" FROM applications a
         LEFT JOIN (
           SELECT DISTINCT ON (f.application_id) f.application_id,
                  json_build_object('id', f.id, 'title', f.title, 'dueOn', to_char(f.due_on, 'YYYY-MM-DD'), 'kind', f.kind) AS next
             FROM follow_ups f
            WHERE f.user_id = $1 AND f.status IN ('open', 'snoozed') AND f.application_id IS NOT NULL
            ORDER BY f.application_id, f.due_on, f.due_time NULLS LAST, f.created_at, f.id) nf ON nf.application_id = a.id
        WHERE a.user_id = $1 AND NOT a.archived
        ORDER BY a.stage, a.position, a.id`,
      [userId],
    );
  }
}
