import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import type { Settings } from '../api/get-settings';
import { browserTimeZone } from '../../../lib/dates';
import { GeneralSettings } from './general-settings';

vi.mock('../../../lib/dates', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/dates')>()),
  browserTimeZone: vi.fn(() => 'America/New_York'),
}));

const FEED = 'https://op.example.com/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics';
const NEW_FEED = 'https://op.example.com/api/calendar/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.ics';

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    timeZone: 'Europe/Berlin',
    digestEnabled: false,
    digestHour: 8,
    digest: { available: true },
    calendar: { url: null },
    version: 3,
    ...overrides,
  };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('GeneralSettings', () => {
  beforeEach(() => {
    vi.mocked(browserTimeZone).mockReturnValue('America/New_York');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows loading, then the time zone, digest and calendar sections', async () => {
    mockApi({ 'GET /api/settings': () => json(200, settings()) });
    renderWithProviders(<GeneralSettings />);
    expect(screen.getByText('Loading settings…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
    expect(within(section('Daily email digest')).getByRole('checkbox', { name: 'Email me a daily digest' })).not.toBeChecked();
    expect(within(section('Daily email digest')).getByLabelText('Send it from')).toHaveValue('8');
    expect(within(section('Calendar feed')).getByRole('button', { name: 'Create link' })).toBeEnabled();
  });

  it('says when settings cannot be loaded and tries again', async () => {
    const api = mockApi({ 'GET /api/settings': [() => problem(500, 'internal_error', 'boom'), () => json(200, settings())] });
    const { user } = renderWithProviders(<GeneralSettings />);
    expect(await screen.findByText(/Could not load your settings\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
    expect(api.callsTo('GET', '/api/settings')).toHaveLength(2);
  });

  it('offers the browser’s zone and saves the time zone with the version', async () => {
    const api = mockApi({
      'GET /api/settings': () => json(200, settings()),
      'PATCH /api/settings': () => json(200, settings({ timeZone: 'America/New_York', version: 4 })),
    });
    const { user } = renderWithProviders(<GeneralSettings />);
    await user.click(await screen.findByRole('button', { name: 'Use my browser’s time zone (America/New York)' }));
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
    expect(screen.queryByRole('button', { name: /Use my browser’s time zone/ })).not.toBeInTheDocument();
    await user.click(within(section('Time zone')).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Time zone saved.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/settings')[0].body).toEqual({ version: 3, timeZone: 'America/New_York' });
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
  });

  it('shows the server’s message beside the time zone, and reloads after a conflict', async () => {
    const api = mockApi({
      'GET /api/settings': [() => json(200, settings()), () => json(200, settings({ version: 5 }))],
      'PATCH /api/settings': [
        () => problem(400, 'validation_failed', 'bad', [{ field: 'timeZone', message: 'timeZone must be an IANA time zone such as Europe/Berlin' }]),
        () => problem(409, 'version_conflict', 'changed'),
      ],
    });
    const { user } = renderWithProviders(<GeneralSettings />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Time zone' }), 'Asia/Tokyo');
    const save = within(section('Time zone')).getByRole('button', { name: 'Save changes' });
    await user.click(save);
    expect(await screen.findByText('timeZone must be an IANA time zone such as Europe/Berlin')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(save);
    expect(await screen.findByText(/changed elsewhere and have been reloaded/)).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET', '/api/settings')).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo'); // the edit is kept to save again
  });

  it('turns the digest on at a chosen hour', async () => {
    const api = mockApi({
      'GET /api/settings': () => json(200, settings()),
      'PATCH /api/settings': () => json(200, settings({ digestEnabled: true, digestHour: 7, version: 4 })),
    });
    const { user } = renderWithProviders(<GeneralSettings />);
    const digest = await screen.findByRole('region', { name: 'Daily email digest' });
    await user.click(within(digest).getByRole('checkbox', { name: 'Email me a daily digest' }));
    await user.selectOptions(within(digest).getByLabelText('Send it from'), '07:00');
    await user.click(within(digest).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Digest on, daily from 07:00.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/settings')[0].body).toEqual({ version: 3, digestEnabled: true, digestHour: 7 });
  });

  it('disables the digest and says why when the server cannot send email', async () => {
    mockApi({
      'GET /api/settings': () => json(200, settings({ digest: { available: false, reason: 'SMTP_URL is not set on the server, so email is off.' } })),
    });
    renderWithProviders(<GeneralSettings />);
    const digest = await screen.findByRole('region', { name: 'Daily email digest' });
    expect(within(digest).getByRole('status')).toHaveTextContent('The digest is unavailable. SMTP_URL is not set on the server, so email is off.');
    expect(within(digest).getByRole('checkbox', { name: 'Email me a daily digest' })).toBeDisabled();
    expect(within(digest).getByLabelText('Send it from')).toBeDisabled();
    expect(within(digest).queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('creates the calendar link, copies it, and regenerates it only after confirming', async () => {
    const api = mockApi({
      'GET /api/settings': () => json(200, settings()),
      'POST /api/settings/calendar-token': [() => json(200, { url: FEED }), () => json(200, { url: NEW_FEED })],
    });
    const { user } = renderWithProviders(<GeneralSettings />);
    const calendar = await screen.findByRole('region', { name: 'Calendar feed' });
    await user.click(within(calendar).getByRole('button', { name: 'Create link' }));
    expect(await within(calendar).findByLabelText('Feed link')).toHaveValue(FEED);
    expect(within(calendar).getByRole('link', { name: 'open it in Calendar' })).toHaveAttribute('href', FEED.replace('https:', 'webcal:'));

    await user.click(within(calendar).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(FEED); // user-event's clipboard stub
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();

    await user.click(within(calendar).getByRole('button', { name: 'Regenerate link' }));
    const confirm = within(calendar).getByRole('group', { name: 'Confirm new link' });
    expect(confirm).toHaveTextContent('The current one stops working at once');
    expect(within(confirm).getByRole('button', { name: 'Keep the current link' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep the current link' }));
    expect(api.callsTo('POST', '/api/settings/calendar-token')).toHaveLength(1);

    await user.click(within(calendar).getByRole('button', { name: 'Regenerate link' }));
    await user.click(within(calendar).getByRole('button', { name: 'Yes, make a new link' }));
    await waitFor(() => expect(within(calendar).getByLabelText('Feed link')).toHaveValue(NEW_FEED));
    expect(api.callsTo('POST', '/api/settings/calendar-token')).toHaveLength(2);
    expect(within(calendar).queryByRole('group', { name: 'Confirm new link' })).not.toBeInTheDocument();
  });
});
