import type { LinkedInImportResultDto } from '@offerpath/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import { ImportPage } from './import-page';

const csv = (text: string, name = 'Connections.csv') => new File([text], name, { type: 'text/csv' });

const row = (n: number, name: string, company: string | null, action: 'create' | 'update' | 'skip' = 'create') => ({
  row: n,
  action,
  reason: action === 'skip' ? 'Unchanged' : null,
  name,
  linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}`,
  company,
  title: null,
  connectedOn: '2024-03-12',
});

const withError: LinkedInImportResultDto = {
  dryRun: true,
  created: 2,
  updated: 0,
  skipped: 0,
  errors: [{ row: 7, field: 'URL', message: 'URL must be a LinkedIn profile link' }],
  preview: [row(5, 'Maya Okafor', 'Stripe'), row(6, 'Daniel Reyes', 'Google')],
};
const fixed: LinkedInImportResultDto = {
  dryRun: true,
  created: 2,
  updated: 1,
  skipped: 1,
  errors: [],
  preview: [row(5, 'Maya Okafor', 'Stripe'), row(6, 'Daniel Reyes', 'Google'), row(7, 'Wei Zhang', 'Meta', 'update'), row(8, 'Tom O’Neil', null, 'skip')],
};

const fileInput = () => screen.getByLabelText('Connections.csv');

describe('ImportPage', () => {
  it('previews with a per-row error, then imports the fixed file and links to the contacts', async () => {
    const api = mockApi({
      'POST /api/contacts/import/linkedin': [
        () => json(200, withError),
        () => json(200, fixed),
        () => json(200, { ...fixed, dryRun: false }),
      ],
    });
    const { user } = renderWithProviders(<ImportPage />, { route: '/contacts/import', path: '/contacts/import' });

    expect(screen.getByText(/Settings → Data privacy → Get a copy of your data/)).toBeInTheDocument();
    await user.upload(fileInput(), csv('First Name,Last Name,URL\n'));

    const preview = await screen.findByRole('region', { name: 'Preview of Connections.csv' });
    expect(within(preview).getByTestId('import-summary')).toHaveTextContent('2 to create0 to update0 to skip1 with errors');
    const errors = within(preview).getAllByTestId('import-error');
    expect(errors.map((tr) => tr.textContent)).toEqual(['7URLURL must be a LinkedIn profile link']);
    expect(within(preview).getAllByTestId('preview-row').map((tr) => within(tr).getByRole('rowheader').textContent)).toEqual([
      'Maya Okafor',
      'Daniel Reyes',
    ]);
    // The server refuses an import with bad rows, so the button does too.
    expect(screen.getByRole('button', { name: 'Import 2 contacts' })).toBeDisabled();
    expect(api.callsTo('POST', '/api/contacts/import/linkedin').map((call) => call.search)).toEqual(['?dryRun=true']);

    await user.upload(fileInput(), csv('First Name,Last Name,URL\nfixed\n'));
    await waitFor(() => expect(screen.queryByTestId('import-error')).not.toBeInTheDocument());
    const rows = screen.getAllByTestId('preview-row');
    expect(rows.map((tr) => tr.dataset.action)).toEqual(['create', 'create', 'update', 'skip']);
    expect(rows[3]).toHaveTextContent('Skip — Unchanged');

    await user.click(screen.getByRole('button', { name: 'Import 3 contacts' }));
    expect(await screen.findByRole('heading', { name: 'Import complete' })).toBeInTheDocument();
    expect(screen.getByText('2 created · 1 updated · 1 skipped')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View contacts' })).toHaveAttribute('href', '/contacts');

    const uploads = api.callsTo('POST', '/api/contacts/import/linkedin');
    expect(uploads.map((call) => call.search)).toEqual(['?dryRun=true', '?dryRun=true', '']);
    expect(String(uploads[2].body)).toMatch(/Content-Disposition: form-data; name="file"/);
  });

  it('shows an indeterminate progress bar while the file uploads', async () => {
    let answer: (response: Response) => void = () => {};
    mockApi({ 'POST /api/contacts/import/linkedin': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const { user } = renderWithProviders(<ImportPage />, { route: '/contacts/import', path: '/contacts/import' });

    await user.upload(fileInput(), csv('x'));
    const progress = await screen.findByRole('progressbar', { name: 'Reading the file' });
    expect(progress).not.toHaveAttribute('value');
    expect(progress.closest('[aria-busy="true"]')).not.toBeNull();
    answer(json(200, fixed));
    await screen.findByRole('region', { name: 'Preview of Connections.csv' });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('explains a file that is not LinkedIn’s CSV, and one that is too large', async () => {
    mockApi({
      'POST /api/contacts/import/linkedin': [
        () => problem(400, 'invalid_csv', 'No header row with First Name, Last Name and URL in the first 20 lines'),
        () => problem(413, 'payload_too_large', 'File too large'),
      ],
    });
    const { user } = renderWithProviders(<ImportPage />, { route: '/contacts/import', path: '/contacts/import' });

    await user.upload(fileInput(), csv('hello'));
    const banner = await screen.findByText(/This doesn’t look like LinkedIn’s Connections\.csv/);
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent(
      'This doesn’t look like LinkedIn’s Connections.csv: No header row with First Name, Last Name and URL in the first 20 lines',
    );
    await user.upload(fileInput(), csv('big'));
    expect(await screen.findByText(/This file is over 5 MB/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });
});
