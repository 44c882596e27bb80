import { CHANNELS, LIMITS, STAGES, WORK_MODES } from '@offerpath/domain';
export type { Presence } from '../../../common/field-presence.js';
import { applyDecorators } from '@nestjs/common';
import { type Presence, doc, presence, trim, trimToNull } from '../../../common/field-presence.js';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';





export const CompanyName = (mode: Presence) =>
  applyDecorators(doc(mode, { example: 'Stripe', maxLength: LIMITS.companyNameMax }), ...presence(mode), trim, IsString(), IsNotEmpty({ message: 'companyName must not be empty' }), MaxLength(LIMITS.companyNameMax));

export const RoleTitle = (mode: Presence) =>
  applyDecorators(doc(mode, { example: 'Machine Learning Engineer', maxLength: LIMITS.roleTitleMax }), ...presence(mode), trim, IsString(), IsNotEmpty({ message: 'roleTitle must not be empty' }), MaxLength(LIMITS.roleTitleMax));

export const JobUrl = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, example: 'https://stripe.com/jobs/123', maxLength: LIMITS.urlMax }), trimToNull, ...presence(mode), IsString(), MaxLength(LIMITS.urlMax), IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'jobUrl must be an http(s) URL' }));

export const Location = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, example: 'Berlin', maxLength: LIMITS.locationMax }), trimToNull, ...presence(mode), IsString(), MaxLength(LIMITS.locationMax));

export const WorkModeField = (mode: Presence) =>
  applyDecorators(doc(mode, { enum: WORK_MODES, enumName: 'WorkMode' }), ...presence(mode), IsIn(WORK_MODES, { message: `workMode must be one of ${WORK_MODES.join(', ')}` }));

export const Salary = (mode: Presence, name: string) =>
  applyDecorators(doc(mode, { type: Number, minimum: 0, maximum: LIMITS.salaryMax, example: 180000 }), ...presence(mode), IsInt({ message: `${name} must be a whole number` }), Min(0), Max(LIMITS.salaryMax));

export const SalaryCurrency = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, example: 'USD', pattern: '^[A-Z]{3}$' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value)),
    ...presence(mode),
    IsString(),
    Matches(/^[A-Z]{3}$/, { message: 'salaryCurrency must be a 3-letter ISO 4217 code' }),
  );

export const ChannelField = (mode: Presence) =>
  applyDecorators(doc(mode, { enum: CHANNELS, enumName: 'Channel', description: 'How you got in.' }), ...presence(mode), IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` }));

export const StageField = (mode: Presence) =>
  applyDecorators(doc(mode, { enum: STAGES, enumName: 'Stage' }), ...presence(mode), IsIn(STAGES, { message: `stage must be one of ${STAGES.join(', ')}` }));

export const Excitement = (mode: Presence) =>
  applyDecorators(doc(mode, { type: Number, minimum: 1, maximum: 5 }), ...presence(mode), IsInt({ message: 'excitement must be a whole number' }), Min(1), Max(5));

export const Notes = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, maxLength: LIMITS.notesMax }), ...presence(mode), IsString(), MaxLength(LIMITS.notesMax));

export const AppliedOn = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, format: 'date', example: '2026-11-02' }),
    trimToNull,
    ...presence(mode),
    IsString(),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'appliedOn must be a date like 2026-11-02' }),
  );

export const OfferDeadline = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, format: 'date', example: '2026-12-01', description: 'Date by which to answer an offer; a reminder comes some days before it.' }),
    trimToNull,
    ...presence(mode),
    IsString(),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'offerDeadline must be a date like 2026-12-01' }),
  );

export const ResumeVersion = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, example: 'ml-v3', maxLength: LIMITS.resumeVersionMax }), trimToNull, ...presence(mode), IsString(), MaxLength(LIMITS.resumeVersionMax));

export const Archived = (mode: Presence) => applyDecorators(doc(mode, { type: Boolean }), ...presence(mode), IsBoolean());

export const Version = () =>
  applyDecorators(
    ApiProperty({ type: Number, minimum: 1, description: 'The version the client last saw; a stale one gets 409.' }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1),
  );
