import type { CsvRecord } from '@offerpath/domain';
import { parse } from 'csv-parse/sync';

export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; reason: string };

/** Comma, semicolon (spreadsheets in comma-decimal locales) or tab: whichever the header line has most of. */
function delimiterOf(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * Bytes of an uploaded CSV → records numbered as a spreadsheet numbers its rows (the header is
 * row 1, a note with line breaks is still one row). Tokenising (BOM, CRLF, quoted
 * commas, quotes and newlines) is csv-parse's; what the columns mean is the domain's.
 */
export function readCsvRecords(file: Buffer): CsvReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text; save it from your spreadsheet as "CSV UTF-8".' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'The file is not a text file.' };
  try {
    const parsed: string[][] = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
    return { ok: true, records: parsed.map((fields, i) => ({ line: i + 1, fields })) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The file is not valid CSV: ${message}` };
  }
}
