import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { today } from '../../../lib/dates';
import { json, mockApi } from '../../../test/api-mock';
import { makeApplication, makeBoard, makeContact, makeDetail, makePerson, makeReferral } from '../../../test/factories';
import { mockBoardLayout } from '../../../test/layout';
import { renderWithProviders } from '../../../test/render';
import { BoardPage } from './board-page';

const stripe = makeApplication({ companyName: 'Stripe', roleTitle: 'ML Engineer', stage: 'applied' });
const maya = makePerson(makeContact({ name: 'Maya Okafor', title: 'Technical Recruiter', kind: 'recruiter' }), 'message_recruiter');
const daniel = makePerson(makeContact({ name: 'Daniel Reyes', title: 'Staff Engineer', kind: 'engineer' }), 'ask_referral');
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 200 });

function openDrawer(routes: Parameters<typeof mockApi>[0]) {
  const api = mockApi({
    'GET /api/board': () => json(200, makeBoard([stripe])),
    'GET /api/applications/:id': () => json(200, makeDetail(stripe)),
    ...routes,
  });
  const view = renderWithProviders(<BoardPage />, { route: `/?app=${stripe.id}` });
  return { api, ...view };
}

const section = (name: string) => screen.getByRole('heading', { name }).closest('section') as HTMLElement;

describe('People you know here', () => {
  beforeEach(() => {
    mockBoardLayout();
  });

  it('lists your contacts at the company in the order the server ranks them, with their action', async () => {
    openDrawer({
      'GET /api/applications/:id/people': () => json(200, { items: [maya, daniel] }),
      'GET /api/referrals': () => json(200, page([])),
    });

    const list = await screen.findByRole('list', { name: 'People you know at Stripe' });
    const people = within(list).getAllByTestId('person');
    expect(people.map((person) => within(person).getByRole('link').textContent)).toEqual(['Maya Okafor', 'Daniel Reyes']);
    expect(within(people[0]).getByRole('link')).toHaveAttribute('href', `/contacts/${maya.id}`);
    expect(within(people[0]).getByRole('button')).toHaveTextContent('Message recruiter');
    expect(within(people[1]).getByRole('button')).toHaveTextContent('Ask for referral');
    expect(within(section('Referrals')).getByText(/No referrals yet/)).toBeInTheDocument();
  });

  it('asks for a referral in one click and shows it in the referral panel', async () => {
    const created = makeReferral({ applicationId: stripe.id, contactId: daniel.id, contactName: 'Daniel Reyes', status: 'to_ask' });
    const { api, user } = openDrawer({
      'GET /api/applications/:id/people': () => json(200, { items: [maya, daniel] }),
      'GET /api/referrals': [() => json(200, page([])), () => json(200, page([created]))],
      'POST /api/referrals': () => json(201, { ...created, history: [] }),
    });

    const danielRow = (await screen.findAllByTestId('person'))[1];
    await user.click(within(danielRow).getByRole('button', { name: 'Ask for referral' }));

    await waitFor(() => expect(within(section('Referrals')).getAllByTestId('referral')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/referrals').map((call) => call.body)).toEqual([
      { applicationId: stripe.id, contactId: daniel.id, status: 'to_ask' },
    ]);
    expect(api.callsTo('GET', '/api/referrals').at(-1)?.search).toBe(`?applicationId=${stripe.id}&pageSize=200`);
    expect(within(screen.getAllByTestId('person')[1]).getByText('Referral: To ask')).toBeInTheDocument();
    expect(within(screen.getAllByTestId('person')[1]).queryByRole('button')).not.toBeInTheDocument();
  });

  it('logs a message to a recruiter about this application', async () => {
    const { api, user } = openDrawer({
      'GET /api/applications/:id/people': () => json(200, { items: [maya] }),
      'GET /api/referrals': () => json(200, page([])),
      'POST /api/contacts/:id/outreach': ({ body }) => json(201, { id: 'o1', contactId: maya.id, createdAt: '', note: null, ...(body as object) }),
    });

    await user.click(await screen.findByRole('button', { name: 'Message recruiter' }));

    expect(await screen.findByText('Logged a message to Maya Okafor.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/contacts/${maya.id}/outreach`).map((call) => call.body)).toEqual([
      { type: 'message_sent', occurredOn: today(), applicationId: stripe.id },
    ]);
  });

  it('moves a referral to its next status with the version it last saw', async () => {
    const asked = makeReferral({ applicationId: stripe.id, contactId: daniel.id, status: 'asked', version: 2 });
    const { api, user } = openDrawer({
      'GET /api/applications/:id/people': () => json(200, { items: [daniel] }),
      'GET /api/referrals': () => json(200, page([asked])),
      'POST /api/referrals/:id/transition': ({ body }) =>
        json(200, { ...asked, status: (body as { status: string }).status, version: 3, history: [] }),
    });

    const referral = await within(await screen.findByRole('list', { name: 'Referrals' })).findByTestId('referral');
    expect(within(referral).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Mark Agreed',
      'Mark Declined',
      'Mark No response',
      'Back to To ask',
    ]);
    await user.click(within(referral).getByRole('button', { name: 'Mark Agreed' }));

    await waitFor(() => expect(screen.getByTestId('referral')).toHaveAttribute('data-status', 'agreed'));
    expect(api.callsTo('POST', `/api/referrals/${asked.id}/transition`).map((call) => call.body)).toEqual([
      { status: 'agreed', version: 2 },
    ]);
  });
});
