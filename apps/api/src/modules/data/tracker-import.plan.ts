import { randomUUID } from 'node:crypto';
import { type OpenStage, type Stage, type TrackerApplication, isClosedStage, normalizeCompanyName } from '@offerpath/domain';

export interface PlannedApplication {
  id: string;
  company_id: string | null;
  company_name: string;
  role_title: string;
  job_url: string | null;
  location: string | null;
  work_mode: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  channel: string;
  stage: Stage;
  last_open_stage: OpenStage | null;
  notes: string | null;
  applied_on: string | null;
  resume_version: string | null;
  /** Cards above the column's current top: the file's first row of a stage ends up highest. */
  rank: number;
  stage_changed_at: string;
  created_at: string;
}

export interface PlannedEvent {
  application_id: string;
  type: 'created' | 'stage_changed';
  from_stage: Stage | null;
  to_stage: Stage;
  at: string;
  seq: number;
}

/**
 * The history an imported application gets, so that funnel and weekly stats count it: it is
 * created where the file says it was, else at applied, and moves once to where it is now. An
 * accepted one passes through offer (only an offer can be accepted); a closed one closes from
 * applied, its last open stage (the file does not say how far it got).
 */
export function importPath(stage: Stage): Stage[] {
  if (stage === 'wishlist' || stage === 'applied') return [stage];
  if (stage === 'accepted') return ['applied', 'offer', 'accepted'];
  return ['applied', stage];
}

/**
 * Rows and history for the insert. The created event (and created_at) is dated the applied-on
 * day at noon UTC when the file has one (not in the future), else now; later moves are now.
 */
export function planImport(rows: TrackerApplication[], companyIds: Map<string, string>, now: Date, newId: () => string = randomUUID) {
  const applications: PlannedApplication[] = [];
  const events: PlannedEvent[] = [];
  const perStage = new Map<Stage, number>();
  for (const row of rows) perStage.set(row.stage, (perStage.get(row.stage) ?? 0) + 1);
  const seen = new Map<Stage, number>();
  rows.forEach((row) => {
    const id = newId();
    const path = importPath(row.stage);
    const applied = row.appliedOn ? Date.parse(`${row.appliedOn}T12:00:00Z`) : now.getTime();
    const start = new Date(Math.min(applied, now.getTime())).toISOString();
    const times = path.map((_, i) => (i === 0 ? start : now.toISOString()));
    path.forEach((stage, i) =>
      events.push({ application_id: id, type: i === 0 ? 'created' : 'stage_changed', from_stage: i === 0 ? null : path[i - 1], to_stage: stage, at: times[i], seq: events.length }),
    );
    const index = seen.get(row.stage) ?? 0;
    seen.set(row.stage, index + 1);
    applications.push({
      id,
      company_id: companyIds.get(normalizeCompanyName(row.companyName)) ?? null,
      company_name: row.companyName,
      role_title: row.roleTitle,
      job_url: row.jobUrl,
      location: row.location,
      work_mode: row.workMode,
      salary_min: row.salaryMin,
      salary_max: row.salaryMax,
      salary_currency: row.salaryCurrency,
      channel: row.channel,
      stage: row.stage,
      last_open_stage: isClosedStage(row.stage) ? 'applied' : null,
      notes: row.notes,
      applied_on: row.appliedOn,
      resume_version: row.resumeVersion,
      rank: (perStage.get(row.stage) ?? 0) - index,
      stage_changed_at: times[times.length - 1],
      created_at: start,
    });
  });
  return { applications, events };
}
