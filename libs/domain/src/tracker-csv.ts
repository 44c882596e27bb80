import { type Channel, type WorkMode } from './channels.js';
import { LIMITS } from './limits.js';
import type { CsvRecord } from './linkedin-csv.js';
import { type Stage } from './stages.js';
import { parseTrackerChannel, parseTrackerSalary, parseTrackerStage, parseTrackerWorkMode, valueKey } from './tracker-values.js';

/**
 * Applications from another tracker's CSV export (a spreadsheet, Teal, Huntr…), after
 * tokenising: the header row, a column → field mapping (suggested from the header names, then
 * the user's), and each row checked. Tokenising (quotes, CRLF, BOM) is the caller's.
 */
export const TRACKER_FIELDS = [
  'companyName', 'roleTitle', 'stage', 'channel', 'appliedOn', 'jobUrl', 'location', 'workMode', 'salary', 'notes', 'resumeVersion',
] as const;
export type TrackerField = (typeof TRACKER_FIELDS)[number];

export const TRACKER_FIELD_LABELS: Record<TrackerField, string> = {
  companyName: 'Company',
  roleTitle: 'Role',
  stage: 'Stage',
  channel: 'Channel',
  appliedOn: 'Applied on',
  jobUrl: 'Job URL',
  location: 'Location',
  workMode: 'Work mode',
  salary: 'Salary',
  notes: 'Notes',
  resumeVersion: 'Resume version',
};

/** Fields a file must map; only notes may take several columns. */
export const REQUIRED_TRACKER_FIELDS = ['companyName', 'roleTitle'] as const satisfies readonly TrackerField[];

/** CSV column (header text) → field, or null to ignore the column. */
export type TrackerMapping = Record<string, TrackerField | null>;

export const TRACKER_MAX_ROWS = 5000;

const HEADER_SYNONYMS: Record<TrackerField, string[]> = {
  companyName: ['company', 'company name', 'employer', 'organization', 'organisation', 'org', 'business'],
  roleTitle: ['position', 'title', 'role', 'job title', 'job', 'position title', 'role title', 'job position', 'job role'],
  stage: ['status', 'stage', 'application status', 'state', 'pipeline stage', 'current status', 'progress'],
  channel: ['source', 'channel', 'how applied', 'applied via', 'application source', 'how did you apply', 'method', 'applied through'],
  appliedOn: ['date applied', 'applied on', 'applied', 'application date', 'date', 'applied date', 'date submitted', 'submitted on', 'submitted'],
  jobUrl: ['url', 'link', 'job url', 'job link', 'posting', 'job posting', 'posting url', 'listing', 'application link', 'job description url'],
  location: ['location', 'city', 'office', 'place', 'job location'],
  workMode: ['work mode', 'remote', 'workplace', 'work type', 'arrangement', 'workplace type', 'remote hybrid onsite', 'remote onsite'],
  salary: ['salary', 'compensation', 'comp', 'pay', 'salary range', 'expected salary', 'base salary', 'base'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'details', 'remarks'],
  resumeVersion: ['resume', 'resume version', 'cv', 'cv version', 'resume used'],
};

const FIELD_OF_HEADER = new Map<string, TrackerField>(
  TRACKER_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((name) => [valueKey(name), field] as const)),
);

/** A mapping guessed from header names; each field goes to the first column that names it. */
export function suggestTrackerMapping(headers: string[]): TrackerMapping {
  const taken = new Set<TrackerField>();
  const entries = headers.map((header) => {
    const field = FIELD_OF_HEADER.get(valueKey(header)) ?? null;
    const free = field !== null && (field === 'notes' || !taken.has(field));
    if (free) taken.add(field);
    return [header, free ? field : null] as const;
  });
  // fromEntries defines own properties, so a column named "__proto__" stays a column.
  return Object.fromEntries(entries);
}

export type DateOrder = 'mdy' | 'dmy';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * 2024-03-12 (also with a time after it), 2024/03/12, 12 Mar 2024, Mar 12, 2024, March 12 2024,
 * and 3/12/2024 read in `order` (two-digit years are 20xx) → 'YYYY-MM-DD'; null otherwise.
 */
