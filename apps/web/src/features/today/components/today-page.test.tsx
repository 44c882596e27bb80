import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeFollowUp, makeToday } from '../../../test/follow-up-factories';
import { renderWithProviders } from '../../../test/render';
import { TodayPage } from './today-page';

const stripe = { id: '20000000-0000-4000-8000-000000000001', companyName: 'Stripe', roleTitle: 'ML Engineer', stage: 'applied' as const };
const lena = { id: '30000000-0000-4000-8000-000000000001', name: 'Lena Fischer' };

const late = makeFollowUp({ title: 'Nudge the Stripe recruiter', dueOn: '2026-03-09', applicationId: stripe.id, application: stripe, kind: 'follow_up_recruiter' });
const now = makeFollowUp({ title: 'Thank Lena', dueOn: '2026-03-12', contactId: lena.id, contact: lena, version: 3 });
const soon = makeFollowUp({ title: 'Prepare system design', dueOn: '2026-03-14' });
const home = makeToday({
  overdue: [late],
  today: [now],
  upcoming: [soon],
  events: [
    {
      id: '40000000-0000-4000-8000-000000000001',
      type: 'interview',
      roundKind: 'system_design',
      title: 'Stripe system design',
      startsAt: '2026-03-12T14:00:00.000Z',
      endsAt: '2026-03-12T15:00:00.000Z',
      location: 'Zoom',
      outcome: 'pending',
      application: stripe,
    },
  ],
});

const section = (name: RegExp) => screen.getByRole('region', { name });
const titles = (name: RegExp) => within(section(name)).queryAllByTestId('follow-up').map((row) => row.querySelector('.follow-up-title')?.textContent);

