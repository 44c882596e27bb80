import { ApiProperty } from '@nestjs/swagger';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from '../backup-schema.js';

export class BackupDocumentDto {
  @ApiProperty({ enum: [BACKUP_FORMAT], description: 'Always "offerpath-backup".' }) format: typeof BACKUP_FORMAT;
  @ApiProperty({ type: 'integer', enum: [BACKUP_VERSION], description: 'Format version; restore reads version 1.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time' }) exportedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    description:
      `Every row of the account, by table (${BACKUP_TABLES.join(', ')}), with the columns as stored (snake_case), ids included and user_id left out. ` +
      'Timestamps are UTC ISO 8601 with microseconds. user_settings leaves out the calendar feed token, a live secret.',
  })
  tables: Record<string, Array<Record<string, unknown>>>;
}

export class RestoreUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'A backup file from GET /api/backup (JSON), at most 50 MB.' })
  file: unknown;
}

export class RestoreResultDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Rows restored, by table.' })
  restored: Record<string, number>;
}

export class BackupErrorDto {
  @ApiProperty({ type: String, nullable: true, description: 'The table, or null for the document itself.' }) table: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Index of the row in the table (0-based), or null.' }) row: number | null;
  @ApiProperty({ description: 'The column (or format, version, tables, file).' }) field: string;
  @ApiProperty() message: string;
}
