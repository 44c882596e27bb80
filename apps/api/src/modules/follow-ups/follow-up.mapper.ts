import type { EventOutcome, EventType, FollowUpKind, FollowUpStatus, RoundKind } from '@offerpath/domain';
import type {
  FollowUpApplicationSummaryDto, FollowUpContactSummaryDto, FollowUpDto, FollowUpEventSummaryDto, FollowUpReferralSummaryDto, TodayEventDto,
} from './dto/follow-up.dto.js';

/** A follow_ups row as selected by FOLLOW_UP_COLUMNS; the summaries arrive as JSON (timestamps as text). */
export interface FollowUpRow {
  id: string;
  kind: FollowUpKind;
  title: string;
  notes: string | null;
  dueOn: string;
  dueTime: string | null;
  firstDueOn: string;
  status: FollowUpStatus;
  rule: string | null;
  completedAt: Date | null;
  cancelledReason: string | null;
  applicationId: string | null;
  contactId: string | null;
  referralId: string | null;
  eventId: string | null;
  application: FollowUpApplicationSummaryDto | null;
  contact: FollowUpContactSummaryDto | null;
  referral: FollowUpReferralSummaryDto | null;
  event: (Omit<FollowUpEventSummaryDto, 'startsAt'> & { startsAt: string }) | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TodayEventRow {
  id: string;
  type: EventType;
  roundKind: RoundKind | null;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  outcome: EventOutcome;
  application: FollowUpApplicationSummaryDto | null;
}

export function mapFollowUp(row: FollowUpRow): FollowUpDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    notes: row.notes,
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    firstDueOn: row.firstDueOn,
    status: row.status,
    rule: row.rule,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    cancelledReason: row.cancelledReason,
    applicationId: row.applicationId,
    contactId: row.contactId,
    referralId: row.referralId,
    eventId: row.eventId,
    application: row.application,
    contact: row.contact,
    referral: row.referral,
    event: row.event ? { ...row.event, startsAt: new Date(row.event.startsAt).toISOString() } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapTodayEvent(row: TodayEventRow): TodayEventDto {
  return {
    id: row.id,
    type: row.type,
    roundKind: row.roundKind,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt ? row.endsAt.toISOString() : null,
    location: row.location,
    outcome: row.outcome,
    application: row.application,
  };
}
