import {
  EVENT_OUTCOMES, EVENT_TYPES, type EventOutcome, type EventType, FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, type FollowUpKind,
  type FollowUpStatus, REFERRAL_STATUSES, ROUND_KINDS, type ReferralStatus, type RoundKind, STAGES, type Stage,
} from '@offerpath/domain';
import { ApiProperty } from '@nestjs/swagger';

export class FollowUpApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() companyName: string;
  @ApiProperty() roleTitle: string;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
}

export class FollowUpContactSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class FollowUpReferralSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus' }) status: ReferralStatus;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ description: 'The referrer’s name.' }) contactName: string;
  @ApiProperty({ description: 'The company of the application the referral is for.' }) companyName: string;
}

export class FollowUpEventSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' }) type: EventType;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, enumName: 'FollowUpKind' }) kind: FollowUpKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'date', description: 'Local day it is due; a snooze moves it.' }) dueOn: string;
  @ApiProperty({ type: String, nullable: true, example: '09:30', description: 'Local time of day, HH:MM.' }) dueTime: string | null;
  @ApiProperty({ format: 'date', description: 'The day it was first due, before any snooze.' }) firstDueOn: string;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES, enumName: 'FollowUpStatus', description: 'open and snoozed are pending.' }) status: FollowUpStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The cadence rule that made it; null when made by hand.' }) rule: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was cancelled (e.g. answered, dismissed).' }) cancelledReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) contactId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) referralId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) eventId: string | null;
  @ApiProperty({ type: FollowUpApplicationSummaryDto, nullable: true }) application: FollowUpApplicationSummaryDto | null;
  @ApiProperty({ type: FollowUpContactSummaryDto, nullable: true }) contact: FollowUpContactSummaryDto | null;
  @ApiProperty({ type: FollowUpReferralSummaryDto, nullable: true }) referral: FollowUpReferralSummaryDto | null;
  @ApiProperty({ type: FollowUpEventSummaryDto, nullable: true }) event: FollowUpEventSummaryDto | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class FollowUpPageDto {
  @ApiProperty({ type: [FollowUpDto] }) items: FollowUpDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ format: 'date', description: 'Today in your time zone, which the views are relative to.' }) date: string;
}

export class FollowUpCountsDto {
  @ApiProperty({ type: 'integer', description: 'Pending and due before today.' }) overdue: number;
  @ApiProperty({ type: 'integer', description: 'Pending and due today.' }) today: number;
}

export class TodayCountsDto extends FollowUpCountsDto {
  @ApiProperty({ type: 'integer', description: 'Pending and due in the next 7 days.' }) upcoming: number;
}

export class TodayEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' }) type: EventType;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind', nullable: true }) roundKind: RoundKind | null;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ enum: EVENT_OUTCOMES, enumName: 'EventOutcome' }) outcome: EventOutcome;
  @ApiProperty({ type: FollowUpApplicationSummaryDto, nullable: true }) application: FollowUpApplicationSummaryDto | null;
}

export class TodayDto {
  @ApiProperty({ format: 'date', description: 'Today in your time zone.' }) date: string;
  @ApiProperty({ example: 'Europe/Berlin', description: 'Your time zone (UTC until you set one).' }) timeZone: string;
  @ApiProperty({ type: [FollowUpDto], description: 'Pending, due before today; oldest first (at most 200).' }) overdue: FollowUpDto[];
  @ApiProperty({ type: [FollowUpDto], description: 'Pending, due today (at most 200).' }) today: FollowUpDto[];
  @ApiProperty({ type: [FollowUpDto], description: 'Pending, due in the next 7 days; soonest first (at most 200).' }) upcoming: FollowUpDto[];
  @ApiProperty({ type: [TodayEventDto], description: 'Events starting today (local), in time order.' }) events: TodayEventDto[];
  @ApiProperty({ type: TodayCountsDto, description: 'Full counts, even past the 200 listed.' }) counts: TodayCountsDto;
}
