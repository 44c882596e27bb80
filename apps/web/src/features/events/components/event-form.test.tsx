import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeApplication, makeContact } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { makeEvent } from '../test/make-event';
import { EventForm } from './event-form';

describe('EventForm', () => {
  it('creates an interview with its round, times in the chosen zone, application and contacts', async () => {
    const stripe = makeApplication({ companyName: 'Stripe', roleTitle: 'ML Engineer', stage: 'applied' });
    const lena = makeContact({ name: 'Lena Fischer' });
    const api = mockApi({
      'GET /api/applications': () => json(200, { items: [stripe], total: 1, page: 1, pageSize: 8 }),
      'GET /api/contacts': () => json(200, { items: [lena], total: 1, page: 1, pageSize: 8 }),
      'POST /api/events': ({ body }) => json(201, makeEvent({ ...(body as object), stageSuggestion: null })),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<EventForm defaultDay="2026-03-12" defaultTimeZone="Europe/Berlin" onClose={onClose} />);

    await user.selectOptions(screen.getByLabelText('Round'), 'coding');
    await user.clear(screen.getByLabelText('Starts'));
    await user.type(screen.getByLabelText('Starts'), '2026-03-12T14:00');
    await user.clear(screen.getByLabelText('Ends'));
    await user.type(screen.getByLabelText('Ends'), '2026-03-12T15:00');
    await user.type(screen.getByLabelText('Application'), 'str');
    await user.click(await screen.findByRole('button', { name: /Stripe — ML Engineer/ }));
    expect(screen.getByText('Stripe — ML Engineer')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Add a contact'), 'len');
    await user.click(await screen.findByRole('button', { name: /Lena Fischer/ }));
    await user.type(screen.getByLabelText('Note for Lena Fischer'), 'interviewer');
    await user.click(screen.getByRole('button', { name: 'Add event' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('POST', '/api/events')[0].body).toEqual({
      type: 'interview',
      roundKind: 'coding',
      startsAt: '2026-03-12T14:00:00+01:00',
      endsAt: '2026-03-12T15:00:00+01:00',
      timeZone: 'Europe/Berlin',
      location: null,
      url: null,
      notes: null,
      outcome: 'pending',
      applicationId: stripe.id,
      contacts: [{ contactId: lena.id, note: 'interviewer' }],
    });
  });

  it('shows the round only for interviews, and checks times before sending', async () => {
    const api = mockApi({});
    const { user } = renderWithProviders(<EventForm defaultDay="2026-03-12" defaultTimeZone="UTC" onClose={() => {}} />);
    expect(screen.getByLabelText('Round')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Type'), 'career_fair');
    expect(screen.queryByLabelText('Round')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Ends'));
    await user.type(screen.getByLabelText('Ends'), '2026-03-12T08:00');
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Mars/Base');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(screen.getByText('Enter a time zone such as Europe/Berlin')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'UTC');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(screen.getByText('Ends before it starts')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('puts server field errors beside the fields', async () => {
    mockApi({ 'POST /api/events': () => problem(400, 'validation_failed', 'bad', [{ field: 'applicationId', message: 'applicationId is not one of your applications' }, { field: 'startsAt', message: 'startsAt is odd' }]) });
    const { user } = renderWithProviders(<EventForm defaultDay="2026-03-12" defaultTimeZone="UTC" onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(await screen.findByText('applicationId is not one of your applications')).toBeInTheDocument();
    expect(screen.getByLabelText('Starts')).toHaveAttribute('aria-invalid', 'true');
  });

  it('after saving a round, offers the stage move and makes it through the board’s move endpoint', async () => {
    const suggestion = { applicationId: '20000000-0000-4000-8000-000000000001', companyName: 'DeepMind', from: 'applied', to: 'coding_interview', applicationVersion: 3, position: 2 } as const;
    const event = makeEvent({ version: 4 });
    const api = mockApi({
      'PATCH /api/events/:id': () => json(200, { ...event, version: 5, stageSuggestion: suggestion }),
      'POST /api/applications/:id/move': () => json(200, makeApplication({ id: suggestion.applicationId, stage: 'coding_interview' })),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<EventForm event={event} defaultDay="2026-03-12" defaultTimeZone="UTC" onClose={onClose} />);
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Coding round');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Move DeepMind to Coding interview?' })).toBeInTheDocument();
    expect(api.callsTo('PATCH', `/api/events/${event.id}`)[0].body).toMatchObject({ version: 4, title: 'Coding round', startsAt: '2026-03-12T14:00:00+01:00', timeZone: 'Europe/Berlin' });
    await user.click(screen.getByRole('button', { name: 'Move to Coding interview' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('POST', `/api/applications/${suggestion.applicationId}/move`)[0].body).toEqual({ stage: 'coding_interview', position: 2, version: 3 });
  });

  it('deletes after asking', async () => {
    const event = makeEvent({ title: 'Old call' });
    const api = mockApi({ 'DELETE /api/events/:id': () => json(204) });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<EventForm event={event} defaultDay="2026-03-12" defaultTimeZone="UTC" onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Delete event' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('DELETE', `/api/events/${event.id}`)).toHaveLength(1);
  });
});
