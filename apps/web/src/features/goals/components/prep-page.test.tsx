import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import { makeGoals, makePlan, makePrep } from '../test/make-goals';
import { PrepPage } from './prep-page';

const render = () => renderWithProviders(<PrepPage />, { route: '/prep', path: '/prep' });

describe('PrepPage — weekly goals', () => {
  it('shows progress bars with their values, the streak and the 12-week chart', async () => {
    const goals = makeGoals({ applications: 10, coding_problems: 5 }, { streak: { current: 3, best: 7 } });
    goals.currentWeek.progress[0].done = 4;
    goals.currentWeek.progress[4].done = 6;
    mockApi({ 'GET /api/goals': () => json(200, goals), 'GET /api/prep': () => json(200, makePrep()) });
    render();

    const applications = await screen.findByRole('progressbar', { name: 'Applications' });
    expect(applications).toHaveAttribute('aria-valuenow', '4');
    expect(applications).toHaveAttribute('aria-valuemax', '10');
    expect(applications).toHaveAttribute('aria-valuetext', '4 of 10');
    expect(screen.getByRole('progressbar', { name: 'Coding problems solved' })).toHaveAttribute('aria-valuenow', '5');
    expect(screen.queryByRole('progressbar', { name: 'Referral asks' })).not.toBeInTheDocument();
    expect(screen.getByTestId('streak')).toHaveTextContent('3 weeks streak · best 7 weeks');
    expect(screen.getAllByTestId('week-bars')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Applications per week' })).toBeInTheDocument();
  });

  it('says what to do without goals, and saves the targets form', async () => {
    const api = mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () => json(200, makePrep()),
      'PUT /api/goals': () => json(200, makeGoals({ applications: 12 })),
    });
    const { user } = render();
    expect(await screen.findByText(/No weekly goals yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set targets' }));
    const form = screen.getByRole('form', { name: 'Weekly targets' });
    const field = within(form).getByLabelText('Applications');
    await user.clear(field);
    await user.type(field, '12');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByRole('progressbar', { name: 'Applications' })).toHaveAttribute('aria-valuemax', '12');
    expect(api.callsTo('PUT', '/api/goals')[0].body).toEqual({
      targets: [
        { metric: 'applications', target: 12 },
        { metric: 'recruiter_messages', target: 0 },
        { metric: 'referral_asks', target: 0 },
        { metric: 'events_attended', target: 0 },
        { metric: 'coding_problems', target: 0 },
      ],
    });
  });

  it('shows a field error from the server beside its metric', async () => {
    mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () => json(200, makePrep()),
      'PUT /api/goals': () => problem(400, 'validation_failed', 'bad', [{ field: 'targets.2.target', message: 'target must not be greater than 1000' }]),
    });
    const { user } = render();
    await user.click(await screen.findByRole('button', { name: 'Set targets' }));
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText('target must not be greater than 1000')).toBeInTheDocument();
    expect(screen.getByLabelText('Referral asks')).toHaveAttribute('aria-invalid', 'true');
  });

  it('plans targets from onsites and weeks and uses them', async () => {
    const api = mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () => json(200, makePrep()),
      'GET /api/goals/plan': () => json(200, makePlan()),
      'PUT /api/goals': () => json(200, makeGoals({ applications: 9, recruiter_messages: 7, referral_asks: 3 })),
    });
    const { user } = render();
    const onsites = await screen.findByLabelText('Onsites');
    await user.clear(onsites);
    await user.type(onsites, '3');
    await user.click(screen.getByRole('button', { name: 'Suggest targets' }));
    const result = await screen.findByTestId('plan-result');
    expect(api.callsTo('GET', '/api/goals/plan')[0].search).toBe('?onsites=3&weeks=4');
    expect(result).toHaveTextContent(/typical rates/);
    expect(within(result).getByRole('row', { name: /Recruiter messages/ })).toHaveTextContent('7');
    await user.click(within(result).getByRole('button', { name: 'Use these targets' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/goals')[0]?.body).toEqual({ targets: makePlan().targets }));
    expect(await screen.findByRole('progressbar', { name: 'Referral asks' })).toHaveAttribute('aria-valuemax', '3');
  });

  it('checks the planner input before asking', async () => {
    const api = mockApi({ 'GET /api/goals': () => json(200, makeGoals()), 'GET /api/prep': () => json(200, makePrep()) });
    const { user } = render();
    const weeks = await screen.findByLabelText('Weeks');
    await user.clear(weeks);
    await user.type(weeks, '60');
    await user.click(screen.getByRole('button', { name: 'Suggest targets' }));
    expect(screen.getByText('Enter 1 to 52 weeks')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/goals/plan')).toHaveLength(0);
  });
});

