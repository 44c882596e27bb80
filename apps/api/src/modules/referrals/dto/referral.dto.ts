import { REFERRAL_INITIAL_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateBy, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Notes, Version } from '../../applications/dto/application-fields.js';

/** A new referral starts before anything was asked or once it was: later steps go through transitions. */
export const REFERRAL_CREATE_STATUSES = ['to_ask', 'asked'] as const satisfies readonly (typeof REFERRAL_INITIAL_STATUSES)[number][];
export type ReferralCreateStatus = (typeof REFERRAL_CREATE_STATUSES)[number];

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30), so Postgres never refuses it. */
const StepDate = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: '2026-03-12', description: 'The day of the step; today when omitted.' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
        defaultMessage: () => 'date must be a real day like 2026-03-12',
      },
    }),
  );

const uuid = (name: string) => IsUUID('all', { message: `${name} must be a UUID` });

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid', description: 'One of your applications.' })
  @uuid('applicationId')
  applicationId: string;

  @ApiProperty({ format: 'uuid', description: 'One of your contacts: the person referring you.' })
  @uuid('contactId')
  contactId: string;

  @ApiPropertyOptional({ enum: REFERRAL_CREATE_STATUSES, enumName: 'ReferralCreateStatus', default: 'to_ask', description: 'Where the referral starts.' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(REFERRAL_CREATE_STATUSES, { message: `status must be one of ${REFERRAL_CREATE_STATUSES.join(', ')}` })
  status?: ReferralCreateStatus;

  @Notes('nullable') notes?: string | null;

  @StepDate() date?: string;
}

export class UpdateReferralDto {
  @Version() version: number;
  @Notes('nullable') notes?: string | null;
}

export class TransitionReferralDto {
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', description: 'The status to move to; see the allowed transitions in libs/domain.' })
  @IsIn(REFERRAL_STATUSES, { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
  status: ReferralStatus;

  @Version() version: number;

  @StepDate() date?: string;
}

export class ListReferralsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @uuid('applicationId')
  applicationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @uuid('contactId')
  contactId?: string;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
  status?: ReferralStatus;
}

const stepDate = (status: ReferralStatus) =>
  ApiProperty({ type: String, format: 'date', nullable: true, description: `The day the referral became ${status}, while that step still stands.` });

/** The day of each step on the referral's current path (a step undone by going back is null). */
export class ReferralStepsDto implements Record<ReferralStatus, string | null> {
  @stepDate('to_ask') to_ask: string | null;
  @stepDate('asked') asked: string | null;
  @stepDate('agreed') agreed: string | null;
  @stepDate('submitted') submitted: string | null;
  @stepDate('interviewing') interviewing: string | null;
  @stepDate('declined') declined: string | null;
  @stepDate('no_response') no_response: string | null;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ description: 'The referrer’s name.' }) contactName: string;
  @ApiProperty({ description: 'The application’s company.' }) companyName: string;
  @ApiProperty({ description: 'The application’s role.' }) roleTitle: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus' }) status: ReferralStatus;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: ReferralStepsDto }) steps: ReferralStepsDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ReferralEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', nullable: true, description: 'Null for the step the referral was created in.' })
  fromStatus: ReferralStatus | null;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus' }) toStatus: ReferralStatus;
  @ApiProperty({ format: 'date', description: 'The day it happened (may be backdated).' }) occurredOn: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded.' }) at: string;
}

export class ReferralDetailDto extends ReferralDto {
  @ApiProperty({ type: [ReferralEventDto], description: 'Every step, oldest first.' })
  history: ReferralEventDto[];
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralDto] }) items: ReferralDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
