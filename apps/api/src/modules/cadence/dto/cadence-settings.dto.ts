import { CADENCE_RULE_KEYS, type CadenceRuleKey, FOLLOW_UP_KINDS, type FollowUpKind, GHOST_AFTER_DAYS } from '@offerpath/domain';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';

export class CadenceRuleValuesDto {
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: 'integer' }) days: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for rules that fire once.' }) maxCount: number | null;
}

export class CadenceRuleDto extends CadenceRuleValuesDto {
  @ApiProperty({ enum: CADENCE_RULE_KEYS, enumName: 'CadenceRuleKey' }) key: CadenceRuleKey;
  @ApiProperty() label: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, enumName: 'FollowUpKind', description: 'The kind of follow-up the rule makes.' }) kind: FollowUpKind;
  @ApiProperty({ enum: ['after', 'before'], description: 'after: days after what triggers it; before: days before a deadline.' }) timing: 'after' | 'before';
  @ApiProperty({ type: 'integer' }) minDays: number;
  @ApiProperty({ type: 'integer' }) maxDays: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Highest maxCount allowed; null when the rule has none.' }) maxMaxCount: number | null;
  @ApiProperty({ type: CadenceRuleValuesDto, description: 'The values from the strategy, used when the user has not changed them.' })
  defaults: CadenceRuleValuesDto;
}

export class CadenceSettingsDto {
  @ApiProperty({ type: [CadenceRuleDto], description: 'Every rule, in catalogue order.' }) rules: CadenceRuleDto[];
  @ApiProperty({ type: 'integer', minimum: GHOST_AFTER_DAYS.min, maximum: GHOST_AFTER_DAYS.max, description: 'Days without activity after which an applied application is ghosted.' })
  ghostAfterDays: number;
  @ApiProperty({ type: 'integer' }) ghostAfterDaysDefault: number;
}

export class CadenceRuleOverrideDto {
  @ApiPropertyOptional() enabled?: boolean;
  @ApiPropertyOptional({ type: 'integer', description: 'Within the rule’s minDays..maxDays.' }) days?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Only for rules with a maxMaxCount.' }) maxCount?: number;
}

@ApiExtraModels(CadenceRuleOverrideDto)
export class UpdateCadenceSettingsDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(CadenceRuleOverrideDto) },
    description: `Changes keyed by rule (${CADENCE_RULE_KEYS.join(', ')}); fields left out keep their value. An unknown rule is a 400 naming rules.<key>.`,
    example: { message_no_reply: { days: 4, maxCount: 1 }, portal_no_response: { enabled: false } },
  })
  @IsOptional()
  @IsObject({ message: 'rules must be an object keyed by rule' })
  rules?: Record<string, CadenceRuleOverrideDto>;

  @ApiPropertyOptional({ type: 'integer', minimum: GHOST_AFTER_DAYS.min, maximum: GHOST_AFTER_DAYS.max })
  @IsOptional()
  @IsInt({ message: 'ghostAfterDays must be a whole number' })
  @Min(GHOST_AFTER_DAYS.min)
  @Max(GHOST_AFTER_DAYS.max)
  ghostAfterDays?: number;
}
