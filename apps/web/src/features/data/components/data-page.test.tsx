import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import type { TrackerImportResult } from '../api/import-applications';
import { DataPage } from './data-page';

const HEADERS = ['Company', 'Title', 'Status', 'Colour'];
const base: TrackerImportResult = {
  dryRun: true,
  headers: HEADERS,
  suggestedMapping: { Company: 'companyName', Title: 'roleTitle', Status: 'stage', Colour: null },
  mapping: { Company: 'companyName', Title: 'roleTitle', Status: 'stage', Colour: null },
  mappingErrors: [],
  dateOrder: 'mdy',
  sample: [
    ['Stripe', 'ML Engineer', 'Interviewing', 'blue'],
    ['Acme', 'SWE', 'Maybe', ''],
  ],
  valid: 1,
  created: 0,
  errors: [{ row: 3, field: 'Status', message: '"Maybe" is not a stage we know' }],
  preview: [
    {
      row: 2, companyName: 'Stripe', roleTitle: 'ML Engineer', stage: 'recruiter_screen', channel: 'cold_apply', appliedOn: null, jobUrl: null,
      location: null, workMode: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, resumeVersion: null,
    },
  ],
};
const clean: TrackerImportResult = { ...base, valid: 2, errors: [], mapping: { ...base.mapping, Colour: 'notes' } };

const file = (text: string, name: string, type: string) => new File([text], name, { type });

/** The page's error banner (the toast region is an alert too). */
const errorBanner = () =>
  waitFor(() => {
    const banner = document.querySelector<HTMLElement>('.banner[role="alert"]');
    expect(banner).not.toBeNull();
    return banner as HTMLElement;
  });

describe('DataPage', () => {
  const createObjectURL = vi.fn(() => 'blob:offerpath');
  const revokeObjectURL = vi.fn();
  let click: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => {
    createObjectURL.mockClear();
  });

  it('downloads the CSV and the backup under the server’s file names', async () => {
    const api = mockApi({
      'GET /api/export/applications.csv': () =>
        new Response('Company\r\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="offerpath-applications-2026-05-01.csv"' } }),
      'GET /api/backup': () =>
        new Response('{"format":"offerpath-backup"}', { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="offerpath-backup-2026-05-01.json"' } }),
    });
    const { user } = renderWithProviders(<DataPage />, { route: '/settings/data', path: '/settings/data' });

    await user.click(screen.getByRole('button', { name: 'Export applications (CSV)' }));
    expect(await screen.findByText('Saved offerpath-applications-2026-05-01.csv')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    expect(await screen.findByText('Saved offerpath-backup-2026-05-01.json')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/backup')).toHaveLength(1);
    expect(createObjectURL).toHaveBeenCalledTimes(2);
    expect(click).toHaveBeenCalledTimes(2);
  });

  it('shows why a download failed', async () => {
    mockApi({ 'GET /api/backup': () => problem(500, 'internal_error', 'boom') });
    const { user } = renderWithProviders(<DataPage />);
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    expect(await errorBanner()).toHaveTextContent('Something went wrong on our side');
    expect(click).not.toHaveBeenCalled();
  });

  it('restores a backup, and explains a 409 when the account is not empty', async () => {
    const api = mockApi({
      'POST /api/backup/restore': [
        () => problem(409, 'account_not_empty', 'A backup restores only into an empty account'),
        () => json(200, { restored: { applications: 12, contacts: 4, events: 2 } }),
      ],
    });
    const { user } = renderWithProviders(<DataPage />);
    const input = screen.getByLabelText('Backup file');
    await user.upload(input, file('{}', 'offerpath-backup.json', 'application/json'));
    expect(await errorBanner()).toHaveTextContent('Your account already has data');
    await user.upload(input, file('{}', 'offerpath-backup.json', 'application/json'));
    expect(await screen.findByText(/Restored 12 applications, 4 contacts and 2 events/)).toBeInTheDocument();
    expect(document.querySelector('.banner[role="alert"]')).toBeNull();
    expect(api.callsTo('POST', '/api/backup/restore')[1].body).toContain('name="file"');
  });

  it('lists what is wrong with a corrupted backup', async () => {
    mockApi({
      'POST /api/backup/restore': () =>
        json(400, { type: 'about:blank', title: 'Bad Request', status: 400, code: 'invalid_backup', detail: 'The backup is invalid (1 problem(s)); nothing was restored', errors: [{ table: 'applications', row: 1, field: 'stage', message: 'must be one of wishlist, applied' }] }),
    });
    const { user } = renderWithProviders(<DataPage />);
    await user.upload(screen.getByLabelText('Backup file'), file('{}', 'b.json', 'application/json'));
    const alert = await errorBanner();
    expect(alert).toHaveTextContent('Nothing was restored');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('applications row 2, stage: must be one of wishlist, applied');
  });

  it('imports from another tracker: upload → match columns → check rows → import', async () => {
    const api = mockApi({
      'POST /api/import/applications': [() => json(200, base), () => json(200, base), () => json(200, clean), () => json(200, { ...clean, dryRun: false, created: 2 })],
    });
    const { user } = renderWithProviders(<DataPage />);
    await user.upload(screen.getByLabelText('CSV file'), file('Company,Title\n', 'tracker.csv', 'text/csv'));

    // The mapping step: a select per column, prefilled with the suggestion, beside the first values.
    const rows = await screen.findAllByTestId('mapping-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(HEADERS);
    expect(within(rows[0]).getByRole('cell', { name: 'Stripe · Acme' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Field for column Company' })).toHaveValue('companyName');
    expect(screen.getByRole('combobox', { name: 'Field for column Colour' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    const errors = await screen.findAllByTestId('tracker-import-error');
    expect(errors.map((tr) => tr.textContent)).toEqual(['3Status"Maybe" is not a stage we know']);
    expect(screen.getByTestId('tracker-import-summary')).toHaveTextContent('1 ready to import1 with errors');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Field for column Colour' }), 'notes');
    expect(screen.queryByTestId('tracker-import-error')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 applications' }));
    expect(await screen.findByText('Imported 2 applications.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the board' })).toHaveAttribute('href', '/');

    const calls = api.callsTo('POST', '/api/import/applications');
    expect(calls.map((c) => c.search)).toEqual(['?dryRun=true', '?dryRun=true', '?dryRun=true', '']);
    expect(calls[0].body).not.toContain('name="mapping"');
    expect(calls[2].body).toContain('"Colour":"notes"');
  });

  it('says why a file cannot be read', async () => {
    mockApi({ 'POST /api/import/applications': () => problem(413, 'payload_too_large', 'The request body is too large') });
    const { user } = renderWithProviders(<DataPage />);
    await user.upload(screen.getByLabelText('CSV file'), file('x', 'big.csv', 'text/csv'));
    expect(await errorBanner()).toHaveTextContent('This file is over 5 MB');
  });
});
