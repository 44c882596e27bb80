import {
  type ApplicationContactRole, CHANNEL_LABELS, REFERRAL_STATUS_LABELS, STAGE_LABELS, WORK_MODE_LABELS,
} from '@offerpath/domain';
import { stringify } from 'csv-stringify/sync';
import type { ExportApplicationRow } from './export.repository.js';

const ROLE_LABELS: Record<ApplicationContactRole, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  referrer: 'Referrer',
  interviewer: 'Interviewer',
};

export const APPLICATION_CSV_COLUMNS = [
  'Company', 'Role', 'Channel', 'Stage', 'Last open stage', 'Applied on', 'Created', 'Stage changed', 'Location', 'Work mode',
  'Salary', 'Job URL', 'Contacts', 'Referrer', 'Excitement', 'Offer deadline', 'Resume version', 'Archived', 'Notes',
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR in front) gets a leading
 * quote, as OWASP's CSV-injection advice says; the text is otherwise unchanged.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function salary(row: ExportApplicationRow): string {
  if (row.salaryMin === null && row.salaryMax === null) return '';
  const range = row.salaryMin !== null && row.salaryMax !== null && row.salaryMin !== row.salaryMax
    ? `${row.salaryMin}–${row.salaryMax}`
    : String(row.salaryMin ?? row.salaryMax);
  return row.salaryCurrency ? `${range} ${row.salaryCurrency}` : range;
}

function record(row: ExportApplicationRow): string[] {
  return [
    row.companyName,
    row.roleTitle,
    CHANNEL_LABELS[row.channel],
    STAGE_LABELS[row.stage],
    row.lastOpenStage ? STAGE_LABELS[row.lastOpenStage] : '',
    row.appliedOn ?? '',
    row.createdAt,
    row.stageChangedAt,
    row.location ?? '',
    row.workMode ? WORK_MODE_LABELS[row.workMode] : '',
    salary(row),
    row.jobUrl ?? '',
    row.contacts.map((c) => `${c.name} (${ROLE_LABELS[c.role]})`).join('; '),
    row.referrers.map((r) => `${r.name} (${REFERRAL_STATUS_LABELS[r.status]})`).join('; '),
    row.excitement === null ? '' : String(row.excitement),
    row.offerDeadline ?? '',
    row.resumeVersion ?? '',
    row.archived ? 'yes' : 'no',
    row.notes ?? '',
  ].map(safeCell);
}

/** The applications as CSV (RFC 4180, CRLF, UTF-8 with a BOM so that Excel reads accents right). */
export function applicationsCsv(rows: ExportApplicationRow[]): string {
  return stringify([[...APPLICATION_CSV_COLUMNS], ...rows.map(record)], { bom: true, record_delimiter: 'windows' });
}
