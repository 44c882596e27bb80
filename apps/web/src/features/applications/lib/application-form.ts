import type { ApplicationDto, UpdateApplicationDto } from '@offerpath/api-client';
import type { Channel, Stage, WorkMode } from '@offerpath/domain';

/** The drawer's form state: what the inputs hold, strings where the input is text. */
export interface ApplicationFormValues {
  companyName: string;
  roleTitle: string;
  jobUrl: string;
  location: string;
  workMode: WorkMode | '';
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  channel: Channel;
  stage: Stage;
  excitement: string;
  notes: string;
  appliedOn: string;
  offerDeadline: string;
  resumeVersion: string;
  archived: boolean;
}

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function toFormValues(app: ApplicationDto): ApplicationFormValues {
  return {
    companyName: app.companyName,
    roleTitle: app.roleTitle,
    jobUrl: text(app.jobUrl),
    location: text(app.location),
    workMode: app.workMode ?? '',
    salaryMin: number(app.salaryMin),
    salaryMax: number(app.salaryMax),
    salaryCurrency: text(app.salaryCurrency),
    channel: app.channel,
    stage: app.stage,
    excitement: number(app.excitement),
    notes: text(app.notes),
    appliedOn: text(app.appliedOn),
    offerDeadline: text(app.offerDeadline),
    resumeVersion: text(app.resumeVersion),
    archived: app.archived,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

/** The values as the API takes them: trimmed, empty optional fields as null. */
function toApiValues(values: ApplicationFormValues) {
  return {
    companyName: values.companyName.trim(),
    roleTitle: values.roleTitle.trim(),
    jobUrl: orNull(values.jobUrl),
    location: orNull(values.location),
    workMode: values.workMode === '' ? null : values.workMode,
    salaryMin: numberOrNull(values.salaryMin),
    salaryMax: numberOrNull(values.salaryMax),
    salaryCurrency: orNull(values.salaryCurrency)?.toUpperCase() ?? null,
    channel: values.channel,
    stage: values.stage,
    excitement: numberOrNull(values.excitement),
    notes: orNull(values.notes),
    appliedOn: orNull(values.appliedOn),
    offerDeadline: orNull(values.offerDeadline),
    resumeVersion: orNull(values.resumeVersion),
    archived: values.archived,
  };
}

/** A PATCH body with only the fields that differ from `app`, or null when nothing changed. */
export function toUpdate(app: ApplicationDto, values: ApplicationFormValues): UpdateApplicationDto | null {
  const next = toApiValues(values);
  const before = toApiValues(toFormValues(app));
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key]);
  if (changed.length === 0) return null;
  const body: Record<string, unknown> = { version: app.version };
  for (const key of changed) body[key] = next[key];
  return body as UpdateApplicationDto;
}
