import type { CsvRecord } from './linkedin-csv.js';
import { checkTrackerMapping, detectDateOrder, parseTrackerCsv, parseTrackerDate, suggestTrackerMapping } from './tracker-csv.js';
import { parseTrackerChannel, parseTrackerSalary, parseTrackerStage, parseTrackerWorkMode } from './tracker-values.js';

const records = (...lines: string[][]): CsvRecord[] => lines.map((fields, i) => ({ line: i + 1, fields }));
const HEADER = ['Company', 'Position', 'Status', 'Date Applied', 'Link', 'Location', 'Notes', 'Salary', 'Source'];

function parsed(input: CsvRecord[], mapping?: Record<string, string | null>) {
  const result = parseTrackerCsv(input, mapping as never);
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result;
}

describe('suggestTrackerMapping', () => {
  it('maps common header names, case and punctuation aside', () => {
    expect(suggestTrackerMapping([...HEADER, 'Job Title', 'Remote?', 'Comments', 'Favourite colour'])).toEqual({
      Company: 'companyName',
      Position: 'roleTitle',
      Status: 'stage',
      'Date Applied': 'appliedOn',
      Link: 'jobUrl',
      Location: 'location',
      Notes: 'notes',
      Salary: 'salary',
      Source: 'channel',
      'Job Title': null, // roleTitle is taken by the first column that names it
      'Remote?': 'workMode',
      Comments: 'notes', // notes may take several columns
      'Favourite colour': null,
    });
  });

  it('keeps a column called __proto__ a column', () => {
    const mapping = suggestTrackerMapping(['__proto__', 'Company']);
    expect(Object.keys(mapping)).toEqual(['__proto__', 'Company']);
  });
});

describe('checkTrackerMapping', () => {
  it('names unknown columns and fields, fields mapped twice and missing required fields', () => {
    const messages = checkTrackerMapping(['A', 'B', 'C'], { A: 'roleTitle', B: 'roleTitle', Z: 'notes', C: 'colour' as never }).map((e) => e.message);
    expect(messages).toEqual([
      'Both "A" and "B" are mapped to roleTitle',
      'The file has no column "Z"',
      expect.stringContaining('"colour" is not a field'),
      'No column is mapped to companyName (Company)',
    ]);
  });
});

describe('values', () => {
  it.each([
    ['Applied', 'applied'], ['APPLIED', 'applied'], ['applied ✅', 'applied'], ['Interviewing', 'recruiter_screen'], ['Phone Screen', 'recruiter_screen'],
    ['Technical interview', 'coding_interview'], ['System design', 'system_design'], ['Final round', 'onsite'], ['On-site', 'onsite'],
    ['Offer', 'offer'], ['Accepted', 'accepted'], ['Rejected', 'rejected'], ['Not Selected', 'rejected'], ['I Withdrew', 'withdrawn'],
    ['Ghosted', 'ghosted'], ['No Response 🔕', 'ghosted'], ['Bookmarked', 'wishlist'], ['recruiter_screen', 'recruiter_screen'],
  ])('stage %j → %s', (text, stage) => expect(parseTrackerStage(text)).toBe(stage));

  it.each(['Maybe', '', 'Offer?? no'])('unknown stage %j → null', (text) => expect(parseTrackerStage(text)).toBeNull());

  it.each([
    ['Referral', 'referral'], ['LinkedIn', 'cold_apply'], ['LinkedIn Recruiter', 'linkedin_recruiter'], ['Company website', 'cold_apply'],
    ['Recruiter', 'recruiter_inbound'], ['Job fair', 'career_fair'], ['Meetup', 'networking_event'], ['Portal', 'cold_apply'],
  ])('channel %j → %s', (text, channel) => expect(parseTrackerChannel(text)).toBe(channel));

  it.each([['Remote', 'remote'], ['On-site', 'onsite'], ['in office', 'onsite'], ['Hybrid', 'hybrid']])('work mode %j → %s', (text, mode) =>
    expect(parseTrackerWorkMode(text)).toBe(mode),
  );

  it.each([
    ['150000', { min: 150000, max: 150000, currency: null }],
    ['$150,000', { min: 150000, max: 150000, currency: 'USD' }],
    ['120k-150k', { min: 120000, max: 150000, currency: null }],
    ['€80.000 – €95.000', { min: 80000, max: 95000, currency: 'EUR' }],
    ['150K USD per year', { min: 150000, max: 150000, currency: 'USD' }],
    ['90 000 to 100 000 GBP', { min: 90000, max: 100000, currency: 'GBP' }],
  ])('salary %j', (text, salary) => expect(parseTrackerSalary(text)).toEqual(salary));

  it.each(['competitive', 'TBD', '1-2-3', '12abc'])('salary %j → null', (text) => expect(parseTrackerSalary(text)).toBeNull());
});

