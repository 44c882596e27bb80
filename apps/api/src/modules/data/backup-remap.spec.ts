import { safeCell } from './applications-csv.js';
import { type BackupRows, checkBackup } from './backup-check.js';
import { remapBackup } from './backup-remap.js';
import { BACKUP_TABLES } from './backup-schema.js';

const OLD_APP = '11111111-1111-4111-8111-111111111111';
const OLD_COMPANY = '22222222-2222-4222-8222-222222222222';
const T = '2026-01-01T10:00:00.123456+00:00';

function emptyTables(): BackupRows {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupRows;
}

function sample(): BackupRows {
  const tables = emptyTables();
  tables.companies.push({ id: OLD_COMPANY, name: 'Stripe', normalized_name: 'stripe', created_at: T });
  tables.applications.push({
    id: OLD_APP, company_id: OLD_COMPANY, company_name: 'Stripe', role_title: 'MLE', job_url: null, location: null, work_mode: null,
    salary_min: null, salary_max: null, salary_currency: null, channel: 'cold_apply', stage: 'applied', last_open_stage: null, excitement: null,
    notes: null, applied_on: '2026-01-01', offer_deadline: null, resume_version: null, archived: false, position: 1024.5, version: 2,
    stage_changed_at: T, created_at: T, updated_at: T,
  });
  tables.application_events.push({ id: 7, application_id: OLD_APP, type: 'created', from_stage: null, to_stage: 'applied', at: T });
  tables.follow_ups.push({
    id: '33333333-3333-4333-8333-333333333333', kind: 'follow_up_recruiter', title: 'Ping', notes: null, due_on: '2026-01-08', due_time: '09:30:00',
    first_due_on: '2026-01-08', status: 'open', application_id: OLD_APP, contact_id: null, referral_id: null, event_id: null,
    rule: 'portal_no_response', rule_key: `portal_no_response:${OLD_APP}`, completed_at: null, cancelled_reason: null, version: 1, created_at: T, updated_at: T,
  });
  return tables;
}

describe('checkBackup', () => {
  it('accepts a well-formed backup', () => {
    expect(checkBackup({ format: 'offerpath-backup', version: 1, exportedAt: T, tables: sample() })).toMatchObject({ ok: true });
  });

  it('names the table, row and field of each problem', () => {
    const tables = sample();
    tables.applications[0].salary_min = 10;
    tables.applications[0].salary_max = 5;
    tables.applications[0].extra = 1;
    tables.application_events[0].application_id = OLD_COMPANY;
    tables.follow_ups[0].due_time = '25:00';
    const result = checkBackup({ format: 'offerpath-backup', version: 1, tables });
    expect(result).toEqual({
      ok: false,
      errors: [
        { table: 'applications', row: 0, field: 'extra', message: 'is not a column of this table' },
        { table: 'applications', row: 0, field: 'salary_max', message: 'must not be less than salary_min' },
        { table: 'follow_ups', row: 0, field: 'due_time', message: 'must be a time like 09:30:00' },
        { table: 'application_events', row: 0, field: 'application_id', message: 'points at no row of applications in this backup' },
      ],
    });
  });

  it('refuses another format or version before reading rows', () => {
    expect(checkBackup({ format: 'x', version: 2, tables: {} })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'format' }), expect.objectContaining({ field: 'version' })],
    });
    expect(checkBackup([])).toMatchObject({ ok: false, errors: [{ field: 'file' }] });
  });
});

describe('remapBackup', () => {
  it('gives every uuid row a new id and moves references and cadence keys along, keeping every other field', () => {
    let n = 0;
    const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const out = remapBackup(sample(), ids);
    const newCompany = out.companies[0].id as string;
    const newApp = out.applications[0].id as string;
    expect([newCompany, newApp]).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
    expect(out.applications[0]).toEqual({ ...sample().applications[0], id: newApp, company_id: newCompany });
    expect(out.application_events[0]).toEqual({ ...sample().application_events[0], application_id: newApp });
    expect(out.follow_ups[0]).toMatchObject({ application_id: newApp, rule_key: `portal_no_response:${newApp}`, due_time: '09:30:00' });
  });
});

describe('safeCell', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['Stripe', 'Stripe'], ['', ''], ['a=b', 'a=b'],
  ])('%j → %j', (input, output) => expect(safeCell(input)).toBe(output));
});
