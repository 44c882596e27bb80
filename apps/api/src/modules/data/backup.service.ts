import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { type FieldErrorDto, ProblemException } from '../../common/problem.js';
import { type BackupError, checkBackup } from './backup-check.js';
import { remapBackup } from './backup-remap.js';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from './backup-schema.js';
import { BackupRepository } from './backup.repository.js';
import type { BackupDocumentDto, RestoreResultDto } from './dto/backup.dto.js';

const invalidBackup = (detail: string, errors: BackupError[]) =>
  new ProblemException({ status: 400, code: 'invalid_backup', detail, errors: errors as FieldErrorDto[] });

/** Postgres refusing a row the checks let through (a duplicate key, a constraint): still the file's fault. */
function databaseRefusal(error: unknown): ProblemException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; table?: string; column?: string; constraint?: string; detail?: string } }).driverError;
  if (!driver?.code || !/^2[23]/.test(driver.code)) return null;
  const message = driver.detail ?? error.message;
  return invalidBackup(`The backup cannot be restored: ${message}`, [
    { table: driver.table ?? null, row: null, field: driver.column ?? driver.constraint ?? 'tables', message },
  ]);
}

@Injectable()
export class BackupService {
  constructor(private readonly repo: BackupRepository) {}

  async backup(userId: string, now = new Date()): Promise<BackupDocumentDto> {
    const tables = await this.repo.snapshot(userId);
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tables };
  }

  /**
   * Restores a backup into an account that holds no data yet, with new ids, in one transaction:
   * every row or none. Settings and goals overwrite the defaults a fresh account may have; the
   * calendar feed token is not in backups, so an existing one is kept and none is made.
   */
  async restore(userId: string, file: Buffer | undefined): Promise<RestoreResultDto> {
    if (!file) throw invalidBackup('file is required: a backup from GET /api/backup as multipart field `file`', [{ table: null, row: null, field: 'file', message: 'is required' }]);
    let doc: unknown;
    try {
      doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file));
    } catch {
      throw invalidBackup('The file is not JSON: not an Offerpath backup', [{ table: null, row: null, field: 'file', message: 'is not valid UTF-8 JSON' }]);
    }
    const checked = checkBackup(doc);
    if (!checked.ok) throw invalidBackup(`The backup is invalid (${checked.errors.length} problem(s)); nothing was restored`, checked.errors);
    const tables = remapBackup(checked.tables);
    try {
      await this.repo.transaction(async (tx) => {
        await this.repo.lockUser(tx, userId);
        const nonEmpty = await this.repo.nonEmptyTables(tx, userId);
        if (nonEmpty.length > 0) {
          throw new ProblemException({
            status: 409,
            code: 'account_not_empty',
            detail: `A backup restores only into an empty account; this one already has ${nonEmpty.join(', ')}. Restore into a new account.`,
            extra: { tables: nonEmpty },
          });
        }
        await this.repo.insertAll(tx, userId, tables);
      });
    } catch (error) {
      throw databaseRefusal(error) ?? error;
    }
    return { restored: Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) };
  }
}