describe('parseTrackerDate', () => {
  it.each([
    ['2024-03-12', 'mdy', '2024-03-12'],
    ['2024-03-12T10:00:00Z', 'mdy', '2024-03-12'],
    ['2024/3/2', 'mdy', '2024-03-02'],
    ['3/12/2024', 'mdy', '2024-03-12'],
    ['12/3/2024', 'dmy', '2024-03-12'],
    ['3/12/24', 'mdy', '2024-03-12'],
    ['12 Mar 2024', 'mdy', '2024-03-12'],
    ['March 12, 2024', 'mdy', '2024-03-12'],
    ['Mar 2nd 2024', 'mdy', '2024-03-02'],
  ] as const)('%j (%s) → %s', (text, order, date) => expect(parseTrackerDate(text, order)).toBe(date));

  it.each(['2024-02-30', '13/13/2024', 'yesterday', '2024-13-01', '31 Foo 2024', '12/3'])('rejects %j', (text) => {
    expect(parseTrackerDate(text)).toBeNull();
  });

  it('reads a file as day-first when one date starts above 12', () => {
    expect(detectDateOrder(['3/4/2024', '25/4/2024'])).toBe('dmy');
    expect(detectDateOrder(['3/4/2024', '4/25/2024', ''])).toBe('mdy');
  });
});

describe('parseTrackerCsv', () => {
  it('reads rows with the suggested mapping, defaults and a sample', () => {
    const result = parsed(
      records(
        HEADER,
        ['Stripe, Inc.', 'ML Engineer', 'Interviewing', '3/12/2024', 'https://stripe.com/jobs/1', 'Dublin', 'Great team, "fast"', '120k-150k USD', 'Referral'],
        ['', '', '', '', '', '', '', '', ''],
        ['Acme', 'SWE', '', '', '', '', '', '', ''],
      ),
    );
    expect(result.mappingErrors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.sample).toHaveLength(2);
    expect(result.rows).toEqual([
      {
        row: 2, companyName: 'Stripe, Inc.', roleTitle: 'ML Engineer', stage: 'recruiter_screen', channel: 'referral', appliedOn: '2024-03-12',
        jobUrl: 'https://stripe.com/jobs/1', location: 'Dublin', workMode: null, salaryMin: 120000, salaryMax: 150000, salaryCurrency: 'USD',
        notes: 'Great team, "fast"', resumeVersion: null,
      },
      expect.objectContaining({ row: 4, companyName: 'Acme', stage: 'applied', channel: 'cold_apply', appliedOn: null, salaryCurrency: null }),
    ]);
  });

  it('reports every bad field with its row and the column name from the file', () => {
    const result = parsed(
      records(
        HEADER,
        ['', 'ML Engineer', 'Maybe', 'yesterday', 'ftp://x', '', '', 'lots', 'Carrier pigeon'],
        ['Acme', 'x'.repeat(201), 'Applied', '2024-01-01', '', '', '', '', ''],
      ),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, field: 'Company', message: 'Company is empty' },
      { row: 2, field: 'Status', message: expect.stringContaining('"Maybe" is not a stage we know') },
      { row: 2, field: 'Source', message: expect.stringContaining('"Carrier pigeon" is not a channel we know') },
      { row: 2, field: 'Date Applied', message: expect.stringContaining('"yesterday" is not a date') },
      { row: 2, field: 'Link', message: '"ftp://x" is not an http(s) URL' },
      { row: 2, field: 'Salary', message: expect.stringContaining('"lots" is not an amount') },
      { row: 3, field: 'Position', message: 'Role is longer than 200 characters' },
    ]);
  });

  it('uses the given mapping, joins several notes columns and strips a BOM from the first header', () => {
    const result = parsed(records(['\uFEFFOrg', 'Job', 'Why', 'Contact'], ['Acme', 'SWE', 'Mission', 'Ann']), {
      Org: 'companyName',
      Job: 'roleTitle',
      Why: 'notes',
      Contact: 'notes',
    });
    expect(result.headers).toEqual(['Org', 'Job', 'Why', 'Contact']);
    expect(result.rows[0]).toMatchObject({ companyName: 'Acme', roleTitle: 'SWE', notes: 'Why: Mission\nContact: Ann' });
  });

  it('reads no row while the mapping is wrong, but still answers headers and the suggestion', () => {
    const result = parsed(records(['Org', 'Job'], ['Acme', 'SWE']));
    expect(result.suggestedMapping).toEqual({ Org: 'companyName', Job: 'roleTitle' });
    const wrong = parsed(records(['Name', 'Job'], ['Acme', 'SWE']));
    expect(wrong.mappingErrors.map((e) => e.message)).toEqual(['No column is mapped to companyName (Company)']);
    expect(wrong.rows).toEqual([]);
  });

  it('names blank and repeated headers', () => {
    expect(parsed(records(['Company', '', 'Company', 'Role'], ['a', 'b', 'c', 'd'])).headers).toEqual(['Company', 'Column 2', 'Company (2)', 'Role']);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseTrackerCsv(records([''], ['  ']))).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(parseTrackerCsv(records(HEADER))).toEqual({ ok: false, reason: 'The file has a header row but no applications.' });
  });
});