describe('PrepPage — prep log', () => {
  it('shows loading, then an error with a retry', async () => {
    mockApi({ 'GET /api/goals': () => json(200, makeGoals()), 'GET /api/prep': [() => problem(500, 'internal', 'boom'), () => json(200, makePrep({ solvedTotal: 4 }))] });
    const { user } = render();
    expect(screen.getByText('Loading prep log…')).toBeInTheDocument();
    expect(await screen.findByText('Something went wrong on our side. Try again in a moment.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('progressbar', { name: 'Coding problems toward your target' })).toHaveAttribute('aria-valuenow', '4');
  });

  it('logs solved problems quickly and refreshes the totals', async () => {
    const api = mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': [() => json(200, makePrep()), () => json(200, makePrep({ solvedTotal: 3, recent: [{ id: 'p1', solvedOn: '2026-03-04', count: 3, title: 'Two Sum', url: null, difficulty: 'easy', createdAt: '2026-03-04T10:00:00Z' }] }))],
      'POST /api/prep/problems': () => json(201, { id: 'p1', solvedOn: '2026-03-04', count: 3, title: 'Two Sum', url: null, difficulty: 'easy', createdAt: '2026-03-04T10:00:00Z' }),
    });
    const { user } = render();
    expect(await screen.findByText(/Nothing logged yet/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Log solved problems' });
    await user.clear(within(form).getByLabelText('Solved'));
    await user.type(within(form).getByLabelText('Solved'), '3');
    await user.type(within(form).getByLabelText('Title (optional)'), 'Two Sum');
    await user.selectOptions(within(form).getByLabelText('Difficulty'), 'easy');
    await user.click(within(form).getByRole('button', { name: 'Log' }));
    expect(await screen.findByRole('list', { name: 'Recently solved' })).toHaveTextContent('3 × Two Sum (easy)');
    expect(api.callsTo('POST', '/api/prep/problems')[0].body).toEqual({ count: 3, title: 'Two Sum', difficulty: 'easy' });
    expect(screen.getByRole('progressbar', { name: 'Coding problems toward your target' })).toHaveAttribute('aria-valuetext', '3 of 50');
    expect(api.callsTo('GET', '/api/goals').length).toBeGreaterThanOrEqual(2);
  });

  it('switches to the selective preset', async () => {
    const api = mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () => json(200, makePrep({ solvedTotal: 60 })),
      'PUT /api/prep/target': () => json(200, { target: 150, preset: 'selective' }),
    });
    const { user } = render();
    const selective = await screen.findByRole('button', { name: 'Most selective companies (150)' });
    expect(selective).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Target reached. Keep your hand in with a few a week.')).toBeInTheDocument();
    await user.click(selective);
    await waitFor(() => expect(selective).toHaveAttribute('aria-pressed', 'true'));
    expect(api.callsTo('PUT', '/api/prep/target')[0].body).toEqual({ preset: 'selective' });
    expect(screen.getByText('90 to go.')).toBeInTheDocument();
  });

  it('checks and unchecks system-design topics, grouped classic and ML', async () => {
    const prep = makePrep();
    const api = mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () => json(200, prep),
      'PUT /api/prep/topics/:topic': ({ params }) => json(200, { ...prep.topics.find((t) => t.key === params.topic), covered: true, coveredOn: '2026-03-04' }),
      'DELETE /api/prep/topics/:topic': () => json(204),
    });
    const { user } = render();
    const ml = await screen.findByRole('group', { name: 'ML system design' });
    const autocomplete = within(ml).getByRole('checkbox', { name: /Search autocomplete/ });
    expect(within(screen.getByRole('group', { name: 'Classic system design' })).getByRole('checkbox', { name: 'URL shortener' })).not.toBeChecked();
    await user.click(autocomplete);
    await waitFor(() => expect(autocomplete).toBeChecked());
    expect(api.callsTo('PUT', '/api/prep/topics/search_autocomplete')[0].body).toEqual({});
    expect(screen.getByText(`1 of ${prep.topics.length} covered`)).toBeInTheDocument();
    await user.click(autocomplete);
    await waitFor(() => expect(autocomplete).not.toBeChecked());
    expect(api.callsTo('DELETE', '/api/prep/topics/search_autocomplete')).toHaveLength(1);
  });

  it('lists upcoming interviews with round and company, or says there are none', async () => {
    mockApi({
      'GET /api/goals': () => json(200, makeGoals()),
      'GET /api/prep': () =>
        json(200, makePrep({
          upcomingInterviews: [
            { id: 'e1', title: 'System design round', startsAt: '2026-03-06T14:00:00Z', endsAt: null, timeZone: 'Europe/Berlin', roundKind: 'system_design', location: null, applicationId: 'a1', companyName: 'Stripe', roleTitle: 'ML Engineer' },
          ],
        })),
    });
    render();
    const panel = await screen.findByRole('region', { name: 'Upcoming interviews' });
    expect(panel).toHaveTextContent('Stripe');
    expect(panel).toHaveTextContent('System design · ML Engineer · System design round');
  });

  it('says when no interviews are coming up', async () => {
    mockApi({ 'GET /api/goals': () => json(200, makeGoals()), 'GET /api/prep': () => json(200, makePrep()) });
    render();
    expect(await screen.findByText(/No interviews in the next 14 days/)).toBeInTheDocument();
  });
});
