import { LIMITS, OUTREACH_TYPES, type OutreachType } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CalendarDate } from './contact-fields.js';

export class CreateOutreachDto {
  @ApiProperty({ enum: OUTREACH_TYPES, enumName: 'OutreachType' })
  @IsIn(OUTREACH_TYPES, { message: `type must be one of ${OUTREACH_TYPES.join(', ')}` })
  type: OutreachType;

  @CalendarDate('required', 'occurredOn') occurredOn: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One of your applications this outreach is about.' })
  @IsOptional()
  @IsUUID('all', { message: 'applicationId must be a UUID' })
  applicationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.notesMax })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.notesMax)
  note?: string | null;
}

export class OutreachDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ enum: OUTREACH_TYPES, enumName: 'OutreachType' }) type: OutreachType;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OutreachListDto {
  @ApiProperty({ type: [OutreachDto], description: 'Newest first.' }) items: OutreachDto[];
}
