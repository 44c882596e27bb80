import { OPEN_STAGES, STAGE_LABELS } from '@offerpath/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { daysAgo, makeApplication, makeBoard, makeDetail } from '../../../test/factories';
import { mockBoardLayout } from '../../../test/layout';
import { renderWithProviders } from '../../../test/render';
import { BoardPage } from './board-page';

const acme = makeApplication({
  companyName: 'Acme',
  roleTitle: 'ML Engineer',
  stage: 'applied',
  channel: 'referral',
  stageChangedAt: daysAgo(3),
});
const globex = makeApplication({
  companyName: 'Globex',
  roleTitle: 'Research Engineer',
  stage: 'applied',
  channel: 'linkedin_recruiter',
  stageChangedAt: daysAgo(1),
});
const initech = makeApplication({ companyName: 'Initech', roleTitle: 'Data Scientist', stage: 'wishlist' });
const umbrella = makeApplication({ companyName: 'Umbrella', roleTitle: 'MLOps', stage: 'onsite', version: 4 });
const hooliRejected = makeApplication({ companyName: 'Hooli', roleTitle: 'Staff MLE', stage: 'rejected' });
const piedGhosted = makeApplication({ companyName: 'Pied Piper', roleTitle: 'Backend', stage: 'ghosted' });

const board = makeBoard([initech, acme, globex, umbrella, hooliRejected, piedGhosted]);

const column = (stage: keyof typeof STAGE_LABELS) => screen.getByRole('region', { name: STAGE_LABELS[stage] });
const cardIn = (stage: keyof typeof STAGE_LABELS, company: string) =>
  within(column(stage)).getByRole('button', { name: new RegExp(`^${company},`) });

