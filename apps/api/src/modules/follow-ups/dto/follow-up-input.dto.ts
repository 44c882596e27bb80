import { FOLLOW_UP_KINDS, FOLLOW_UP_VIEWS, type FollowUpKind, type FollowUpView } from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { type Presence, doc, presence, trim, trimToNull } from '../../../common/field-presence.js';
import { PageQueryDto } from '../../../common/pagination.js';
import { Notes, Version } from '../../applications/dto/application-fields.js';

export const FOLLOW_UP_TITLE_MAX = 200;
export const SNOOZE_DAYS_MAX = 30;

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30), so Postgres never refuses it. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

const CalendarDate = (name: string) =>
  ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => `${name} must be a real day like 2026-03-12` } });

const Title = (mode: Presence) =>
  applyDecorators(
    doc(mode, { example: 'Follow up with the Stripe recruiter', maxLength: FOLLOW_UP_TITLE_MAX }),
    ...presence(mode),
    trim,
    IsString(),
    IsNotEmpty({ message: 'title must not be empty' }),
    MaxLength(FOLLOW_UP_TITLE_MAX),
  );

const Kind = (mode: Presence) =>
  applyDecorators(
    doc(mode, { enum: FOLLOW_UP_KINDS, enumName: 'FollowUpKind', description: 'What it asks you to do; custom when omitted on create.' }),
    ...presence(mode),
    IsIn(FOLLOW_UP_KINDS, { message: `kind must be one of ${FOLLOW_UP_KINDS.join(', ')}` }),
  );

const DueOn = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, format: 'date', example: '2026-03-12', description: 'Local day it is due (your time zone); today when omitted on create.' }),
    trim,
    ...presence(mode),
    CalendarDate('dueOn'),
  );

const DueTime = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, example: '09:30', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local time of day, when it matters.' }),
    trimToNull,
    ...presence(mode),
    IsString(),
    ValidateBy({
      name: 'isTimeOfDay',
      validator: { validate: (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value), defaultMessage: () => 'dueTime must be a time like 09:30' },
    }),
  );

const Link = (name: string, what: string, mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, format: 'uuid', description: `One of your ${what} this is about; null to unlink.` }),
    ...presence(mode),
    IsUUID('all', { message: `${name} must be a UUID` }),
  );

export class CreateFollowUpDto {
  @Title('required') title: string;
  @Kind('optional') kind?: FollowUpKind;
  @Notes('nullable') notes?: string | null;
  @DueOn('optional') dueOn?: string;
  @DueTime('nullable') dueTime?: string | null;
  @Link('applicationId', 'applications', 'nullable') applicationId?: string | null;
  @Link('contactId', 'contacts', 'nullable') contactId?: string | null;
  @Link('referralId', 'referrals', 'nullable') referralId?: string | null;
  @Link('eventId', 'events', 'nullable') eventId?: string | null;
}

export class UpdateFollowUpDto {
  @Version() version: number;
  @Title('optional') title?: string;
  @Kind('optional') kind?: FollowUpKind;
  @Notes('nullable') notes?: string | null;
  @DueOn('optional') dueOn?: string;
  @DueTime('nullable') dueTime?: string | null;
  @Link('applicationId', 'applications', 'nullable') applicationId?: string | null;
  @Link('contactId', 'contacts', 'nullable') contactId?: string | null;
  @Link('referralId', 'referrals', 'nullable') referralId?: string | null;
  @Link('eventId', 'events', 'nullable') eventId?: string | null;
}

const OptionalVersion = () =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: 1, description: 'The version the client last saw; when sent, a stale one gets 409 (safe double clicks).' }),
    IsOptional(),
    IsInt({ message: 'version must be a whole number' }),
    Min(1),
  );

export class CompleteFollowUpDto {
  @OptionalVersion() version?: number;
}

export class ReopenFollowUpDto {
  @OptionalVersion() version?: number;
}

export class SnoozeFollowUpDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: SNOOZE_DAYS_MAX, description: 'Days after today (or after the due date, if that is later). Give this or `until`.' })
  @ValidateIf((object: SnoozeFollowUpDto) => object.until === undefined || object.days !== undefined)
  @IsInt({ message: 'days must be a whole number (or give until)' })
  @Min(1)
  @Max(SNOOZE_DAYS_MAX)
  days?: number;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-03-20', description: 'The new due day; must be after today. Give this or `days`.' })
  @ValidateIf((object: SnoozeFollowUpDto) => object.until !== undefined)
  @trim
  @ValidateBy({ name: 'onlyOne', validator: { validate: (_value, args) => (args?.object as SnoozeFollowUpDto).days === undefined, defaultMessage: () => 'until cannot be combined with days' } })
  @CalendarDate('until')
  until?: string;

  @OptionalVersion() version?: number;
}

const uuidFilter = (name: string) => applyDecorators(ApiPropertyOptional({ format: 'uuid' }), IsOptional(), IsUUID('all', { message: `${name} must be a UUID` }));

export class ListFollowUpsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: FOLLOW_UP_VIEWS,
    enumName: 'FollowUpView',
    description: 'overdue: pending and due before today; today: pending and due today; upcoming: pending and due in the next `days` days; done: done or cancelled, newest first. Omitted: every pending one, soonest first.',
  })
  @IsOptional()
  @IsIn(FOLLOW_UP_VIEWS, { message: `view must be one of ${FOLLOW_UP_VIEWS.join(', ')}` })
  view?: FollowUpView;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 365, default: 7, description: 'For view=upcoming: how many days ahead.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1)
  @Max(365)
  days: number = 7;

  @uuidFilter('applicationId') applicationId?: string;
  @uuidFilter('contactId') contactId?: string;
  @uuidFilter('referralId') referralId?: string;
}

