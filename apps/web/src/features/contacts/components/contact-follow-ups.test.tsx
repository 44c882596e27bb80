import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '../../../test/api-mock';
import { makeContact, makeContactDetail } from '../../../test/factories';
import { makeFollowUp, makeFollowUpPage } from '../../../test/follow-up-factories';
import { renderWithProviders } from '../../../test/render';
import { ContactPage } from './contact-page';

const maya = makeContact({ name: 'Maya Okafor' });
const detail = makeContactDetail(maya);
const stripe = { id: '20000000-0000-4000-8000-000000000009', companyName: 'Stripe', roleTitle: 'ML Engineer', stage: 'recruiter_screen' as const };
const reply = makeFollowUp({ title: 'Reply to Maya', dueOn: '2026-03-11', contactId: maya.id, contact: { id: maya.id, name: 'Maya Okafor' }, version: 2 });
const ask = makeFollowUp({ title: 'Ask Maya about the team', dueOn: '2026-03-15', contactId: maya.id, contact: { id: maya.id, name: 'Maya Okafor' }, applicationId: stripe.id, application: stripe });

const renderPage = () => renderWithProviders(<ContactPage />, { route: `/contacts/${maya.id}`, path: '/contacts/:id' });
const section = () => screen.getByRole('region', { name: 'Follow-ups' });

describe('ContactPage follow-ups', () => {
  it('lists the contact’s pending follow-ups, soonest first, with what they are about', async () => {
    const api = mockApi({
      'GET /api/contacts/:id': () => json(200, detail),
      'GET /api/follow-ups': () => json(200, makeFollowUpPage([reply, ask], '2026-03-12')),
    });
    renderPage();
    await waitFor(() => expect(within(section()).getAllByTestId('follow-up')).toHaveLength(2));
    const rows = within(section()).getAllByTestId('follow-up');
    expect(rows.map((row) => row.querySelector('.follow-up-title')?.textContent)).toEqual(['Reply to Maya', 'Ask Maya about the team']);
    expect(within(rows[0]).getByText('1 day overdue')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Due in 3 days')).toBeInTheDocument();
    // The contact's own name is not a link on their page; the application is.
    expect(within(section()).queryByRole('link', { name: 'Maya Okafor' })).not.toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: 'Stripe · ML Engineer' })).toHaveAttribute('href', `/board?app=${stripe.id}`);
    const query = new URLSearchParams(api.callsTo('GET', '/api/follow-ups')[0].search);
    expect(query.get('contactId')).toBe(maya.id);
  });

  it('marks one done and snoozes another', async () => {
    const api = mockApi({
      'GET /api/contacts/:id': () => json(200, detail),
      'GET /api/follow-ups': [() => json(200, makeFollowUpPage([reply, ask])), () => json(200, makeFollowUpPage([{ ...ask, dueOn: '2026-03-22', status: 'snoozed' }]))],
      'POST /api/follow-ups/:id/complete': () => json(200, { ...reply, status: 'done', version: 3 }),
      'POST /api/follow-ups/:id/snooze': () => json(200, { ...ask, status: 'snoozed', dueOn: '2026-03-22', version: 2 }),
      'GET /api/follow-ups/counts': () => json(200, { overdue: 0, today: 0 }),
    });
    const { user } = renderPage();
    await within(await screen.findByRole('region', { name: 'Follow-ups' })).findByText('Reply to Maya');

    await user.click(within(section()).getByRole('button', { name: 'Done: Reply to Maya' }));
    await waitFor(() => expect(within(section()).queryByText('Reply to Maya')).not.toBeInTheDocument());
    expect(api.callsTo('POST', `/api/follow-ups/${reply.id}/complete`)[0].body).toEqual({ version: 2 });

    await user.click(within(section()).getByRole('button', { name: 'Snooze Ask Maya about the team 1 week' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/follow-ups/${ask.id}/snooze`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/follow-ups/${ask.id}/snooze`)[0].body).toEqual({ days: 7, version: 1 });
    expect(await within(section()).findByText('Due in 10 days')).toBeInTheDocument();
  });

  it('says when nothing is pending and adds one linked to the contact', async () => {
    const api = mockApi({
      'GET /api/contacts/:id': () => json(200, detail),
      'GET /api/follow-ups': [() => json(200, makeFollowUpPage([])), () => json(200, makeFollowUpPage([reply]))],
      'POST /api/follow-ups': ({ body }) => json(201, makeFollowUp({ ...(body as object) })),
      'GET /api/follow-ups/counts': () => json(200, { overdue: 0, today: 0 }),
    });
    const { user } = renderPage();
    expect(await within(await screen.findByRole('region', { name: 'Follow-ups' })).findByText(/Nothing pending with Maya Okafor/)).toBeInTheDocument();

    const form = within(section()).getByRole('form', { name: 'Add a follow-up with Maya Okafor' });
    await user.type(within(form).getByLabelText('Follow-up'), 'Send the paper');
    await user.click(within(form).getByRole('button', { name: 'Add follow-up' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/follow-ups')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/follow-ups')[0].body).toEqual({ title: 'Send the paper', dueOn: '2026-03-12', contactId: maya.id });
    expect(await within(section()).findByText('Reply to Maya')).toBeInTheDocument();
    expect(within(form).getByLabelText('Follow-up')).toHaveValue('');
  });
});
