import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeApplication, makeBoard, makeDetail } from '../../../test/factories';
import { mockBoardLayout } from '../../../test/layout';
import { renderWithProviders } from '../../../test/render';
import { BoardPage } from './board-page';

const createdAt = '2025-03-03T09:00:00.000Z';
const screenedAt = '2025-03-12T15:30:00.000Z';
const acme = makeApplication({
  companyName: 'Acme',
  roleTitle: 'ML Engineer',
  stage: 'recruiter_screen',
  channel: 'referral',
  location: 'Remote (EU)',
  version: 3,
  createdAt,
  stageChangedAt: screenedAt,
});
const acmeDetail = makeDetail(acme, [
  { id: 'e1', type: 'created', fromStage: null, toStage: 'wishlist', at: createdAt },
  { id: 'e2', type: 'stage_changed', fromStage: 'wishlist', toStage: 'applied', at: '2025-03-05T10:00:00.000Z' },
  { id: 'e3', type: 'stage_changed', fromStage: 'applied', toStage: 'recruiter_screen', at: screenedAt },
]);
const board = makeBoard([acme]);

describe('ApplicationDrawer', () => {
  beforeEach(() => {
    mockBoardLayout();
  });

  it('opens from a card click and shows the stage history, oldest first, with dates', async () => {
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'GET /api/applications/:id': () => json(200, acmeDetail),
    });
    const { user } = renderWithProviders(<BoardPage />);

    await user.click(await screen.findByRole('button', { name: /^Acme,/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Acme — ML Engineer' });
    expect(screen.getByTestId('location')).toHaveTextContent(`/?app=${acme.id}`);
    const history = await within(dialog).findByRole('list');
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.history-text')?.textContent)).toEqual([
      'Created in Wishlist',
      'Wishlist → Applied',
      'Applied → Recruiter screen',
    ]);
    expect(within(items[0]).getByText(/2025/)).toHaveAttribute('datetime', createdAt);
    expect(within(items[2]).getByText(/2025/)).toHaveAttribute('datetime', screenedAt);
    expect(within(dialog).getByLabelText('Location')).toHaveValue('Remote (EU)');
    expect(within(dialog).getByLabelText('Channel')).toHaveValue('referral');
    expect(api.callsTo('GET', `/api/applications/${acme.id}`)).toHaveLength(1);
  });

  it('opens with Enter on a focused card, closes with Escape and gives focus back', async () => {
    mockApi({
      'GET /api/board': () => json(200, board),
      'GET /api/applications/:id': () => json(200, acmeDetail),
    });
    const { user } = renderWithProviders(<BoardPage />);

    const card = await screen.findByRole('button', { name: /^Acme,/ });
    card.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Acme — ML Engineer' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    expect(screen.getByRole('button', { name: /^Acme,/ })).toHaveFocus();
  });

  it('saves only the changed fields with the version', async () => {
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'GET /api/applications/:id': () => json(200, acmeDetail),
      'PATCH /api/applications/:id': ({ body }) =>
        json(200, { ...acmeDetail, ...(body as object), version: acme.version + 1 }),
    });
    const { user } = renderWithProviders(<BoardPage />, { route: `/?app=${acme.id}` });

    const dialog = await screen.findByRole('dialog', { name: 'Acme — ML Engineer' });
    const location = await within(dialog).findByLabelText('Location');
    await user.clear(location);
    await user.type(location, 'Berlin');
    await user.selectOptions(within(dialog).getByLabelText('Excitement'), '4');
    await user.type(within(dialog).getByLabelText('Salary from'), '90000');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.callsTo('PATCH', `/api/applications/${acme.id}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/api/applications/${acme.id}`)[0].body).toEqual({
      version: 3,
      location: 'Berlin',
      excitement: 4,
      salaryMin: 90000,
    });
    expect(await screen.findByText('Saved Acme.')).toBeInTheDocument();
  });

  it('on a version conflict says so and reloads the application', async () => {
    const newer = makeDetail({ ...acme, companyName: 'Acme Corp', version: 4 }, acmeDetail.history);
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'GET /api/applications/:id': [() => json(200, acmeDetail), () => json(200, newer)],
      'PATCH /api/applications/:id': () => problem(409, 'version_conflict', 'Version conflict'),
    });
    const { user } = renderWithProviders(<BoardPage />, { route: `/?app=${acme.id}` });

    const dialog = await screen.findByRole('dialog', { name: 'Acme — ML Engineer' });
    await user.type(await within(dialog).findByLabelText('Notes'), 'Ping the recruiter');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText('This application changed elsewhere — reloaded')).toBeInTheDocument();
    expect(api.callsTo('GET', `/api/applications/${acme.id}`)).toHaveLength(2);
    expect(within(dialog).getByLabelText('Company name')).toHaveValue('Acme Corp');
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('');
  });

  it('deletes after confirmation and removes the card', async () => {
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'GET /api/applications/:id': () => json(200, acmeDetail),
      'DELETE /api/applications/:id': () => json(204),
    });
    const { user } = renderWithProviders(<BoardPage />, { route: `/?app=${acme.id}` });

    const dialog = await screen.findByRole('dialog', { name: 'Acme — ML Engineer' });
    await user.click(await within(dialog).findByRole('button', { name: 'Delete application' }));
    expect(api.callsTo('DELETE', `/api/applications/${acme.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE', `/api/applications/${acme.id}`)).toHaveLength(1);
    expect(screen.queryByTestId('card')).not.toBeInTheDocument();
    expect(screen.getByText('Deleted Acme.')).toBeInTheDocument();
  });
});
