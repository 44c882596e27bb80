import fs from 'node:fs';
import { readLinkedInCsv } from './linkedin-csv.reader.js';

const SAMPLE = '/work/shared/samples/linkedin-connections.csv';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function ok(text: string | Buffer) {
  const result = readLinkedInCsv(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('readLinkedInCsv', () => {
  it('reads LinkedIn’s export: BOM, Notes preamble, CRLF, quotes, non-Latin names', () => {
    const sample = fs.existsSync(SAMPLE)
      ? fs.readFileSync(SAMPLE)
      : Buffer.from(`\uFEFFNotes:\r\n"a, b"\r\n\r\n${HEADER}\r\n晓明,李,https://www.linkedin.com/in/x,,Stripe,"Eng, ML",12 Mar 2024\r\n`);
    const result = ok(sample);
    expect(result.errors).toEqual([]);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.some((r) => /\p{Script=Han}/u.test(r.name))).toBe(true);
  });

  it('keeps quoted commas, doubled quotes and line numbers', () => {
    const result = ok(`\uFEFFNotes:\r\n"Some, text"\r\n\r\n${HEADER}\r\nJae-won,Park,https://www.linkedin.com/in/jaewon,,Netflix,"""Senior Engineer, Data""",11 Oct 2023\r\n`);
    expect(result.rows).toEqual([
      { row: 5, name: 'Jae-won Park', linkedinUrl: 'https://www.linkedin.com/in/jaewon', email: null, company: 'Netflix', title: '"Senior Engineer, Data"', connectedOn: '2023-10-11' },
    ]);
  });

  it('tolerates a stray quote inside an unquoted field', () => {
    const result = ok(`${HEADER}\nTom,O"Neil,https://www.linkedin.com/in/tom,,Datadog,Recruiter,19 Sep 2024\n`);
    expect(result.rows[0].name).toBe('Tom O"Neil');
  });

  it.each([
    ['an unterminated quote', `${HEADER}\nMaya,"Okafor,https://www.linkedin.com/in/maya,,,,12 Mar 2024\n`, /not valid CSV/],
    ['an empty file', '', /empty/],
    ['only blank lines', '\r\n\r\n', /empty/],
    ['another CSV', 'Name,Email\nMaya,maya@example.com\n', /No header row/],
    ['no header row', 'Maya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Recruiter,12 Mar 2024\n', /No header row/],
  ])('is not an export for %s', (_what, text, reason) => {
    const result = readLinkedInCsv(Buffer.from(text));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('is not an export when the bytes are not UTF-8 or not text', () => {
    expect(readLinkedInCsv(Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toEqual({ ok: false, reason: expect.stringMatching(/UTF-8|text/) });
    expect(readLinkedInCsv(Buffer.from(`${HEADER}\n\u0000\u0001`))).toEqual({ ok: false, reason: 'The file is not a text file.' });
  });

  it('answers no rows for a header-only file', () => {
    expect(ok(`Notes:\r\n${HEADER}\r\n`)).toEqual({ ok: true, rows: [], errors: [], duplicates: [] });
  });
});
