import { POSITION_STEP } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlannedApplication, PlannedEvent } from './tracker-import.plan.js';

/** The set-based statements of a tracker import: two, whatever the row count. */
@Injectable()
export class TrackerImportRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  async insert(tx: EntityManager, userId: string, applications: PlannedApplication[], events: PlannedEvent[]): Promise<void> {
    if (applications.length === 0) return;
    // Each card goes above its column's current top card; the statement sees the columns as they were.
    await tx.query(
      `INSERT INTO applications (id, user_id, company_id, company_name, role_title, job_url, location, work_mode, salary_min, salary_max,
         salary_currency, channel, stage, last_open_stage, notes, applied_on, resume_version, position, stage_changed_at, created_at)
       SELECT r.id, $1, r.company_id, r.company_name, r.role_title, r.job_url, r.location, r.work_mode, r.salary_min, r.salary_max,
         r.salary_currency, r.channel, r.stage, r.last_open_stage, r.notes, r.applied_on, r.resume_version,
         COALESCE((SELECT min(a.position) FROM applications a WHERE a.user_id = $1 AND a.stage = r.stage AND NOT a.archived), ${POSITION_STEP})
           - r.rank * ${POSITION_STEP},
         r.stage_changed_at, r.created_at
         FROM json_to_recordset($2::json) AS r(id uuid, company_id uuid, company_name text, role_title text, job_url text, location text,
           work_mode text, salary_min int, salary_max int, salary_currency text, channel text, stage text, last_open_stage text, notes text,
           applied_on date, resume_version text, rank int, stage_changed_at timestamptz, created_at timestamptz)`,
      [userId, JSON.stringify(applications)],
    );
    await tx.query(
      `INSERT INTO application_events (application_id, user_id, type, from_stage, to_stage, at)
       SELECT r.application_id, $1, r.type, r.from_stage, r.to_stage, r.at
         FROM json_to_recordset($2::json) AS r(application_id uuid, type text, from_stage text, to_stage text, at timestamptz, seq int)
        ORDER BY r.seq`,
      [userId, JSON.stringify(events)],
    );
  }
}
