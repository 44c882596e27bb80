import {
  EVENT_LIMITS, EVENT_OUTCOMES, EVENT_TYPES, type EventOutcome, type EventType, OPEN_STAGES, type OpenStage, ROUND_KINDS, type RoundKind, STAGES, type Stage,
} from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trimToNull } from '../../../common/field-presence.js';
import { Version } from '../../applications/dto/application-fields.js';
import { EventLocation, EventNotes, EventTitle, EventTypeField, EventUrl, OffsetDateTime, OutcomeField, RoundKindField, TimeZoneField } from './event-fields.js';

const uuid = (name: string) => IsUUID('all', { message: `${name} must be a UUID` });

/** A contact to link to the event, with what they were there for. */
export class EventContactLinkDto {
  @ApiProperty({ format: 'uuid', description: 'One of your contacts.' })
  @uuid('contactId')
  contactId: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: EVENT_LIMITS.contactNoteMax, example: 'Interviewer; asked about feature stores' })
  @trimToNull
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(EVENT_LIMITS.contactNoteMax)
  note?: string | null;
}

const ContactLinks = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [EventContactLinkDto], maxItems: EVENT_LIMITS.contactsMax, description: 'Contacts at the event. On update, the whole list replaces the links.' }),
    IsOptional(),
    IsArray({ message: 'contacts must be a list' }),
    ArrayMaxSize(EVENT_LIMITS.contactsMax),
    ValidateNested({ each: true }),
    Type(() => EventContactLinkDto),
  );

export class CreateEventDto {
  @EventTypeField('required') type: EventType;
  @RoundKindField('nullable') roundKind?: RoundKind | null;
  @EventTitle('optional') title?: string;
  @OffsetDateTime('required', 'startsAt', 'When it starts.') startsAt: string;
  @OffsetDateTime('nullable', 'endsAt', 'When it ends; not before startsAt.') endsAt?: string | null;
  @TimeZoneField('optional') timeZone?: string;
  @EventLocation('nullable') location?: string | null;
  @EventUrl('nullable') url?: string | null;
  @EventNotes('nullable') notes?: string | null;
  @OutcomeField('optional') outcome?: EventOutcome;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One of your applications.' })
  @IsOptional()
  @uuid('applicationId')
  applicationId?: string | null;

  @ContactLinks() contacts?: EventContactLinkDto[];
}

export class UpdateEventDto {
  @Version() version: number;
  @EventTypeField('optional') type?: EventType;
  @RoundKindField('nullable') roundKind?: RoundKind | null;
  @EventTitle('optional') title?: string;
  @OffsetDateTime('optional', 'startsAt', 'When it starts.') startsAt?: string;
  @OffsetDateTime('nullable', 'endsAt', 'When it ends; not before startsAt.') endsAt?: string | null;
  @TimeZoneField('optional') timeZone?: string;
  @EventLocation('nullable') location?: string | null;
  @EventUrl('nullable') url?: string | null;
  @EventNotes('nullable') notes?: string | null;
  @OutcomeField('optional') outcome?: EventOutcome;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One of your applications; null unlinks.' })
  @IsOptional()
  @uuid('applicationId')
  applicationId?: string | null;

  @ContactLinks() contacts?: EventContactLinkDto[];
}

export class ListEventsQueryDto {
  @OffsetDateTime('required', 'from', 'Start of the range (inclusive): events starting at or after it.') from: string;
  @OffsetDateTime('required', 'to', `End of the range (exclusive); after from and at most ${EVENT_LIMITS.rangeDaysMax} days later.`) to: string;

  @EventTypeField('optional') type?: EventType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @uuid('applicationId')
  applicationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events this contact is linked to.' })
  @IsOptional()
  @uuid('contactId')
  contactId?: string;
}

export class EventApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() companyName: string;
  @ApiProperty() roleTitle: string;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
}

export class EventContactDto {
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) companyName: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' }) type: EventType;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind', nullable: true }) roundKind: RoundKind | null;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ enum: EVENT_OUTCOMES, enumName: 'EventOutcome' }) outcome: EventOutcome;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: EventApplicationSummaryDto, nullable: true }) application: EventApplicationSummaryDto | null;
  @ApiProperty({ type: [EventContactDto], description: 'Linked contacts, by name.' }) contacts: EventContactDto[];
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** Everything POST /api/applications/{id}/move needs to take the suggestion in one click. */
export class StageSuggestionDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ enum: OPEN_STAGES, enumName: 'OpenStage' }) from: OpenStage;
  @ApiProperty({ enum: OPEN_STAGES, enumName: 'OpenStage' }) to: OpenStage;
  @ApiProperty({ type: 'integer', description: 'The application’s current version (for the move).' }) applicationVersion: number;
  @ApiProperty({ type: 'integer', description: 'The index at the end of the `to` column (for the move).' }) position: number;
}

export class EventDetailDto extends EventDto {
  @ApiProperty({
    type: StageSuggestionDto,
    nullable: true,
    description: 'Set for an interview round whose open application is in an earlier stage than the round implies.',
  })
  stageSuggestion: StageSuggestionDto | null;
}

export class EventListDto {
  @ApiProperty({ type: [EventDto], description: 'Ordered by startsAt.' }) items: EventDto[];
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
}

export class FollowUpDaysDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: EVENT_LIMITS.followUpDaysMax,
    default: EVENT_LIMITS.followUpDaysDefault,
    description: 'Follow-ups are due this many days after the event’s local date.',
  })
  @IsOptional()
  @IsInt({ message: 'followUpDays must be a whole number' })
  @Min(0)
  @Max(EVENT_LIMITS.followUpDaysMax)
  followUpDays?: number;
}
