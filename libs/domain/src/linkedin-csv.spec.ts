import { LINKEDIN_COLUMNS, type CsvRecord, parseLinkedInConnections, parseLinkedInDate } from './linkedin-csv.js';

const HEADER = [...LINKEDIN_COLUMNS];
/** Records numbered from line 1, as a reader would report them. */
const records = (...lines: string[][]): CsvRecord[] => lines.map((fields, i) => ({ line: i + 1, fields }));
const person = (first: string, url: string, extra: Partial<Record<'last' | 'email' | 'company' | 'position' | 'date', string>> = {}) => [
  first, extra.last ?? 'Doe', url, extra.email ?? '', extra.company ?? '', extra.position ?? '', extra.date ?? '12 Mar 2024',
];

function parsed(input: CsvRecord[]) {
  const result = parseLinkedInConnections(input);
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result;
}

describe('parseLinkedInDate', () => {
  it.each([
    ['12 Mar 2024', '2024-03-12'],
    ['1 Dec 2021', '2021-12-01'],
    ['03 Jan 2023', '2023-01-03'],
    ['15 Sept 2024', '2024-09-15'],
    ['2024-03-12', '2024-03-12'],
    [' 28 Feb 2025 ', '2025-02-28'],
  ])('%j → %s', (input, expected) => expect(parseLinkedInDate(input)).toBe(expected));

  it.each(['31 Feb 2024', '12 Foo 2024', 'yesterday', '12/03/2024', '2024-13-01', '0 Mar 2024', ''])('rejects %j', (input) => {
    expect(parseLinkedInDate(input)).toBeNull();
  });
});

describe('parseLinkedInConnections', () => {
  it('finds the header after the Notes preamble, wherever it is', () => {
    const result = parsed(
      records(
        ['Notes:'],
        ['When you export connections, email addresses are included only for people who allow it.'],
        [''],
        HEADER,
        person('Maya', 'https://www.linkedin.com/in/maya/', { last: 'Okafor', company: 'Stripe', position: 'Technical Recruiter' }),
      ),
    );
    expect(result.rows).toEqual([
      { row: 5, name: 'Maya Okafor', linkedinUrl: 'https://www.linkedin.com/in/maya', email: null, company: 'Stripe', title: 'Technical Recruiter', connectedOn: '2024-03-12' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reads a file without preamble and columns in another order', () => {
    const header = [...HEADER].reverse();
    const row = [...person('Ann', 'https://linkedin.com/in/ann', { email: 'ann@example.com' })].reverse();
    const result = parsed(records(header, row));
    expect(result.rows[0]).toMatchObject({ name: 'Ann Doe', email: 'ann@example.com', linkedinUrl: 'https://linkedin.com/in/ann' });
  });

  it('keeps non-Latin names, empty emails and companies, and quoted commas as they are', () => {
    const result = parsed(records(HEADER, ['晓明', '李', 'https://www.linkedin.com/in/xiaoming', '', '字节跳动', '"Senior Engineer, Data"', '15 Aug 2024'], person('Ahmed', 'https://www.linkedin.com/in/ahmed')));
    expect(result.rows.map((r) => [r.name, r.company, r.title, r.email])).toEqual([
      ['晓明 李', '字节跳动', '"Senior Engineer, Data"', null],
      ['Ahmed Doe', null, null, null],
    ]);
  });

  it('is not a LinkedIn export without the header row, or with other columns', () => {
    const noHeader = parseLinkedInConnections(records(person('Maya', 'https://www.linkedin.com/in/maya')));
    expect(noHeader).toEqual({ ok: false, reason: expect.stringMatching(/No header row/) });
    const wrong = parseLinkedInConnections(records(['Name', 'Email', 'Phone'], ['Maya', 'm@example.com', '1']));
    expect(wrong.ok).toBe(false);
    const missingOne = parseLinkedInConnections(records(HEADER.filter((c) => c !== 'URL'), ['a', 'b', 'c', 'd', 'e', 'f']));
    expect(missingOne.ok).toBe(false);
  });

  it('is not a LinkedIn export when empty, even with blank lines', () => {
    expect(parseLinkedInConnections([])).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(parseLinkedInConnections(records([''], ['', '']))).toEqual({ ok: false, reason: 'The file is empty.' });
  });

  it('answers no rows for a header-only file', () => {
    expect(parsed(records(['Notes:'], HEADER))).toEqual({ ok: true, rows: [], errors: [], duplicates: [] });
  });

  it('keeps the first of rows with the same profile URL, however it is written', () => {
    const result = parsed(
      records(
        HEADER,
        person('Maya', 'https://www.linkedin.com/in/maya'),
        person('Maya again', 'https://www.linkedin.com/in/Maya/?trk=x'),
        person('Other', 'https://www.linkedin.com/in/other'),
      ),
    );
    expect(result.rows.map((r) => r.name)).toEqual(['Maya Doe', 'Other Doe']);
    expect(result.duplicates).toEqual([{ row: 3, linkedinUrl: 'https://www.linkedin.com/in/maya', firstRow: 2 }]);
  });

  it('reports each bad field by row and column name, and keeps the good rows', () => {
    const result = parsed(
      records(
        HEADER,
        person('Good', 'https://www.linkedin.com/in/good'),
        person('BadDate', 'https://www.linkedin.com/in/bad-date', { date: '31 Feb 2024' }),
        ['', '', 'https://www.linkedin.com/in/noname', '', '', '', ''],
        person('NoUrl', ''),
        person('BadUrl', 'javascript:alert(1)'),
        person('BadEmail', 'https://www.linkedin.com/in/bad-email', { email: 'not-an-email' }),
      ),
    );
    expect(result.rows.map((r) => r.name)).toEqual(['Good Doe']);
    expect(result.errors).toEqual([
      { row: 3, field: 'Connected On', message: '"31 Feb 2024" is not a date like 12 Mar 2024' },
      { row: 4, field: 'name', message: 'First Name and Last Name are both empty' },
      { row: 5, field: 'URL', message: 'The profile URL is empty' },
      { row: 6, field: 'URL', message: 'The profile URL is not an http(s) URL' },
      { row: 7, field: 'Email Address', message: 'Not an email address' },
    ]);
  });

  it('rejects fields longer than the contact limits instead of truncating them', () => {
    const long = 'x'.repeat(10_000);
    const result = parsed(records(HEADER, person('Long', 'https://www.linkedin.com/in/long', { company: long, position: long }), person(long, 'https://www.linkedin.com/in/long-name')));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'Company'],
      [2, 'Position'],
      [3, 'name'],
    ]);
  });

  it('treats a short row as empty trailing fields and collapses whitespace', () => {
    const result = parsed(records(HEADER, ['  Jae-won ', ' Park', 'https://www.linkedin.com/in/jaewon']));
    expect(result.rows).toEqual([{ row: 2, name: 'Jae-won Park', linkedinUrl: 'https://www.linkedin.com/in/jaewon', email: null, company: null, title: null, connectedOn: null }]);
  });
});
