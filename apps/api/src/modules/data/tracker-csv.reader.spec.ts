import { parseTrackerCsv } from '@offerpath/domain';
import { readCsvRecords } from './tracker-csv.reader.js';

function read(text: string | Buffer) {
  const result = readCsvRecords(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  return result.records;
}

describe('readCsvRecords', () => {
  it('strips the BOM, reads CRLF, quoted commas, doubled quotes and newlines inside quotes', () => {
    const records = read('\uFEFFCompany,Position,Notes\r\n"Stripe, Inc.",ML Engineer,"Said ""call me""\r\nnext week"\r\nAcme,SWE,\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['Company', 'Position', 'Notes'] },
      { line: 2, fields: ['Stripe, Inc.', 'ML Engineer', 'Said "call me"\r\nnext week'] },
      { line: 3, fields: ['Acme', 'SWE', ''] },
    ]);
    const parsed = parseTrackerCsv(records);
    expect(parsed.ok && parsed.headers[0]).toBe('Company');
    expect(parsed.ok && parsed.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(read('Company;Position\nAcme;SWE\n')[1].fields).toEqual(['Acme', 'SWE']);
    expect(read('Company\tPosition\nAcme\tSWE\n')[1].fields).toEqual(['Acme', 'SWE']);
  });

  it('refuses a file that is not UTF-8 text, or not CSV', () => {
    expect(readCsvRecords(Buffer.from([0x43, 0xff, 0xfe, 0x00]))).toEqual({ ok: false, reason: expect.stringContaining('not UTF-8') });
    expect(readCsvRecords(Buffer.from('a,b\n"unterminated,c\n'))).toEqual({ ok: false, reason: expect.stringContaining('not valid CSV') });
  });
});
