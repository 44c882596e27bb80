import { CHANNELS, STAGES, TRACKER_FIELDS, type Channel, type DateOrder, type Stage, type TrackerField, WORK_MODES, type WorkMode } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class TrackerImportQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'true reports headers, the suggested mapping, row errors and a preview, and writes nothing.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

/** The text fields of the multipart body (the file itself comes through the interceptor). */
export class TrackerImportBodyDto {
  @ApiPropertyOptional({ description: 'JSON object: CSV column (header text) → field or null to ignore it. Absent: the suggested mapping.', maxLength: 20_000 })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  mapping?: string;
}

export class TrackerImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'Another tracker’s export as CSV (UTF-8; comma, semicolon or tab), at most 5 MB and 5000 rows.' })
  file: unknown;

  @ApiPropertyOptional({ description: `JSON: {"<CSV column>": one of ${TRACKER_FIELDS.join(', ')} or null}.`, example: '{"Company":"companyName","Title":"roleTitle"}' })
  mapping?: string;
}

export class TrackerRowErrorDto {
  @ApiProperty({ type: 'integer', description: 'Row in the file as a spreadsheet counts it (the header is row 1).' }) row: number;
  @ApiProperty({ description: 'The CSV column, as named in the header.' }) field: string;
  @ApiProperty() message: string;
}

export class TrackerMappingErrorDto {
  @ApiProperty({ enum: ['mapping'] }) field: 'mapping';
  @ApiProperty() message: string;
}

export class TrackerPreviewRowDto {
  @ApiProperty({ type: 'integer' }) row: number;
  @ApiProperty() companyName: string;
  @ApiProperty() roleTitle: string;
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) stage: Stage;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel: Channel;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) jobUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ enum: WORK_MODES, enumName: 'WorkMode', nullable: true }) workMode: WorkMode | null;
  @ApiProperty({ type: 'integer', nullable: true }) salaryMin: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) salaryMax: number | null;
  @ApiProperty({ type: String, nullable: true }) salaryCurrency: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, nullable: true }) resumeVersion: string | null;
}

const MAPPING_SCHEMA = { type: 'object' as const, additionalProperties: { type: 'string' as const, enum: [...TRACKER_FIELDS], nullable: true } };

export class TrackerImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: [String], description: 'The header row, made unique ("Notes (2)") and non-empty ("Column 3").' }) headers: string[];
  @ApiProperty({ ...MAPPING_SCHEMA, description: 'Guessed from the header names.' }) suggestedMapping: Record<string, TrackerField | null>;
  @ApiProperty({ ...MAPPING_SCHEMA, description: 'The mapping used: the one sent, else the suggestion.' }) mapping: Record<string, TrackerField | null>;
  @ApiProperty({ type: [TrackerMappingErrorDto], description: 'What is wrong with the mapping; with any, no row is read.' }) mappingErrors: TrackerMappingErrorDto[];
  @ApiProperty({ enum: ['mdy', 'dmy'], description: 'How 3/4/2024-style dates are read: day-first once any starts above 12.' }) dateOrder: DateOrder;
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'The first 5 rows as in the file, one cell per header.' })
  sample: string[][];
  @ApiProperty({ type: 'integer', description: 'Rows that are (or would be) imported.' }) valid: number;
  @ApiProperty({ type: 'integer', description: 'Applications created: 0 on a dry run.' }) created: number;
  @ApiProperty({ type: [TrackerRowErrorDto], description: 'Rows that cannot be imported; with any, a real import is refused (400) and writes nothing.' })
  errors: TrackerRowErrorDto[];
  @ApiProperty({ type: [TrackerPreviewRowDto], description: 'The first 50 valid rows as they would be saved.' }) preview: TrackerPreviewRowDto[];
}