export function parseTrackerDate(text: string, order: DateOrder = 'mdy'): string | null {
  const value = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(value);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DATE.exec(value);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return order === 'mdy' ? isoDate(year, a, b) : isoDate(year, b, a);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.? (\d{4})$/.exec(value);
  if (m) return isoDate(Number(m[3]), MONTHS[m[2].slice(0, 3).toLowerCase()] ?? 0, Number(m[1]));
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(value);
  if (m) return isoDate(Number(m[3]), MONTHS[m[1].slice(0, 3).toLowerCase()] ?? 0, Number(m[2]));
  return null;
}

/**
 * Whether a file's 3/12/2024-style dates are month-first or day-first: day-first as soon as one
 * of them starts above 12, month-first otherwise (the US spreadsheet default).
 */
export function detectDateOrder(values: string[]): DateOrder {
  for (const value of values) {
    const m = NUMERIC_DATE.exec(value.trim());
    if (m && Number(m[1]) > 12 && Number(m[2]) <= 12) return 'dmy';
  }
  return 'mdy';
}

export interface TrackerApplication {
  /** The record's number as the caller counts them (a spreadsheet row: header = 1), for messages. */
  row: number;
  companyName: string;
  roleTitle: string;
  stage: Stage;
  channel: Channel;
  appliedOn: string | null;
  jobUrl: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  notes: string | null;
  resumeVersion: string | null;
}

export interface TrackerRowError {
  row: number;
  /** The CSV column, as named in the file's header. */
  field: string;
  message: string;
}

export interface TrackerMappingError {
  field: 'mapping';
  message: string;
}

export type TrackerParseResult =
  | {
      ok: true;
      headers: string[];
      suggestedMapping: TrackerMapping;
      mapping: TrackerMapping;
      mappingErrors: TrackerMappingError[];
      dateOrder: DateOrder;
      /** The first rows as in the file, for the mapping step. */
      sample: string[][];
      rows: TrackerApplication[];
      errors: TrackerRowError[];
    }
  | { ok: false; reason: string };

