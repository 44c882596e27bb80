import { CONTACT_LIMITS, normalizeLinkedInUrl } from './contacts.js';
import { LIMITS } from './limits.js';

/**
 * LinkedIn's Connections.csv, after tokenising: finding the header row, mapping columns and
 * checking each row. Tokenising (quotes, CRLF, BOM) is the caller's, so this stays free of
 * any CSV library and runs in the browser too.
 */
export const LINKEDIN_COLUMNS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;

/** One record of the file with the line it ends on (1-based), as a CSV reader reports it. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface LinkedInConnection {
  /** Line in the file, for messages. */
  row: number;
  name: string;
  /** Normalised: the key that matches a re-import to the same contact. */
  linkedinUrl: string;
  email: string | null;
  company: string | null;
  title: string | null;
  /** 'YYYY-MM-DD'. */
  connectedOn: string | null;
}

export interface LinkedInRowError {
  row: number;
  field: string;
  message: string;
}

export interface LinkedInDuplicate {
  row: number;
  linkedinUrl: string;
  /** The earlier row with the same profile, which is the one kept. */
  firstRow: number;
}

export type LinkedInParseResult =
  | { ok: true; rows: LinkedInConnection[]; errors: LinkedInRowError[]; duplicates: LinkedInDuplicate[] }
  | { ok: false; reason: string };

/** How far into the file the header row may be (LinkedIn's preamble is a few lines). */
const HEADER_SEARCH_LINES = 20;

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** LinkedIn's "12 Mar 2024" (and ISO "2024-03-12") as 'YYYY-MM-DD'; null when not a real date. */
export function parseLinkedInDate(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const dmy = /^(\d{1,2})[\s-]([A-Za-z]{3,4})[a-z]*[\s-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dmy) {
    day = Number(dmy[1]);
    month = MONTHS[dmy[2].toLowerCase()] ?? MONTHS[dmy[2].slice(0, 3).toLowerCase()] ?? 0;
    year = Number(dmy[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

function findHeader(records: CsvRecord[]): { index: number; columns: Map<string, number> } | null {
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_LINES); i++) {
    const names = records[i].fields.map((f) => clean(f).toLowerCase());
    const columns = new Map<string, number>();
    for (const column of LINKEDIN_COLUMNS) {
      const at = names.indexOf(column.toLowerCase());
      if (at >= 0) columns.set(column, at);
    }
    if (columns.size === LINKEDIN_COLUMNS.length) return { index: i, columns };
  }
  return null;
}

/**
 * The connections in a tokenised Connections.csv, with a message per bad field and the rows
 * that repeat an earlier profile URL (the first one is kept). `ok: false` when the file is
 * not such an export at all.
 */
export function parseLinkedInConnections(records: CsvRecord[]): LinkedInParseResult {
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, reason: 'The file is empty.' };
  const header = findHeader(nonEmpty);
  if (!header) {
    return { ok: false, reason: `No header row with the columns ${LINKEDIN_COLUMNS.join(', ')}: this is not LinkedIn's Connections.csv.` };
  }
  const at = (record: CsvRecord, column: (typeof LINKEDIN_COLUMNS)[number]) => clean(record.fields[header.columns.get(column) as number]);
  const rows: LinkedInConnection[] = [];
  const errors: LinkedInRowError[] = [];
  const duplicates: LinkedInDuplicate[] = [];
  const seen = new Map<string, number>();

  for (const record of nonEmpty.slice(header.index + 1)) {
    const row = record.line;
    const rowErrors: LinkedInRowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ row, field, message });

    const name = clean(`${at(record, 'First Name')} ${at(record, 'Last Name')}`);
    if (!name) fail('name', 'First Name and Last Name are both empty');
    else if (name.length > CONTACT_LIMITS.nameMax) fail('name', `The name is longer than ${CONTACT_LIMITS.nameMax} characters`);

    const rawUrl = at(record, 'URL');
    const linkedinUrl = rawUrl ? normalizeLinkedInUrl(rawUrl) : null;
    if (!rawUrl) fail('URL', 'The profile URL is empty');
    else if (!linkedinUrl) fail('URL', 'The profile URL is not an http(s) URL');
    else if (rawUrl.length > LIMITS.urlMax) fail('URL', `The profile URL is longer than ${LIMITS.urlMax} characters`);

    const email = at(record, 'Email Address') || null;
    if (email && (email.length > LIMITS.emailMax || !/^[^\s@]+@[^\s@]+$/.test(email))) fail('Email Address', 'Not an email address');

    const company = at(record, 'Company') || null;
    if (company && company.length > LIMITS.companyNameMax) fail('Company', `The company is longer than ${LIMITS.companyNameMax} characters`);

    const title = at(record, 'Position') || null;
    if (title && title.length > CONTACT_LIMITS.titleMax) fail('Position', `The position is longer than ${CONTACT_LIMITS.titleMax} characters`);

    const rawDate = at(record, 'Connected On');
    const connectedOn = rawDate ? parseLinkedInDate(rawDate) : null;
    if (rawDate && !connectedOn) fail('Connected On', `"${rawDate.slice(0, 40)}" is not a date like 12 Mar 2024`);

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const url = linkedinUrl as string;
    const firstRow = seen.get(url);
    if (firstRow !== undefined) {
      duplicates.push({ row, linkedinUrl: url, firstRow });
      continue;
    }
    seen.set(url, row);
    rows.push({ row, name, linkedinUrl: url, email, company, title, connectedOn });
  }
  return { ok: true, rows, errors, duplicates };
}
