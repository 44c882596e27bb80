import { randomUUID } from 'node:crypto';
import { POSITION_STEP, ROUND_KIND_LABELS, type Stage, normalizeCompanyName } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompaniesRepository } from '../companies/companies.repository.js';
import { type DemoApplication, type DemoData, demoData } from './demo-data.js';

const DAY_MS = 86_400_000;

@Injectable()
export class DemoRepository {
  constructor(
    private readonly db: DataSource,
    private readonly companies: CompaniesRepository,
  ) {}

  /**
   * Writes the demo applications with their backdated history, and the contacts, outreach,
   * referrals and interview rounds around them, in one transaction (one statement per table,
   * however many rows), only while the account is still empty. A bare list of applications
   * gets the extras derived from it (demoData).
   */
  async seed(userId: string, input: DemoData | DemoApplication[] = demoData(), now = Date.now()): Promise<number | null> {
    const data = Array.isArray(input) ? demoData(input) : input;
    const demo = data.applications;
    const day = (daysAgo: number) => new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
    return this.db.transaction(async (tx) => {
      // Serialise seeding per user so two clicks cannot both pass the emptiness check.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`demo:${userId}`]);
      const existing: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM applications WHERE user_id = $1`, [userId]);
      if (existing[0].n > 0) return null;
      const companyIds = await this.companies.upsertMany(tx, userId, demo.map((item) => item.companyName));
      const apps: Array<{ id: string; company_id: string | null; company_name: string } & Record<string, unknown>> = [];
      const events: object[] = [];
      const timeline: Array<{ times: string[]; step: number }> = [];
      const perStage = new Map<Stage, number>();
      for (const item of demo) {
        const id = randomUUID();
        const start = now - item.startedDaysAgo * DAY_MS;
        const step = (item.startedDaysAgo * DAY_MS) / (item.path.length + 1);
        const times = item.path.map((_, i) => new Date(start + i * step + (i > 0 ? 3_600_000 : 0)).toISOString());
        timeline.push({ times, step });
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

      const contactIds = data.contacts.map(() => randomUUID());
      await tx.query(
        `INSERT INTO contacts (id, user_id, company_id, name, title, kind)
         SELECT r.id, $1, r.company_id, r.name, r.title, r.kind
           FROM json_to_recordset($2::json) AS r(id uuid, company_id uuid, name text, title text, kind text)`,
        [userId, JSON.stringify(data.contacts.map((c, i) => ({ id: contactIds[i], company_id: c.application === null ? null : apps[c.application].company_id, name: c.name, title: c.title, kind: c.kind })))],
      );
      await tx.query(
        `INSERT INTO outreach (user_id, contact_id, application_id, type, occurred_on)
         SELECT $1, r.contact_id, r.application_id, r.type, r.occurred_on
           FROM json_to_recordset($2::json) AS r(contact_id uuid, application_id uuid, type text, occurred_on date)`,
        [userId, JSON.stringify(data.outreach.map((o) => ({ contact_id: contactIds[o.contact], application_id: o.application === null ? null : apps[o.application].id, type: o.type, occurred_on: day(o.daysAgo) })))],
      );
      const referralIds = data.referrals.map(() => randomUUID());
      await tx.query(
        `INSERT INTO referrals (id, user_id, application_id, contact_id, status, created_at, updated_at)
         SELECT r.id, $1, r.application_id, r.contact_id, r.status, r.created_at, r.updated_at
           FROM json_to_recordset($2::json) AS r(id uuid, application_id uuid, contact_id uuid, status text, created_at timestamptz, updated_at timestamptz)`,
        [userId, JSON.stringify(data.referrals.map((r, i) => ({
          id: referralIds[i], application_id: apps[r.application].id, contact_id: contactIds[r.contact], status: r.steps[r.steps.length - 1].status,
          created_at: `${day(r.steps[0].daysAgo)}T12:00:00Z`, updated_at: `${day(r.steps[r.steps.length - 1].daysAgo)}T12:00:00Z`,
        })))],
      );
      await tx.query(
        `INSERT INTO referral_events (referral_id, user_id, from_status, to_status, occurred_on, at)
         SELECT r.referral_id, $1, r.from_status, r.to_status, r.occurred_on, r.at
           FROM json_to_recordset($2::json) AS r(referral_id uuid, from_status text, to_status text, occurred_on date, at timestamptz)
          ORDER BY r.at`,
        [userId, JSON.stringify(data.referrals.flatMap((r, i) => r.steps.map((step, k) => ({
          referral_id: referralIds[i], from_status: k === 0 ? null : r.steps[k - 1].status, to_status: step.status,
          occurred_on: day(step.daysAgo), at: new Date(Date.parse(`${day(step.daysAgo)}T12:00:00Z`) + k * 60_000).toISOString(),
        }))))],
      );
      // A round sits halfway through its stage; one still pending is coming up in the next days.
      await tx.query(
        `INSERT INTO events (user_id, application_id, type, round_kind, title, starts_at, ends_at, time_zone, outcome)
         SELECT $1, r.application_id, 'interview', r.round_kind, r.title, r.starts_at, r.starts_at + interval '1 hour', 'UTC', r.outcome
           FROM json_to_recordset($2::json) AS r(application_id uuid, round_kind text, title text, starts_at timestamptz, outcome text)`,
        [userId, JSON.stringify(data.interviews.map((round) => {
          const { times, step } = timeline[round.application];
          const startsAt = round.outcome === 'pending'
            ? new Date(Date.parse(`${day(-(1 + (round.application % 6)))}T16:00:00Z`)).toISOString()
            : new Date(Date.parse(times[round.stageIndex]) + step / 2).toISOString();
          return { application_id: apps[round.application].id, round_kind: round.roundKind, title: `${ROUND_KIND_LABELS[round.roundKind]} — ${apps[round.application].company_name}`, starts_at: startsAt, outcome: round.outcome };
        }))],
      );
      return apps.length;
    });
  }
}
