import { type LinkedInConnection, inferContactKind, normalizeCompanyName } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException, badField } from '../../common/problem.js';
import { CompaniesRepository } from '../companies/companies.repository.js';
import type { ImportAction, ImportPreviewRowDto, LinkedInImportResultDto } from './dto/linkedin-import.dto.js';
import { type ExistingContact, LinkedInImportRepository } from './linkedin-import.repository.js';
import { readLinkedInCsv } from './linkedin-csv.reader.js';

const PREVIEW_ROWS = 50;

interface PlannedRow {
  row: number;
  action: ImportAction;
  reason: string | null;
  connection: LinkedInConnection;
}

/** What importing `connection` would change for the contact stored under its profile URL. */
function actionFor(connection: LinkedInConnection, existing: ExistingContact | undefined): ImportAction {
  if (!existing) return 'create';
  const changed =
    existing.name !== connection.name ||
    (connection.title !== null && existing.title !== connection.title) ||
    (connection.email !== null && existing.email !== connection.email) ||
    (connection.connectedOn !== null && existing.connectedOn !== connection.connectedOn) ||
    (connection.company !== null && existing.companyKey !== normalizeCompanyName(connection.company));
  return changed ? 'update' : 'skip';
}

@Injectable()
export class LinkedInImportService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: LinkedInImportRepository,
    private readonly companies: CompaniesRepository,
  ) {}

  /**
   * Bad rows (no name, no or bad URL, bad date, too long) make a real import a 400 that writes
   * nothing, with every row error listed; a dry run reports them. Repeated profile URLs in one
   * file and unchanged contacts are merely skipped.
   */
  async import(userId: string, file: Buffer | undefined, dryRun: boolean): Promise<LinkedInImportResultDto> {
    if (!file) throw badField('file', 'file is required: LinkedIn’s Connections.csv as multipart field `file`');
    const parsed = readLinkedInCsv(file);
    if (!parsed.ok) {
      throw new ProblemException({ status: 400, code: 'invalid_csv', detail: parsed.reason, errors: [{ field: 'file', message: parsed.reason }] });
    }
    return this.db.transaction('READ COMMITTED', async (tx) => {
      await this.repo.lockUser(tx, userId);
      const plan = await this.plan(tx, userId, parsed.rows);
      const byUrl = new Map(parsed.rows.map((r) => [r.linkedinUrl, r]));
      for (const duplicate of parsed.duplicates) {
        const connection = byUrl.get(duplicate.linkedinUrl) as LinkedInConnection;
        plan.push({ row: duplicate.row, action: 'skip', reason: `Repeats row ${duplicate.firstRow}`, connection });
      }
      plan.sort((a, b) => a.row - b.row);
      const result = this.summary(plan, parsed.errors, dryRun);
      if (dryRun) return result;
      if (parsed.errors.length > 0) {
        throw new ProblemException({
          status: 400,
          code: 'invalid_rows',
          detail: `${new Set(parsed.errors.map((e) => e.row)).size} row(s) cannot be imported; nothing was imported`,
          errors: parsed.errors,
        });
      }
      await this.write(tx, userId, plan.filter((p) => p.action !== 'skip').map((p) => p.connection));
      return result;
    });
  }

  private async plan(tx: EntityManager, userId: string, rows: LinkedInConnection[]): Promise<PlannedRow[]> {
    const existing = new Map((await this.repo.existing(tx, userId, rows.map((r) => r.linkedinUrl))).map((e) => [e.linkedinUrl, e]));
    return rows.map((connection) => {
      const action = actionFor(connection, existing.get(connection.linkedinUrl));
      return { row: connection.row, action, reason: action === 'skip' ? 'Unchanged' : null, connection };
    });
  }

  private async write(tx: EntityManager, userId: string, rows: LinkedInConnection[]): Promise<void> {
    const companyIds = await this.companies.upsertMany(tx, userId, rows.flatMap((r) => (r.company ? [r.company] : [])));
    await this.repo.upsert(
      tx,
      userId,
      rows.map((r) => ({
        name: r.name,
        linkedin_url: r.linkedinUrl,
        email: r.email,
        title: r.title,
        company_id: r.company ? (companyIds.get(normalizeCompanyName(r.company)) ?? null) : null,
        connected_on: r.connectedOn,
        kind: inferContactKind(r.title),
      })),
    );
  }

  private summary(plan: PlannedRow[], errors: LinkedInImportResultDto['errors'], dryRun: boolean): LinkedInImportResultDto {
    const count = (action: ImportAction) => plan.filter((p) => p.action === action).length;
    const preview: ImportPreviewRowDto[] = plan.slice(0, PREVIEW_ROWS).map(({ row, action, reason, connection }) => ({
      row,
      action,
      reason,
      name: connection.name,
      linkedinUrl: connection.linkedinUrl,
      company: connection.company,
      title: connection.title,
      connectedOn: connection.connectedOn,
    }));
    return { dryRun, created: count('create'), updated: count('update'), skipped: count('skip'), errors, preview };
  }
}
