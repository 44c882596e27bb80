import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import { toQuery } from '../lib/stats-filters';
import { makeEmptyStats, makeStats } from '../test/make-stats';
import { StatsPage } from './stats-page';

const goals = { targets: [{ metric: 'applications', target: 6 }] };

function renderPage(route = '/stats') {
  return renderWithProviders(<StatsPage />, { route, path: '/stats' });
}

const statsCalls = (api: ReturnType<typeof mockApi>) => api.callsTo('GET', '/api/stats').map((call) => call.search);

describe('StatsPage', () => {
  it('draws every chart from one stats request', async () => {
    const api = mockApi({ 'GET /api/stats': () => json(200, makeStats()), 'GET /api/goals': () => json(200, goals) });
    renderPage();

    const referral = await screen.findByRole('group', { name: 'Funnel for Referral' });
    expect(within(referral).getAllByTestId('funnel-bar').map((bar) => bar.getAttribute('data-count'))).toEqual(['4', '3', '2', '1']);
    for (const title of ['Funnel by channel', 'Rates by channel', 'Where applications go', 'Time in stage', 'Interview pass rate', 'Weekly activity', 'Networking']) {
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    }
    expect(screen.getAllByTestId('sankey-link')).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Stats', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('12 applications')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('goal-line')).toBeInTheDocument());
    expect(statsCalls(api)).toEqual(['']);
  });

  it('sends the filters from the URL, and puts new choices in the URL', async () => {
    const api = mockApi({ 'GET /api/stats': () => json(200, makeStats()), 'GET /api/goals': () => json(200, goals) });
    const { user } = renderPage('/stats?range=custom&from=2025-01-01&to=2025-03-31&channel=referral');
    await screen.findByRole('group', { name: 'Funnel for Referral' });
    expect(statsCalls(api)).toEqual(['?from=2025-01-01&to=2025-03-31&channel=referral']);
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    expect(screen.getByLabelText('Channel')).toHaveValue('referral');

    await user.selectOptions(screen.getByLabelText('Channel'), 'cold_apply');
    await waitFor(() => expect(statsCalls(api).at(-1)).toBe('?from=2025-01-01&to=2025-03-31&channel=cold_apply'));
    expect(screen.getByTestId('location')).toHaveTextContent('/stats?range=custom&from=2025-01-01&to=2025-03-31&channel=cold_apply');

    await user.selectOptions(screen.getByLabelText('Period'), '30d');
    const { from, to } = toQuery({ range: '30d', from: '', to: '', channel: '' });
    await waitFor(() => expect(statsCalls(api).at(-1)).toBe(`?from=${from}&to=${to}&channel=cold_apply`));
    expect(screen.getByTestId('location')).toHaveTextContent('/stats?range=30d&channel=cold_apply');
    expect(screen.queryByLabelText('From')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Period'), 'all');
    await user.selectOptions(screen.getByLabelText('Channel'), '');
    await waitFor(() => expect(statsCalls(api).at(-1)).toBe(''));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/stats$/);
  });

  it('starts custom dates from the period on screen and does not ask for an impossible range', async () => {
    const api = mockApi({ 'GET /api/stats': () => json(200, makeStats()), 'GET /api/goals': () => json(200, goals) });
    const { user } = renderPage('/stats?range=90d');
    await screen.findByRole('group', { name: 'Funnel for Referral' });

    await user.selectOptions(screen.getByLabelText('Period'), 'custom');
    const ninety = toQuery({ range: '90d', from: '', to: '', channel: '' });
    expect(screen.getByLabelText('From')).toHaveValue(ninety.from);
    expect(screen.getByLabelText('To')).toHaveValue(ninety.to);
    const before = statsCalls(api).length;

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2099-01-01');
    expect(await screen.findByText('The start date must be on or before the end date.')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(statsCalls(api).filter((search) => search.includes('2099'))).toEqual([]);
    expect(statsCalls(api).length).toBeGreaterThanOrEqual(before);
  });

  it('offers the demo data when the account has no applications, then shows the charts', async () => {
    let seeded = false;
    const api = mockApi({
      'GET /api/stats': () => json(200, seeded ? makeStats() : makeEmptyStats()),
      'GET /api/goals': () => json(200, goals),
      'POST /api/demo/seed': () => {
        seeded = true;
        return json(201, { created: 12 });
      },
    });
    const { user } = renderPage();
    const empty = await screen.findByTestId('stats-empty');
    expect(empty).toHaveTextContent('add applications on the board and move them through stages');
    expect(screen.queryByLabelText('Channel')).not.toBeInTheDocument();

    await user.click(within(empty).getByRole('button', { name: 'Load demo data' }));
    expect(await screen.findByRole('group', { name: 'Funnel for Referral' })).toBeInTheDocument();
    expect(screen.getByText('Loaded 12 demo applications.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/demo/seed')).toHaveLength(1);
  });

  it('shows each chart\u2019s empty state when a filter leaves nothing', async () => {
    mockApi({ 'GET /api/stats': () => json(200, makeEmptyStats()), 'GET /api/goals': () => json(200, goals) });
    renderPage('/stats?channel=career_fair');
    expect(await screen.findByText(/No applications in this period and channel/)).toBeInTheDocument();
    expect(screen.queryByTestId('stats-empty')).not.toBeInTheDocument();
    expect(screen.getByText('Log applications and move them through stages to see your funnel.')).toBeInTheDocument();
    expect(screen.getByText('Log interview rounds and their outcomes (passed or failed) to see pass rates.')).toBeInTheDocument();
  });

  it('says when the stats cannot be loaded and retries', async () => {
    const api = mockApi({
      'GET /api/stats': [() => problem(500, 'internal', 'Boom'), () => json(200, makeStats())],
      'GET /api/goals': () => json(200, goals),
    });
    const { user } = renderPage();
    const alert = (await screen.findByText(/Couldn't load your stats/)).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent("Couldn't load your stats. Something went wrong on our side.");
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: 'Funnel for Referral' })).toBeInTheDocument();
    expect(statsCalls(api)).toHaveLength(2);
  });

  it('draws the weekly chart without goal lines when goals cannot be loaded', async () => {
    mockApi({ 'GET /api/stats': () => json(200, makeStats()), 'GET /api/goals': () => problem(404, 'not_found', 'Not found') });
    renderPage();
    await screen.findByRole('group', { name: 'Applications per week' });
    await waitFor(() => expect(screen.getByText(/Set weekly goals to see a target line/)).toBeInTheDocument());
    expect(screen.queryByTestId('goal-line')).not.toBeInTheDocument();
  });

  it('copies the SankeyMATIC text for the same filters, and links to the download', async () => {
    const text = 'Referral [4] Applied\nPortal [8] Applied\n';
    const api = mockApi({
      'GET /api/stats': () => json(200, makeStats()),
      'GET /api/goals': () => json(200, goals),
      'GET /api/stats/sankey.txt': () => new Response(text, { status: 200, headers: { 'Content-Type': 'text/plain' } }),
    });
    // user-event puts its own clipboard in place of the browser's; read what was written from it.
    const { user } = renderPage('/stats?channel=referral');
    const sankey = await screen.findByRole('region', { name: 'Where applications go' });

    expect(within(sankey).getByRole('link', { name: 'Download .txt' })).toHaveAttribute('href', '/api/stats/sankey.txt?channel=referral');
    expect(within(sankey).getByRole('link', { name: 'sankeymatic.com/build' })).toHaveAttribute('href', 'https://sankeymatic.com/build/');
    await user.click(within(sankey).getByRole('button', { name: 'Copy SankeyMATIC' }));
    expect(await screen.findByText('Copied. Paste it at sankeymatic.com/build.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(api.callsTo('GET', '/api/stats/sankey.txt').map((call) => call.search)).toEqual(['?channel=referral']);
  });

  it('says so when the browser refuses the clipboard, pointing at the download', async () => {
    mockApi({
      'GET /api/stats': () => json(200, makeStats()),
      'GET /api/goals': () => json(200, goals),
      'GET /api/stats/sankey.txt': () => new Response('A [1] B\n', { status: 200, headers: { 'Content-Type': 'text/plain' } }),
    });
    const { user } = renderPage();
    const sankey = await screen.findByRole('region', { name: 'Where applications go' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(within(sankey).getByRole('button', { name: 'Copy SankeyMATIC' }));
    expect(await screen.findByText("Your browser didn't allow copying. Download the file instead.")).toBeInTheDocument();
  });
});
