import { CHANNELS, type Channel, FOLLOW_UP_KINDS, type FollowUpKind, LIMITS, OPEN_STAGES, type OpenStage, STAGES, type Stage, WORK_MODES, type WorkMode } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { APPLICATION_EVENT_TYPES } from '../application-event.entity.js';
import {
  AppliedOn, Archived, ChannelField, CompanyName, Excitement, JobUrl, Location, Notes, OfferDeadline, ResumeVersion,
  RoleTitle, Salary, SalaryCurrency, StageField, Version, WorkModeField,
} from './application-fields.js';

export class CreateApplicationDto {
  @CompanyName('required') companyName: string;
  @RoleTitle('required') roleTitle: string;
  @ChannelField('optional') channel?: Channel;
  @StageField('optional') stage?: Stage;
  @JobUrl('nullable') jobUrl?: string | null;
  @Location('nullable') location?: string | null;
  @WorkModeField('nullable') workMode?: WorkMode | null;
  @Salary('nullable', 'salaryMin') salaryMin?: number | null;
  @Salary('nullable', 'salaryMax') salaryMax?: number | null;
  @SalaryCurrency('nullable') salaryCurrency?: string | null;
  @Excitement('nullable') excitement?: number | null;
  @Notes('nullable') notes?: string | null;
  @AppliedOn('nullable') appliedOn?: string | null;
  @OfferDeadline('nullable') offerDeadline?: string | null;
  @ResumeVersion('nullable') resumeVersion?: string | null;
}

export class UpdateApplicationDto {
  @Version() version: number;
  @CompanyName('optional') companyName?: string;
  @RoleTitle('optional') roleTitle?: string;
  @ChannelField('optional') channel?: Channel;
  @StageField('optional') stage?: Stage;
  @Archived('optional') archived?: boolean;
  @JobUrl('nullable') jobUrl?: string | null;
  @Location('nullable') location?: string | null;
  @WorkModeField('nullable') workMode?: WorkMode | null;
  @Salary('nullable', 'salaryMin') salaryMin?: number | null;
  @Salary('nullable', 'salaryMax') salaryMax?: number | null;
  @SalaryCurrency('nullable') salaryCurrency?: string | null;
  @Excitement('nullable') excitement?: number | null;
  @Notes('nullable') notes?: string | null;
  @AppliedOn('nullable') appliedOn?: string | null;
  @OfferDeadline('nullable') offerDeadline?: string | null;
  @ResumeVersion('nullable') resumeVersion?: string | null;
}

export class MoveApplicationDto {
  @StageField('required') stage: Stage;

  @ApiProperty({ type: Number, minimum: 0, description: 'Index in the destination column (0 = top), counted without the moved card.' })
  @IsInt({ message: 'position must be a whole number' })
  @Min(0)
  @Max(100_000)
  position: number;

  @Version() version: number;
}

const toBoolean = Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STAGES, enumName: 'Stage' })
  @IsOptional()
  @IsIn(STAGES, { message: `stage must be one of ${STAGES.join(', ')}` })
  stage?: Stage;

  @ApiPropertyOptional({ enum: CHANNELS, enumName: 'Channel' })
  @IsOptional()
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel?: Channel;

  @ApiPropertyOptional({ description: 'Text to find in company, role, location or notes.', maxLength: LIMITS.searchMax })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'true lists archived applications instead.' })
  @IsOptional()
  @toBoolean
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The company companyName belongs to (see /api/companies).' }) companyId: string | null;
  @ApiProperty() roleTitle: string;
  @ApiProperty({ type: String, nullable: true }) jobUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ enum: WORK_MODES, enumName: 'WorkMode', nullable: true }) workMode: WorkMode | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMax: number | null;
  @ApiProperty({ type: String, nullable: true }) salaryCurrency: string | null;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel: Channel;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
  @ApiProperty({ enum: OPEN_STAGES, enumName: 'OpenStage', nullable: true, description: 'For closed applications: the stage reached before closing.' })
  lastOpenStage: OpenStage | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 }) excitement: number | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Decision deadline of an offer.' }) offerDeadline: string | null;
  @ApiProperty({ type: String, nullable: true }) resumeVersion: string | null;
  @ApiProperty() archived: boolean;
  @ApiProperty({ description: 'Sort key within the column, ascending.' }) position: number;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) stageChangedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ApplicationEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: APPLICATION_EVENT_TYPES, enumName: 'ApplicationEventType' }) type: (typeof APPLICATION_EVENT_TYPES)[number];
  @ApiProperty({ enum: STAGES, enumName: 'Stage', nullable: true }) fromStage: Stage | null;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) toStage: Stage;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ApplicationDetailDto extends ApplicationDto {
  @ApiProperty({ type: [ApplicationEventDto], description: 'Creation and every stage change, oldest first.' })
  history: ApplicationEventDto[];
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

/** A board card's next pending follow-up. */
export class NextFollowUpDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date', description: 'Local day it is due.' }) dueOn: string;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, enumName: 'FollowUpKind' }) kind: FollowUpKind;
}

export class BoardCardDto extends ApplicationDto {
  @ApiProperty({ type: NextFollowUpDto, nullable: true, description: 'The soonest pending follow-up about this application.' })
  nextFollowUp: NextFollowUpDto | null;
}

export class BoardColumnDto {
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
  @ApiProperty({ type: [BoardCardDto] }) applications: BoardCardDto[];
}

export class CompanyContactCountDto {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: 'integer', description: 'Contacts the user has at this company.' }) contacts: number;
}

export class BoardDto {
  @ApiProperty({ type: [BoardColumnDto], description: 'One column per stage, in pipeline order.' })
  columns: BoardColumnDto[];

  @ApiProperty({ type: [CompanyContactCountDto], description: 'Companies on which the user knows people, with how many.' })
  companyContacts: CompanyContactCountDto[];
}
