import { REFERRAL_STATUSES, type ReferralStatus } from '@offerpath/domain';
import type { ReferralDetailDto, ReferralDto, ReferralEventDto, ReferralStepsDto } from './dto/referral.dto.js';

/** One referral_events row, as aggregated into REFERRAL_COLUMNS' `events` (JSON: `at` is text). */
export interface ReferralEventRow {
  id: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  occurredOn: string;
  at: string;
}

/** A referrals row as selected by REFERRAL_COLUMNS, its steps oldest first. */
export interface ReferralRow {
  id: string;
  applicationId: string;
  contactId: string;
  contactName: string;
  companyName: string;
  roleTitle: string;
  status: ReferralStatus;
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  events: ReferralEventRow[];
}

const PATH = ['to_ask', 'asked', 'agreed', 'submitted', 'interviewing'] as const satisfies readonly ReferralStatus[];
const OUTCOMES = ['declined', 'no_response'] as const satisfies readonly ReferralStatus[];

/**
 * Replays the history into one day per step still standing. Going back (a correction, or an
 * outcome reopened to asked) undoes the later steps and keeps the earlier step's first day.
 */
export function stepDates(events: readonly ReferralEventRow[]): ReferralStepsDto {
  const steps = Object.fromEntries(REFERRAL_STATUSES.map((status) => [status, null])) as Record<ReferralStatus, string | null>;
  for (const event of events) {
    const index = (PATH as readonly ReferralStatus[]).indexOf(event.toStatus);
    if (index >= 0) for (const later of PATH.slice(index + 1)) steps[later] = null;
    for (const outcome of OUTCOMES) steps[outcome] = null;
    steps[event.toStatus] ??= event.occurredOn;
  }
  return steps;
}

export function mapReferralEvent(row: ReferralEventRow): ReferralEventDto {
  return { id: String(row.id), fromStatus: row.fromStatus, toStatus: row.toStatus, occurredOn: row.occurredOn, at: new Date(row.at).toISOString() };
}

export function mapReferral(row: ReferralRow): ReferralDto {
  return {
    id: row.id,
    applicationId: row.applicationId,
    contactId: row.contactId,
    contactName: row.contactName,
    companyName: row.companyName,
    roleTitle: row.roleTitle,
    status: row.status,
    notes: row.notes,
    version: row.version,
    steps: stepDates(row.events),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapReferralDetail(row: ReferralRow): ReferralDetailDto {
  return { ...mapReferral(row), history: row.events.map(mapReferralEvent) };
}
