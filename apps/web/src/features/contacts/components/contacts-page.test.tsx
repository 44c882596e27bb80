import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeContact, makeContactPage } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { ContactsPage } from './contacts-page';

const maya = makeContact({ name: 'Maya Okafor', companyName: 'Stripe', title: 'Technical Recruiter', kind: 'recruiter', lastContactedAt: '2025-03-12' });
const daniel = makeContact({ name: 'Daniel Reyes', companyName: 'Google', title: 'Senior Software Engineer, ML', kind: 'engineer' });
const priya = makeContact({ name: 'Priya Natarajan', companyName: 'Stripe', title: 'Engineering Manager', kind: 'hiring_manager' });

const rowNames = () => screen.getAllByTestId('contact-row').map((row) => within(row).getByRole('rowheader').textContent);

describe('ContactsPage', () => {
  it('shows a page of contacts with name, company, title, kind and last contacted', async () => {
    const api = mockApi({ 'GET /api/contacts': () => json(200, makeContactPage([daniel, maya, priya], { total: 120 })) });
    renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' });

    const table = await screen.findByRole('table');
    expect(rowNames()).toEqual(['Daniel Reyes', 'Maya Okafor', 'Priya Natarajan']);
    const mayaRow = within(table).getByRole('row', { name: /Maya Okafor/ });
    expect(within(mayaRow).getByRole('link', { name: 'Maya Okafor' })).toHaveAttribute('href', `/contacts/${maya.id}`);
    expect(mayaRow).toHaveTextContent('Stripe');
    expect(mayaRow).toHaveTextContent('Technical Recruiter');
    expect(mayaRow).toHaveTextContent('Recruiter');
    expect(within(mayaRow).getByText(/2025/)).toHaveAttribute('datetime', '2025-03-12');
    expect(screen.getByText('1–3 of 120')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/contacts')[0].search).toBe('?page=1&pageSize=50');
  });

  it('searches on the server once typing pauses, and says when nothing matches', async () => {
    const api = mockApi({
      'GET /api/contacts': ({ call }) =>
        json(200, new URLSearchParams(call.search).get('q') === 'stripe' ? makeContactPage([maya, priya]) : makeContactPage(new URLSearchParams(call.search).get('q') ? [] : [daniel, maya, priya])),
    });
    const { user } = renderWithProviders(<ContactsPage />, { route: '/contacts?page=2', path: '/contacts' });
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'stripe');
    await waitFor(() => expect(rowNames()).toEqual(['Maya Okafor', 'Priya Natarajan']));
    // One request for the settled text, not one per keystroke; back on page 1.
    const searches = api.callsTo('GET', '/api/contacts').filter((call) => call.search.includes('q='));
    expect(searches.map((call) => call.search)).toEqual(['?q=stripe&page=1&pageSize=50']);
    expect(screen.getByTestId('location')).toHaveTextContent('/contacts?q=stripe');

    await user.clear(screen.getByRole('searchbox', { name: 'Search contacts' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'zzz');
    expect(await screen.findByText('No contacts match “zzz”.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('filters by kind on the server', async () => {
    const api = mockApi({ 'GET /api/contacts': () => json(200, makeContactPage([daniel])) });
    const { user } = renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' });
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Kind'), 'engineer');
    await waitFor(() => expect(api.callsTo('GET', '/api/contacts').at(-1)?.search).toBe('?kind=engineer&page=1&pageSize=50'));
  });

  it('asks the server to sort the whole list by a column, from the first page', async () => {
    const api = mockApi({
      'GET /api/contacts': ({ call }) => {
        const sort = new URLSearchParams(call.search).get('sort');
        return json(200, makeContactPage(sort === 'lastContacted' ? [maya, daniel, priya] : [daniel, maya, priya], { total: 120 }));
      },
    });
    const { user } = renderWithProviders(<ContactsPage />, { route: '/contacts?page=2', path: '/contacts' });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /Last contacted/ }));
    await waitFor(() => expect(rowNames()[0]).toBe('Maya Okafor'));
    expect(api.callsTo('GET', '/api/contacts').at(-1)?.search).toBe('?sort=lastContacted&order=asc&page=1&pageSize=50');
    await user.click(screen.getByRole('button', { name: /Last contacted/ }));
    await waitFor(() => expect(api.callsTo('GET', '/api/contacts').at(-1)?.search).toBe('?sort=lastContacted&order=desc&page=1&pageSize=50'));
    expect(screen.getByRole('columnheader', { name: /Last contacted/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('offers the LinkedIn import when there are no contacts yet', async () => {
    mockApi({ 'GET /api/contacts': () => json(200, makeContactPage([])) });
    renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' });

    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Import from LinkedIn' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/contacts/import', '/contacts/import']);
  });

  it('adds a contact from the form', async () => {
    const created = makeContact({ name: 'Wei Zhang', companyName: 'Meta', title: 'Machine Learning Engineer', kind: 'engineer' });
    const api = mockApi({
      'GET /api/contacts': [() => json(200, makeContactPage([maya])), () => json(200, makeContactPage([maya, created]))],
      'POST /api/contacts': () => json(201, { ...created, timeline: [] }),
    });
    const { user } = renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'New contact' }));
    const form = screen.getByRole('form', { name: 'New contact' });
    await user.type(within(form).getByLabelText('Name'), 'Wei Zhang');
    await user.type(within(form).getByLabelText('Company'), 'Meta');
    await user.type(within(form).getByLabelText('Title'), 'Machine Learning Engineer');
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('Added Wei Zhang.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/contacts').map((call) => call.body)).toEqual([
      { name: 'Wei Zhang', companyName: 'Meta', title: 'Machine Learning Engineer', linkedinUrl: null, email: null },
    ]);
    await waitFor(() => expect(rowNames()).toEqual(['Maya Okafor', 'Wei Zhang']));
  });

  it('offers a retry when the contacts fail to load', async () => {
    mockApi({
      'GET /api/contacts': [() => problem(400, 'bad_request', 'Broken on purpose'), () => json(200, makeContactPage([maya]))],
    });
    const { user } = renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' });

    expect(await screen.findByText(/Couldn't load your contacts\. Broken on purpose/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Maya Okafor' })).toBeInTheDocument();
  });
});