const SAMPLE_ROWS = 5;
const oneLine = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** Header names made unique and non-empty, so that a mapping can name every column. */
function headerNames(fields: string[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((raw, i) => {
    const base = oneLine(raw.replace(/^\uFEFF/, '')) || `Column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export function checkTrackerMapping(headers: string[], mapping: TrackerMapping): TrackerMappingError[] {
  const errors: TrackerMappingError[] = [];
  const fail = (message: string) => errors.push({ field: 'mapping', message });
  const used = new Map<TrackerField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!headers.includes(column)) fail(`The file has no column "${column}"`);
    if (field === null) continue;
    if (!(TRACKER_FIELDS as readonly string[]).includes(field)) {
      fail(`"${String(field)}" is not a field; use one of ${TRACKER_FIELDS.join(', ')} or null`);
      continue;
    }
    const other = used.get(field);
    if (other !== undefined && field !== 'notes') fail(`Both "${other}" and "${column}" are mapped to ${field}`);
    used.set(field, column);
  }
  for (const field of REQUIRED_TRACKER_FIELDS) {
    if (!used.has(field)) fail(`No column is mapped to ${field} (${TRACKER_FIELD_LABELS[field]})`);
  }
  return errors;
}

/**
 * The applications in a tokenised tracker export, checked against `mapping` (the suggestion when
 * absent). With any mapping error no row is read. `ok: false` when the file has no rows at all.
 */
export function parseTrackerCsv(records: CsvRecord[], mapping?: TrackerMapping): TrackerParseResult {
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, reason: 'The file is empty.' };
  const headers = headerNames(nonEmpty[0].fields);
  const body = nonEmpty.slice(1);
  if (body.length === 0) return { ok: false, reason: 'The file has a header row but no applications.' };
  if (body.length > TRACKER_MAX_ROWS) return { ok: false, reason: `The file has ${body.length} rows; at most ${TRACKER_MAX_ROWS} can be imported at once.` };
  const suggestedMapping = suggestTrackerMapping(headers);
  const used = mapping ?? suggestedMapping;
  const mappingErrors = checkTrackerMapping(headers, used);
  const sample = body.slice(0, SAMPLE_ROWS).map((r) => headers.map((_, i) => r.fields[i] ?? ''));
  const columnsOf = (field: TrackerField) => headers.flatMap((h, i) => (Object.hasOwn(used, h) && used[h] === field ? [i] : []));
  const dateColumn = columnsOf('appliedOn')[0];
  const dateOrder = detectDateOrder(dateColumn === undefined ? [] : body.map((r) => r.fields[dateColumn] ?? ''));
  const base = { ok: true as const, headers, suggestedMapping, mapping: used, mappingErrors, dateOrder, sample };
  if (mappingErrors.length > 0) return { ...base, rows: [], errors: [] };

  const rows: TrackerApplication[] = [];
  const errors: TrackerRowError[] = [];
  for (const record of body) {
    const row = record.line;
    const rowErrors: TrackerRowError[] = [];
    const cell = (field: TrackerField): { column: string; value: string } | null => {
      const index = columnsOf(field)[0];
      return index === undefined ? null : { column: headers[index], value: oneLine(record.fields[index]) };
    };
    const text = (field: TrackerField, max: number, required = false): string | null => {
      const c = cell(field);
      if (!c) return null;
      if (required && !c.value) rowErrors.push({ row, field: c.column, message: `${TRACKER_FIELD_LABELS[field]} is empty` });
      if (c.value.length > max) rowErrors.push({ row, field: c.column, message: `${TRACKER_FIELD_LABELS[field]} is longer than ${max} characters` });
      return c.value || null;
    };
    const parsed = <T>(field: TrackerField, parse: (value: string) => T | null, hint: string): T | null => {
      const c = cell(field);
      if (!c?.value) return null;
      const value = parse(c.value);
      if (value === null) rowErrors.push({ row, field: c.column, message: `"${c.value.slice(0, 60)}" is not ${hint}` });
      return value;
    };

    const companyName = text('companyName', LIMITS.companyNameMax, true);
    const roleTitle = text('roleTitle', LIMITS.roleTitleMax, true);
    const stage = parsed('stage', parseTrackerStage, 'a stage we know (e.g. Applied, Phone screen, Onsite, Offer, Rejected, Ghosted)');
    const channel = parsed('channel', parseTrackerChannel, 'a channel we know (e.g. Website, Referral, Recruiter, Career fair)');
    const appliedOn = parsed('appliedOn', (v) => parseTrackerDate(v, dateOrder), `a date like 2024-03-12 or ${dateOrder === 'mdy' ? '3/12/2024' : '12/3/2024'}`);
    const jobUrl = parsed('jobUrl', (v) => (isHttpUrl(v) ? v : null), 'an http(s) URL');
    if (jobUrl && jobUrl.length > LIMITS.urlMax) rowErrors.push({ row, field: cell('jobUrl')?.column ?? 'jobUrl', message: `The URL is longer than ${LIMITS.urlMax} characters` });
    const location = text('location', LIMITS.locationMax);
    const workMode = parsed('workMode', parseTrackerWorkMode, 'remote, hybrid or on-site');
    const salary = parsed('salary', parseTrackerSalary, 'an amount or a range like 120k-150k');
    if (salary && ((salary.max ?? 0) > LIMITS.salaryMax || (salary.min !== null && salary.max !== null && salary.min > salary.max))) {
      rowErrors.push({ row, field: cell('salary')?.column ?? 'salary', message: 'The salary range is out of order or too large' });
    }
    const resumeVersion = text('resumeVersion', LIMITS.resumeVersionMax);
    const notes = notesOf(record, headers, columnsOf('notes'));
    if (notes && notes.length > LIMITS.notesMax) rowErrors.push({ row, field: headers[columnsOf('notes')[0]], message: `Notes are longer than ${LIMITS.notesMax} characters` });

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row,
      companyName: companyName as string,
      roleTitle: roleTitle as string,
      stage: stage ?? 'applied',
      channel: channel ?? 'cold_apply',
      appliedOn,
      jobUrl,
      location,
      workMode,
      salaryMin: salary?.min ?? null,
      salaryMax: salary?.max ?? null,
      salaryCurrency: salary && (salary.min !== null || salary.max !== null) ? salary.currency : null,
      notes,
      resumeVersion,
    });
  }
  return { ...base, rows, errors };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** One notes column as is; several as "Column: value" lines, so no text is dropped silently. */
function notesOf(record: CsvRecord, headers: string[], columns: number[]): string | null {
  const values = columns.map((i) => ({ column: headers[i], value: (record.fields[i] ?? '').trim() })).filter((v) => v.value !== '');
  if (values.length === 0) return null;
  if (columns.length === 1) return values[0].value;
  return values.map((v) => `${v.column}: ${v.value}`).join('\n');
}
