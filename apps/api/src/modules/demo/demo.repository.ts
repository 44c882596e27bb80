import { randomUUID } from 'node:crypto';
import { POSITION_STEP, type Stage, normalizeCompanyName } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompaniesRepository } from '../companies/companies.repository.js';
import type { DemoApplication } from './demo-data.js';

const DAY_MS = 86_400_000;

@Injectable()
export class DemoRepository {
  constructor(
    private readonly db: DataSource,
    private readonly companies: CompaniesRepository,
  ) {}

  /**
   * Writes the demo applications with their backdated history in one transaction (two
   * statements, however many rows), only while the account is still empty.
   */
  async seed(userId: string, demo: DemoApplication[], now = Date.now()): Promise<number | null> {
    return this.db.transaction(async (tx) => {
      // Serialise seeding per user so two clicks cannot both pass the emptiness check.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`demo:${userId}`]);
      const existing: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM applications WHERE user_id = $1`, [userId]);
      if (existing[0].n > 0) return null;
      const companyIds = await this.companies.upsertMany(tx, userId, demo.map((item) => item.companyName));
      const apps: object[] = [];
      const events: object[] = [];
      const perStage = new Map<Stage, number>();
      for (const item of demo) {
        const id = randomUUID();
        const start = now - item.startedDaysAgo * DAY_MS;
        const step = (item.startedDaysAgo * DAY_MS) / (item.path.length + 1);
        const times = item.path.map((_, i) => new Date(start + i * step + (i > 0 ? 3_600_000 : 0)).toISOString());
        item.path.forEach((stage, i) =>
          events.push({ application_id: id, type: i === 0 ? 'created' : 'stage_changed', from_stage: i === 0 ? null : item.path[i - 1], to_stage: stage, at: times[i] }),
        );
        const stage = item.path.at(-1) as Stage;
        const closed = ['rejected', 'withdrawn', 'ghosted'].includes(stage);
        const index = (perStage.get(stage) ?? 0) + 1;
        perStage.set(stage, index);
        apps.push({
          id,
          company_id: companyIds.get(normalizeCompanyName(item.companyName)) ?? null,
          company_name: item.companyName,
          role_title: item.roleTitle,
          location: item.location,
          work_mode: item.workMode,
          salary_min: item.salaryMin,
          salary_max: item.salaryMin !== null && item.salaryMax !== null && item.salaryMax < item.salaryMin ? item.salaryMin : item.salaryMax,
          salary_currency: item.salaryMin !== null || item.salaryMax !== null ? 'USD' : null,
          channel: item.channel,
          stage,
          last_open_stage: closed ? item.path.at(-2) ?? null : null,
          excitement: item.excitement,
          notes: item.notes,
          applied_on: item.path.includes('applied') ? times[item.path.indexOf('applied')].slice(0, 10) : null,
          resume_version: item.resumeVersion,
          position: index * POSITION_STEP,
          stage_changed_at: times.at(-1),
          created_at: times[0],
        });
      }
      await tx.query(
        `INSERT INTO applications (id, user_id, company_id, company_name, role_title, location, work_mode, salary_min, salary_max,
           salary_currency, channel, stage, last_open_stage, excitement, notes, applied_on, resume_version, position,
           stage_changed_at, created_at, updated_at)
         SELECT r.id, $1, r.company_id, r.company_name, r.role_title, r.location, r.work_mode, r.salary_min, r.salary_max,
           r.salary_currency, r.channel, r.stage, r.last_open_stage, r.excitement, r.notes, r.applied_on, r.resume_version,
           r.position, r.stage_changed_at, r.created_at, r.stage_changed_at
           FROM json_to_recordset($2::json) AS r(id uuid, company_id uuid, company_name text, role_title text, location text, work_mode text,
             salary_min int, salary_max int, salary_currency text, channel text, stage text, last_open_stage text,
             excitement smallint, notes text, applied_on date, resume_version text, position double precision,
             stage_changed_at timestamptz, created_at timestamptz)`,
        [userId, JSON.stringify(apps)],
      );
      await tx.query(
        `INSERT INTO application_events (application_id, user_id, type, from_stage, to_stage, at)
         SELECT r.application_id, $1, r.type, r.from_stage, r.to_stage, r.at
           FROM json_to_recordset($2::json) AS r(application_id uuid, type text, from_stage text, to_stage text, at timestamptz)
          ORDER BY r.at`,
        [userId, JSON.stringify(events)],
      );
      return apps.length;
    });
  }
}
