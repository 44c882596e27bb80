import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import { makeEvent } from '../test/make-event';
import { CalendarPage } from './calendar-page';
import { AgendaList, WeekView } from './week-view';

const DAYS = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'];

describe('WeekView', () => {
  it('places events on their day (in the shown zone) with their times, and marks today', async () => {
    const early = makeEvent({ title: 'Screen', startsAt: '2026-03-10T08:00:00.000Z', endsAt: null, type: 'call', roundKind: null });
    // 23:30 UTC on the 12th is already the 13th in Tokyo.
    const late = makeEvent({ title: 'Late one', startsAt: '2026-03-12T23:30:00.000Z', endsAt: null });
    const onOpen = vi.fn();
    const { user } = renderWithProviders(<WeekView days={DAYS} events={[early, late]} today="2026-03-13" timeZone="Asia/Tokyo" onOpen={onOpen} />);

    const columns = document.querySelectorAll('.week-day');
    expect(columns).toHaveLength(7);
    const tuesday = document.querySelector('[data-day="2026-03-10"]') as HTMLElement;
    expect(within(tuesday).getByRole('button', { name: /Screen/ })).toHaveTextContent(/17:00|05:00 PM/);
    const friday = document.querySelector('[data-day="2026-03-13"]') as HTMLElement;
    expect(friday).toHaveAttribute('aria-current', 'date');
    expect(within(friday).getByText('Today')).toBeInTheDocument();
    expect(within(friday).getByRole('button', { name: /Late one/ })).toHaveTextContent(/08:30/);
    expect(within(document.querySelector('[data-day="2026-03-12"]') as HTMLElement).getByText('No events')).toBeInTheDocument();

    await user.click(within(friday).getByRole('button', { name: /Late one/ }));
    expect(onOpen).toHaveBeenCalledWith(late);
  });

  it('lists only days with events in the agenda, grouped under their date', () => {
    const a = makeEvent({ title: 'A', startsAt: '2026-03-10T08:00:00.000Z' });
    const b = makeEvent({ title: 'B', startsAt: '2026-03-10T10:00:00.000Z' });
    const c = makeEvent({ title: 'C', startsAt: '2026-03-14T10:00:00.000Z' });
    renderWithProviders(<AgendaList days={DAYS} events={[a, b, c]} today="2026-03-01" timeZone="UTC" onOpen={() => {}} />);
    const sections = [...document.querySelectorAll('.agenda-day')];
    expect(sections.map((s) => s.getAttribute('data-day'))).toEqual(['2026-03-10', '2026-03-14']);
    expect(within(sections[0] as HTMLElement).getAllByRole('button').map((button) => button.querySelector('.event-title')?.textContent)).toEqual(['A', 'B']);
  });
});

describe('CalendarPage', () => {
  it('loads the visible week in one request and moves by a week with prev/next/today', async () => {
    const api = mockApi({
      'GET /api/events': ({ call }) => {
        const from = new URLSearchParams(call.search).get('from') ?? '';
        return json(200, { from, to: from, items: from.startsWith('2026-03-09') ? [makeEvent({ title: 'Onsite at Stripe', startsAt: '2026-03-11T09:00:00.000Z' })] : [] });
      },
    });
    const { user } = renderWithProviders(<CalendarPage />, { route: '/calendar?date=2026-03-12', path: '/calendar' });

    expect(await screen.findByRole('button', { name: /Onsite at Stripe/ })).toBeInTheDocument();
    const calls = api.callsTo('GET', '/api/events');
    expect(calls).toHaveLength(1);
    const query = new URLSearchParams(calls[0].search);
    expect(query.get('from')).toMatch(/^2026-03-09T00:00:00[+-]\d\d:\d\d$/);
    expect(query.get('to')).toMatch(/^2026-03-16T00:00:00[+-]\d\d:\d\d$/);
    expect(screen.getByText(/Times are shown in your time zone/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(await screen.findByText(/Nothing on the calendar for these seven days/)).toBeInTheDocument();
    expect(new URLSearchParams(api.callsTo('GET', '/api/events').at(-1)?.search).get('from')).toMatch(/^2026-03-16T00:00/);
    expect(screen.getByTestId('location')).toHaveTextContent('/calendar?date=2026-03-16');

    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(await screen.findByRole('button', { name: /Onsite at Stripe/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(new URLSearchParams(api.callsTo('GET', '/api/events').at(-1)?.search).get('to')).toMatch(/^2026-04-06T00:00/);
  });

  it('says when the calendar cannot be loaded', async () => {
    mockApi({ 'GET /api/events': () => json(500, { status: 500, code: 'internal', detail: 'boom', type: 'about:blank', title: 'Error' }) });
    renderWithProviders(<CalendarPage />, { route: '/calendar', path: '/calendar' });
    expect(await screen.findByText(/Could not load the calendar/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
