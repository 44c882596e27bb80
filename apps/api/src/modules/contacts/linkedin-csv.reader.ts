import { type CsvRecord, type LinkedInParseResult, parseLinkedInConnections } from '@offerpath/domain';
import { parse } from 'csv-parse/sync';

/**
 * Bytes of an uploaded Connections.csv → the domain's parse result. Tokenising (BOM, CRLF,
 * quoted commas and quotes) is csv-parse's; everything LinkedIn-specific is the domain's.
 */
export function readLinkedInCsv(file: Buffer): LinkedInParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text.' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'The file is not a text file.' };
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info`, csv-parse answers { record, info } per record; its types only know string[][].
    parsed = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The file is not valid CSV: ${message}` };
  }
  const records: CsvRecord[] = parsed.map(({ record, info }) => ({ line: info.lines, fields: record }));
  return parseLinkedInConnections(records);
}
