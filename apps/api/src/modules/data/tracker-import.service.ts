import { TRACKER_FIELDS, type TrackerMapping, parseTrackerCsv } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { ProblemException, badField } from '../../common/problem.js';
import { CadenceService } from '../cadence/cadence.service.js';
import { CompaniesRepository } from '../companies/companies.repository.js';
import type { TrackerImportResultDto } from './dto/tracker-import.dto.js';
import { readCsvRecords } from './tracker-csv.reader.js';
import { planImport } from './tracker-import.plan.js';
import { TrackerImportRepository } from './tracker-import.repository.js';

const PREVIEW_ROWS = 50;

/** The mapping field of the form: a JSON object of column → field or null. */
function parseMapping(text: string | undefined): TrackerMapping | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badField('mapping', 'mapping must be a JSON object of CSV column → field');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badField('mapping', 'mapping must be a JSON object of CSV column → field');
  for (const [column, field] of Object.entries(value)) {
    if (field !== null && typeof field !== 'string') throw badField('mapping', `mapping["${column}"] must be a field name or null`);
  }
  // Field names are checked against the file's columns by the domain, with the other mapping errors.
  return value as TrackerMapping;
}

@Injectable()
export class TrackerImportService {
  constructor(
    private readonly repo: TrackerImportRepository,
    private readonly companies: CompaniesRepository,
    private readonly cadence: CadenceService,
  ) {}

  /**
   * A dry run answers the file's headers, the suggested mapping, every row error and a preview.
   * A real import writes every row in one transaction, or nothing: 400 with the errors.
   */
  async import(userId: string, file: Buffer | undefined, mappingText: string | undefined, dryRun: boolean): Promise<TrackerImportResultDto> {
    if (!file) throw badField('file', 'file is required: the other tracker’s CSV export as multipart field `file`');
    const mapping = parseMapping(mappingText);
    const read = readCsvRecords(file);
    const parsed = read.ok ? parseTrackerCsv(read.records, mapping) : read;
    if (!parsed.ok) throw new ProblemException({ status: 400, code: 'invalid_csv', detail: parsed.reason, errors: [{ field: 'file', message: parsed.reason }] });

    const result: TrackerImportResultDto = {
      dryRun,
      headers: parsed.headers,
      suggestedMapping: parsed.suggestedMapping,
      mapping: parsed.mapping,
      mappingErrors: parsed.mappingErrors,
      dateOrder: parsed.dateOrder,
      sample: parsed.sample,
      valid: parsed.rows.length,
      created: 0,
      errors: parsed.errors,
      preview: parsed.rows.slice(0, PREVIEW_ROWS).map((row) => ({ ...row })),
    };
    if (dryRun) return result;
    if (parsed.mappingErrors.length > 0) {
      throw new ProblemException({
        status: 400,
        code: 'invalid_mapping',
        detail: `${parsed.mappingErrors[0].message}; nothing was imported (fields: ${TRACKER_FIELDS.join(', ')})`,
        errors: parsed.mappingErrors,
      });
    }
    if (parsed.errors.length > 0) {
      throw new ProblemException({
        status: 400,
        code: 'invalid_rows',
        detail: `${new Set(parsed.errors.map((e) => e.row)).size} row(s) cannot be imported; nothing was imported`,
        errors: parsed.errors,
      });
    }
    await this.repo.transaction(async (tx) => {
      const companyIds = await this.companies.upsertMany(tx, userId, parsed.rows.map((r) => r.companyName));
      const plan = planImport(parsed.rows, companyIds, new Date());
      await this.repo.insert(tx, userId, plan.applications, plan.events);
    });
    // As after adding one application: cadence rules may now owe a follow-up.
    await this.cadence.reconcileUser(userId);
    return { ...result, created: parsed.rows.length };
  }
}
