import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export const IMPORT_ACTIONS = ['create', 'update', 'skip'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export class LinkedInImportQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'true reports what would happen and writes nothing.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class LinkedInImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'LinkedIn’s Connections.csv (Settings → Data privacy → Get a copy of your data).' })
  file: unknown;
}

export class ImportRowErrorDto {
  @ApiProperty({ type: 'integer', description: 'Line in the file.' }) row: number;
  @ApiProperty({ description: 'The CSV column (or `name` for First/Last Name).' }) field: string;
  @ApiProperty() message: string;
}

export class ImportPreviewRowDto {
  @ApiProperty({ type: 'integer' }) row: number;
  @ApiProperty({ enum: IMPORT_ACTIONS, enumName: 'ImportAction' }) action: ImportAction;
  @ApiProperty({ type: String, nullable: true, description: 'Why a row is skipped: unchanged, or a repeat of an earlier row.' }) reason: string | null;
  @ApiProperty() name: string;
  @ApiProperty() linkedinUrl: string;
  @ApiProperty({ type: String, nullable: true }) company: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) connectedOn: string | null;
}

export class LinkedInImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer', description: 'Existing contacts (same profile URL) whose LinkedIn fields changed.' }) updated: number;
  @ApiProperty({ type: 'integer', description: 'Unchanged contacts and repeated rows.' }) skipped: number;
  @ApiProperty({ type: [ImportRowErrorDto], description: 'Rows that cannot be imported; with any, a real import is refused (400) and writes nothing.' })
  errors: ImportRowErrorDto[];
  @ApiProperty({ type: [ImportPreviewRowDto], description: 'The first 50 rows with what happens to each.' })
  preview: ImportPreviewRowDto[];
}
