import {
  PREP_LIMITS, PREP_TARGET_PRESET_NAMES, PROBLEM_DIFFICULTIES, ROUND_KINDS, SYSTEM_DESIGN_GROUPS, SYSTEM_DESIGN_TOPIC_KEYS,
  type PrepTargetPreset, type ProblemDifficulty, type RoundKind, type SystemDesignGroup, type SystemDesignTopic,
} from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { trimToNull } from '../../../common/field-presence.js';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Optional 'YYYY-MM-DD' naming a day that exists; today (in your time zone) when omitted. */
const CalendarDate = (name: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: '2026-03-12', description: 'Today in your time zone when omitted; not after today.' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
        defaultMessage: () => `${name} must be a real day like 2026-03-12`,
      },
    }),
  );

export class CreatePrepProblemDto {
  @CalendarDate('solvedOn') solvedOn?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: PREP_LIMITS.countMin, maximum: PREP_LIMITS.countMax, default: 1, description: 'How many problems this entry counts.' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsInt({ message: 'count must be a whole number' })
  @Min(PREP_LIMITS.countMin)
  @Max(PREP_LIMITS.countMax)
  count?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PREP_LIMITS.titleMax, example: 'Two Sum' })
  @trimToNull
  @IsOptional()
  @IsString()
  @MaxLength(PREP_LIMITS.titleMax)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PREP_LIMITS.urlMax, example: 'https://leetcode.com/problems/two-sum/' })
  @trimToNull
  @IsOptional()
  @IsString()
  @MaxLength(PREP_LIMITS.urlMax)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url?: string | null;

  @ApiPropertyOptional({ enum: PROBLEM_DIFFICULTIES, enumName: 'ProblemDifficulty', nullable: true })
  @IsOptional()
  @IsIn(PROBLEM_DIFFICULTIES, { message: `difficulty must be one of ${PROBLEM_DIFFICULTIES.join(', ')}` })
  difficulty?: ProblemDifficulty | null;
}

export class UpdatePrepTopicDto {
  @CalendarDate('coveredOn') coveredOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PREP_LIMITS.notesMax, description: 'Left out: kept; null or blank: cleared.' })
  @trimToNull
  @IsOptional()
  @IsString()
  @MaxLength(PREP_LIMITS.notesMax)
  notes?: string | null;
}

export class UpdatePrepTargetDto {
  @ApiPropertyOptional({ type: 'integer', minimum: PREP_LIMITS.targetMin, maximum: PREP_LIMITS.targetMax, description: 'Total coding problems to aim at; give this or preset.' })
  @ValidateIf((object: UpdatePrepTargetDto, value) => value !== undefined || object.preset === undefined)
  @IsInt({ message: 'target must be a whole number' })
  @Min(PREP_LIMITS.targetMin)
  @Max(PREP_LIMITS.targetMax)
  target?: number;

  @ApiPropertyOptional({ enum: PREP_TARGET_PRESET_NAMES, enumName: 'PrepTargetPreset', description: 'standard = 50, selective = 150 (the most selective companies).' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(PREP_TARGET_PRESET_NAMES, { message: `preset must be one of ${PREP_TARGET_PRESET_NAMES.join(', ')}` })
  @ValidateBy({
    name: 'notBoth',
    validator: { validate: (_value: unknown, args) => (args?.object as UpdatePrepTargetDto).target === undefined, defaultMessage: () => 'give target or preset, not both' },
  })
  preset?: PrepTargetPreset;
}

export class PrepTargetDto {
  @ApiProperty({ type: 'integer', description: 'Total coding problems to aim at.' }) target: number;
  @ApiProperty({ enum: PREP_TARGET_PRESET_NAMES, enumName: 'PrepTargetPreset', nullable: true, description: 'The preset the target equals, if any.' }) preset: PrepTargetPreset | null;
}

export class PrepProblemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) solvedOn: string;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ enum: PROBLEM_DIFFICULTIES, enumName: 'ProblemDifficulty', nullable: true }) difficulty: ProblemDifficulty | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PrepTopicDto {
  @ApiProperty({ enum: SYSTEM_DESIGN_TOPIC_KEYS, enumName: 'SystemDesignTopic' }) key: SystemDesignTopic;
  @ApiProperty() label: string;
  @ApiProperty({ enum: SYSTEM_DESIGN_GROUPS, enumName: 'SystemDesignGroup' }) group: SystemDesignGroup;
  @ApiProperty() covered: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) coveredOn: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
}

export class PrepWeekDto {
  @ApiProperty({ format: 'date', description: 'The Monday of the ISO week, in your time zone.' }) weekStart: string;
  @ApiProperty({ type: 'integer' }) solved: number;
}

export class UpcomingInterviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ description: 'IANA zone the interview was scheduled in.' }) timeZone: string;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind', nullable: true }) roundKind: RoundKind | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: String, nullable: true }) companyName: string | null;
  @ApiProperty({ type: String, nullable: true }) roleTitle: string | null;
}

export class PrepDto extends PrepTargetDto {
  @ApiProperty({ type: 'integer', description: 'Coding problems solved, all time.' }) solvedTotal: number;
  @ApiProperty({ format: 'date', description: 'Today in your time zone.' }) today: string;
  @ApiProperty({ type: [PrepWeekDto], description: 'The last 12 weeks, oldest first, ending with the current week.' }) perWeek: PrepWeekDto[];
  @ApiProperty({ type: [PrepProblemDto], description: 'The 20 latest entries, newest first.' }) recent: PrepProblemDto[];
  @ApiProperty({ type: [PrepTopicDto], description: 'The whole catalogue, classic designs first.' }) topics: PrepTopicDto[];
  @ApiProperty({ type: [UpcomingInterviewDto], description: 'Interviews in the next 14 days, soonest first (cancelled ones left out).' })
  upcomingInterviews: UpcomingInterviewDto[];
}