describe('TodayPage', () => {
  it('shows overdue, today, the next 7 days and today’s events, each linked to what it is about', async () => {
    mockApi({ 'GET /api/today': () => json(200, home) });
    renderWithProviders(<TodayPage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(titles(/^Overdue/)).toEqual(['Nudge the Stripe recruiter']);
    expect(titles(/^Today \d/)).toEqual(['Thank Lena']);
    expect(titles(/^Next 7 days/)).toEqual(['Prepare system design']);
    expect(within(section(/^Overdue/)).getByText('3 days overdue')).toBeInTheDocument();
    expect(within(section(/^Next 7 days/)).getByText('Due in 2 days')).toBeInTheDocument();
    expect(within(section(/^Overdue/)).getByRole('link', { name: 'Stripe · ML Engineer' })).toHaveAttribute('href', `/board?app=${stripe.id}`);
    expect(within(section(/^Today \d/)).getByRole('link', { name: 'Lena Fischer' })).toHaveAttribute('href', `/contacts/${lena.id}`);

    const events = section(/Today's events/);
    expect(within(events).getByText('Stripe system design')).toBeInTheDocument();
    expect(within(events).getByText('System design · Zoom')).toBeInTheDocument();
    expect(within(events).getByRole('link', { name: 'Stripe · ML Engineer (Applied)' })).toHaveAttribute('href', `/board?app=${stripe.id}`);
  });

  it('marks one done at once, with its version, and offers Undo (reopen)', async () => {
    const done = { ...now, status: 'done' as const, version: 4 };
    let answer: (response: Response) => void = () => undefined;
    const api = mockApi({
      'GET /api/today': [() => json(200, home), () => json(200, makeToday({ overdue: [late], upcoming: [soon] }))],
      // Held until the test lets it go, to see the page change before the server answers.
      'POST /api/follow-ups/:id/complete': () => new Promise<Response>((resolve) => (answer = resolve)),
      'POST /api/follow-ups/:id/reopen': () => json(200, { ...now, version: 5 }),
      'GET /api/follow-ups/counts': () => json(200, { overdue: 1, today: 0 }),
    });
    const { user } = renderWithProviders(<TodayPage />);
    await screen.findByText('Thank Lena');

    await user.click(screen.getByRole('button', { name: 'Done: Thank Lena' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/follow-ups/${now.id}/complete`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/follow-ups/${now.id}/complete`)[0].body).toEqual({ version: 3 });
    // Gone before the server answers.
    await waitFor(() => expect(titles(/^Today \d/)).toEqual([]));
    expect(within(section(/^Today \d/)).getByText('Nothing else due today.')).toBeInTheDocument();
    answer(json(200, done));

    const toast = await screen.findByText('Done: Thank Lena');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/follow-ups/${now.id}/reopen`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/follow-ups/${now.id}/reopen`)[0].body).toEqual({ version: 4 });
  });

  it('snoozes by a day or a week', async () => {
    const api = mockApi({
      'GET /api/today': [
        () => json(200, home),
        () => json(200, makeToday({ today: [now], upcoming: [{ ...late, dueOn: '2026-03-13', status: 'snoozed', version: 2 }, soon] })),
      ],
      'POST /api/follow-ups/:id/snooze': ({ body }) => json(200, { ...late, status: 'snoozed', dueOn: (body as { days: number }).days === 7 ? '2026-03-19' : '2026-03-13', version: 2 }),
      'GET /api/follow-ups/counts': () => json(200, { overdue: 0, today: 1 }),
    });
    const { user } = renderWithProviders(<TodayPage />);
    await screen.findByText('Nudge the Stripe recruiter');

    await user.click(screen.getByRole('button', { name: 'Snooze Nudge the Stripe recruiter 1 day' }));
    // Optimistically: from overdue to tomorrow (today + 1), in the next 7 days.
    await waitFor(() => expect(titles(/^Next 7 days/)).toEqual(['Nudge the Stripe recruiter', 'Prepare system design']));
    await waitFor(() => expect(api.callsTo('POST', `/api/follow-ups/${late.id}/snooze`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/follow-ups/${late.id}/snooze`)[0].body).toEqual({ days: 1, version: 1 });
    expect(await screen.findByText(/Snoozed “Nudge the Stripe recruiter” to/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Snooze Prepare system design 1 week' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/follow-ups/${soon.id}/snooze`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/follow-ups/${soon.id}/snooze`)[0].body).toEqual({ days: 7, version: 1 });
  });

  it('puts the row back and says why when the server refuses', async () => {
    mockApi({
      'GET /api/today': () => json(200, home),
      'POST /api/follow-ups/:id/complete': () => problem(409, 'follow_up_closed', 'This follow-up is already done; reopen it first'),
      'GET /api/follow-ups/counts': () => json(200, { overdue: 1, today: 1 }),
    });
    const { user } = renderWithProviders(<TodayPage />);
    await screen.findByText('Thank Lena');
    await user.click(screen.getByRole('button', { name: 'Done: Thank Lena' }));
    expect(await screen.findByText(/Couldn't mark “Thank Lena” done\. This follow-up is already done/)).toBeInTheDocument();
    await waitFor(() => expect(titles(/^Today \d/)).toEqual(['Thank Lena']));
  });

  it('says when nothing is due, and still shows the add form', async () => {
    const api = mockApi({
      'GET /api/today': () => json(200, makeToday()),
      'POST /api/follow-ups': ({ body }) => json(201, makeFollowUp({ ...(body as object), dueOn: '2026-03-13' })),
    });
    const { user } = renderWithProviders(<TodayPage />);
    expect(await screen.findByText(/Nothing due — you're all caught up/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Overdue/ })).not.toBeInTheDocument();
    expect(within(section(/Today's events/)).getByText('No events today.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add a follow-up' });
    expect(within(form).getByLabelText('Due')).toHaveValue('2026-03-12');
    await user.click(within(form).getByRole('button', { name: 'Add follow-up' }));
    expect(await within(form).findByText('Say what to do')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Follow-up'), 'Email Maya');
    await user.clear(within(form).getByLabelText('Due'));
    await user.type(within(form).getByLabelText('Due'), '2026-03-13');
    await user.click(within(form).getByRole('button', { name: 'Add follow-up' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/follow-ups')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/follow-ups')[0].body).toEqual({ title: 'Email Maya', dueOn: '2026-03-13' });
  });

  it('shows an error with a retry', async () => {
    const api = mockApi({ 'GET /api/today': [() => problem(500, 'internal', 'boom'), () => json(200, makeToday())] });
    const { user } = renderWithProviders(<TodayPage />);
    expect(await screen.findByText(/Couldn't load today\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Nothing due/)).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/today')).toHaveLength(2);
  });
});
