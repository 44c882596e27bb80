import type { ApplicationContactRole, Channel, ReferralStatus, Stage, WorkMode } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ExportApplicationRow {
  companyName: string;
  roleTitle: string;
  channel: Channel;
  stage: Stage;
  lastOpenStage: Stage | null;
  appliedOn: string | null;
  createdAt: string;
  stageChangedAt: string;
  location: string | null;
  workMode: WorkMode | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  jobUrl: string | null;
  excitement: number | null;
  offerDeadline: string | null;
  resumeVersion: string | null;
  archived: boolean;
  notes: string | null;
  contacts: Array<{ name: string; role: ApplicationContactRole }>;
  referrers: Array<{ name: string; status: ReferralStatus }>;
}

const UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

@Injectable()
export class ExportRepository {
  constructor(private readonly db: DataSource) {}

  /** Every application with its people and referrers: one query. */
  applications(userId: string): Promise<ExportApplicationRow[]> {
    return this.db.query(
      `SELECT a.company_name AS "companyName", a.role_title AS "roleTitle", a.channel, a.stage, a.last_open_stage AS "lastOpenStage",
              to_char(a.applied_on, 'YYYY-MM-DD') AS "appliedOn",
              to_char(a.created_at AT TIME ZONE 'UTC', ${UTC}) AS "createdAt",
              to_char(a.stage_changed_at AT TIME ZONE 'UTC', ${UTC}) AS "stageChangedAt",
              a.location, a.work_mode AS "workMode", a.salary_min AS "salaryMin", a.salary_max AS "salaryMax",
              a.salary_currency AS "salaryCurrency", a.job_url AS "jobUrl", a.excitement,
              to_char(a.offer_deadline, 'YYYY-MM-DD') AS "offerDeadline", a.resume_version AS "resumeVersion", a.archived, a.notes,
              coalesce((SELECT json_agg(json_build_object('name', k.name, 'role', ac.role) ORDER BY ac.created_at, k.name, ac.role)
                          FROM application_contacts ac JOIN contacts k ON k.id = ac.contact_id AND k.user_id = ac.user_id
                         WHERE ac.user_id = a.user_id AND ac.application_id = a.id), '[]'::json) AS contacts,
              coalesce((SELECT json_agg(json_build_object('name', k.name, 'status', r.status) ORDER BY r.created_at, k.name)
                          FROM referrals r JOIN contacts k ON k.id = r.contact_id AND k.user_id = r.user_id
                         WHERE r.user_id = a.user_id AND r.application_id = a.id), '[]'::json) AS referrers
         FROM applications a
        WHERE a.user_id = $1
        ORDER BY a.created_at, a.id`,
      [userId],
    );
  }
}