describe('BoardPage', () => {
  beforeEach(() => {
    mockBoardLayout();
  });

  it('renders one column per open stage with its cards', async () => {
    mockApi({ 'GET /api/board': () => json(200, board) });
    renderWithProviders(<BoardPage />);

    await screen.findByRole('region', { name: 'Applied' });
    const regions = OPEN_STAGES.map((stage) => column(stage));
    expect(regions.map((region) => region.getAttribute('data-stage'))).toEqual([...OPEN_STAGES]);

    const applied = within(column('applied')).getAllByTestId('card');
    expect(applied.map((card) => card.getAttribute('data-id'))).toEqual([acme.id, globex.id]);

    const acmeCard = cardIn('applied', 'Acme');
    expect(acmeCard).toHaveTextContent('ML Engineer');
    expect(within(acmeCard).getByText('Referral')).toHaveAttribute('data-channel', 'referral');
    expect(within(acmeCard).getByText('3d')).toBeInTheDocument();
    expect(within(column('wishlist')).getByTestId('card')).toHaveAttribute('data-id', initech.id);
    expect(within(column('offer')).queryAllByTestId('card')).toHaveLength(0);
    expect(screen.getByText('4 active · 2 closed')).toBeInTheDocument();
  });

  it('keeps closed outcomes in a lane that is collapsed by default and expands on demand', async () => {
    mockApi({ 'GET /api/board': () => json(200, board) });
    const { user } = renderWithProviders(<BoardPage />);

    const toggle = await screen.findByRole('button', { name: /closed/i });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('(2)');
    expect(screen.queryByRole('region', { name: 'Rejected' })).not.toBeInTheDocument();
    expect(screen.queryByText('Hooli')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(column('rejected')).toHaveAttribute('data-stage', 'rejected');
    expect(cardIn('rejected', 'Hooli')).toHaveAttribute('data-id', hooliRejected.id);
    expect(cardIn('ghosted', 'Pied Piper')).toBeInTheDocument();
    expect(within(column('withdrawn')).queryAllByTestId('card')).toHaveLength(0);

    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Rejected' })).not.toBeInTheDocument();
  });

  it('filters cards by channel and text on the client', async () => {
    mockApi({ 'GET /api/board': () => json(200, board) });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Applied' });

    await user.click(within(screen.getByRole('group', { name: 'Show channels' })).getByRole('button', { name: /Referral/ }));
    expect(within(column('applied')).getAllByTestId('card').map((card) => card.dataset.id)).toEqual([acme.id]);
    expect(within(column('wishlist')).queryAllByTestId('card')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the board' }), 'research');
    expect(within(column('applied')).getAllByTestId('card').map((card) => card.dataset.id)).toEqual([globex.id]);
  });

  it('quick-add posts the new application and shows its card on top of its column', async () => {
    const created = makeApplication({ companyName: 'Hooli', roleTitle: 'ML Engineer', channel: 'referral' });
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'POST /api/applications': () => json(201, makeDetail(created)),
    });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Wishlist' });

    const form = screen.getByRole('form', { name: 'Quick add' });
    await user.type(within(form).getByLabelText('Company'), 'Hooli');
    await user.selectOptions(within(form).getByLabelText('Channel'), 'referral');
    await user.type(within(form).getByLabelText('Role'), 'ML Engineer{Enter}');

    await waitFor(() =>
      expect(within(column('wishlist')).getAllByTestId('card').map((card) => card.dataset.id)).toEqual([
        created.id,
        initech.id,
      ]),
    );
    expect(api.callsTo('POST', '/api/applications').map((call) => call.body)).toEqual([
      { companyName: 'Hooli', roleTitle: 'ML Engineer', channel: 'referral', stage: 'wishlist' },
    ]);
    expect(within(form).getByLabelText('Company')).toHaveValue('');
  });

  it('quick-add shows a field error from the API next to the field', async () => {
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'POST /api/applications': () =>
        problem(400, 'validation_failed', 'companyName is too long', [
          { field: 'companyName', message: 'companyName must be shorter than or equal to 200 characters' },
        ]),
    });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Wishlist' });

    const form = screen.getByRole('form', { name: 'Quick add' });
    await user.type(within(form).getByLabelText('Company'), 'Hooli');
    await user.type(within(form).getByLabelText('Role'), 'MLE');
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    const company = within(form).getByLabelText('Company');
    await waitFor(() => expect(company).toHaveAttribute('aria-invalid', 'true'));
    expect(company).toHaveAccessibleDescription('companyName must be shorter than or equal to 200 characters');
    expect(api.callsTo('POST', '/api/applications')).toHaveLength(1);
    expect(within(column('wishlist')).getAllByTestId('card')).toHaveLength(1);
  });

  it('moves a card with the keyboard and sends the destination stage, position and version', async () => {
    const api = mockApi({
      'GET /api/board': () => json(200, board),
      'POST /api/applications/:id/move': ({ body }) =>
        json(200, { ...acme, ...(body as object), version: acme.version + 1, stageChangedAt: new Date().toISOString() }),
    });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Applied' });

    cardIn('applied', 'Acme').focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowRight]');
    await user.keyboard('[Space]');

    await waitFor(() => expect(api.callsTo('POST', `/api/applications/${acme.id}/move`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/applications/${acme.id}/move`)[0].body).toEqual({
      stage: 'recruiter_screen',
      position: 0,
      version: 1,
    });
    expect(cardIn('recruiter_screen', 'Acme')).toHaveAttribute('data-id', acme.id);
    expect(within(column('applied')).getAllByTestId('card').map((card) => card.dataset.id)).toEqual([globex.id]);
  });

  it('rolls a failed move (409) back and says why', async () => {
    const api = mockApi({
      // The refetch after the failure never answers: what the test sees is the rollback alone.
      'GET /api/board': [() => json(200, board), () => new Promise<Response>(() => {})],
      'POST /api/applications/:id/move': () =>
        problem(409, 'version_conflict', 'The application was changed by someone else'),
    });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Applied' });

    cardIn('applied', 'Acme').focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowRight]');
    await user.keyboard('[Space]');

    const alert = await screen.findByText(/Acme changed elsewhere, so it was not moved/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(api.callsTo('POST', `/api/applications/${acme.id}/move`)).toHaveLength(1);
    await waitFor(() =>
      expect(within(column('applied')).getAllByTestId('card').map((card) => card.dataset.id)).toEqual([
        acme.id,
        globex.id,
      ]),
    );
    expect(within(column('recruiter_screen')).queryAllByTestId('card')).toHaveLength(0);
    // The board is fetched again to pick up the newer version.
    expect(api.callsTo('GET', '/api/board')).toHaveLength(2);
  });

  it('refuses a drop that the pipeline rules forbid, without calling the API', async () => {
    const api = mockApi({ 'GET /api/board': () => json(200, board) });
    const { user } = renderWithProviders(<BoardPage />);
    await screen.findByRole('region', { name: 'Onsite' });

    cardIn('onsite', 'Umbrella').focus();
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowRight]');
    await user.keyboard('[ArrowRight]');
    await user.keyboard('[Space]');

    expect(await screen.findByText(/Can't move Umbrella to Accepted\. Only an offer can be accepted\./)).toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
    expect(cardIn('onsite', 'Umbrella')).toHaveAttribute('data-id', umbrella.id);
    expect(within(column('accepted')).queryAllByTestId('card')).toHaveLength(0);
  });

  it('shows the strategy and loads demo data when the board is empty', async () => {
    const seeded = makeBoard([makeApplication({ companyName: 'DeepMind', stage: 'applied' })]);
    const api = mockApi({
      'GET /api/board': [() => json(200, makeBoard([])), () => json(200, seeded)],
      'POST /api/demo/seed': () => json(201, { created: 1 }),
    });
    const { user } = renderWithProviders(<BoardPage />);

    expect(await screen.findByText(/reach recruiters on LinkedIn and ask your network for referrals/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Quick add' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load demo data' }));

    expect(await screen.findByRole('button', { name: /^DeepMind,/ })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/demo/seed')).toHaveLength(1);
    expect(screen.getByText('Loaded 1 demo applications.')).toBeInTheDocument();
  });

  it('shows how many contacts you have at the company of a card', async () => {
    const stripe = makeApplication({ companyName: 'Stripe', stage: 'applied', companyId: '00000000-0000-4000-8000-00000000c001' });
    const hooli = makeApplication({ companyName: 'Hooli', stage: 'applied', companyId: '00000000-0000-4000-8000-00000000c002' });
    const api = mockApi({
      'GET /api/board': () =>
        json(200, makeBoard([stripe, hooli], [{ companyId: stripe.companyId as string, contacts: 3 }])),
    });
    renderWithProviders(<BoardPage />);

    expect(await within(await screen.findByRole('button', { name: /^Stripe,/ })).findByText('3 contacts at Stripe')).toBeInTheDocument();
    expect(within(cardIn('applied', 'Hooli')).queryByTestId('card-contacts')).not.toBeInTheDocument();
    expect(api.calls.map((call) => call.path)).toEqual(['/api/board']);
  });

  it('offers a retry when the board fails to load', async () => {
    mockApi({
      'GET /api/board': [() => problem(400, 'bad_request', 'Broken on purpose'), () => json(200, board)],
    });
    const { user } = renderWithProviders(<BoardPage />);

    expect(await screen.findByText(/Couldn't load your board\. Broken on purpose/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Applied' })).toBeInTheDocument();
  });
});
