import type { TimelineEntryDto } from '@offerpath/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeContact, makeContactDetail } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { ContactPage } from './contact-page';

const daniel = makeContact({
  name: 'Daniel Reyes',
  companyName: 'Google',
  title: 'Senior Software Engineer, ML',
  kind: 'engineer',
  linkedinUrl: 'https://www.linkedin.com/in/daniel-reyes',
  email: 'daniel@example.com',
  tags: ['ml', 'ex-colleague'],
  version: 2,
});

const entry = (overrides: Partial<TimelineEntryDto>): TimelineEntryDto => ({
  id: `${overrides.entry ?? 'outreach'}-${overrides.occurredOn ?? ''}`,
  entry: 'outreach',
  applicationId: null,
  referralId: null,
  outreachType: null,
  fromStatus: null,
  toStatus: null,
  note: null,
  occurredOn: '2025-03-01',
  ...overrides,
});

// Newest first, outreach and referral steps interleaved, as the API sends them.
const timeline: TimelineEntryDto[] = [
  entry({ entry: 'referral', id: 'r2', referralId: 'ref-1', fromStatus: 'to_ask', toStatus: 'asked', occurredOn: '2025-03-14' }),
  entry({ id: 'o2', outreachType: 'message_sent', note: 'Asked about the ML team', occurredOn: '2025-03-12' }),
  entry({ entry: 'referral', id: 'r1', referralId: 'ref-1', toStatus: 'to_ask', occurredOn: '2025-03-05' }),
  entry({ id: 'o1', outreachType: 'connection_request_sent', occurredOn: '2025-03-01' }),
];
const danielDetail = makeContactDetail(daniel, timeline);
const path = `/api/contacts/${daniel.id}`;

const renderPage = () => renderWithProviders(<ContactPage />, { route: `/contacts/${daniel.id}`, path: '/contacts/:id' });
const timelineTexts = () =>
  within(screen.getByRole('region', { name: 'Timeline' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.history-text')?.textContent);

describe('ContactPage', () => {
  it("shows the contact's details and the timeline, newest first", async () => {
    mockApi({ 'GET /api/contacts/:id': () => json(200, danielDetail) });
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Daniel Reyes' })).toBeInTheDocument();
    expect(screen.getByText('Senior Software Engineer, ML at Google')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', daniel.linkedinUrl);
    expect(screen.getByRole('link', { name: '← Contacts' })).toHaveAttribute('href', '/contacts');

    const details = screen.getByRole('form', { name: 'Edit contact' });
    expect(within(details).getByLabelText('Name')).toHaveValue('Daniel Reyes');
    expect(within(details).getByLabelText('Company')).toHaveValue('Google');
    expect(within(details).getByLabelText('Email')).toHaveValue('daniel@example.com');
    expect(within(details).getByLabelText('Kind')).toHaveValue('engineer');
    expect(within(details).getByLabelText('Tags')).toHaveValue('ml, ex-colleague');
    // Nothing edited yet, nothing to save.
    expect(within(details).getByRole('button', { name: 'Save changes' })).toBeDisabled();

    expect(timelineTexts()).toEqual([
      'Referral: To ask → Asked',
      'Message sent — Asked about the ML team',
      'Referral: To ask',
      'Connection request sent',
    ]);
    const items = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.entry)).toEqual(['referral', 'outreach', 'referral', 'outreach']);
    expect(within(items[0]).getByText(/2025/)).toHaveAttribute('datetime', '2025-03-14');
    expect(within(items[3]).getByText(/2025/)).toHaveAttribute('datetime', '2025-03-01');
  });

  it('says when the contact does not exist, without a retry', async () => {
    mockApi({ 'GET /api/contacts/:id': () => problem(404, 'not_found', 'Contact not found') });
    renderPage();

    expect(await screen.findByText('This contact does not exist (any more).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('logs an outreach step on the chosen day and refreshes the timeline', async () => {
    const logged = entry({ id: 'o3', outreachType: 'replied', occurredOn: '2025-03-15' });
    const api = mockApi({
      'GET /api/contacts/:id': [
        () => json(200, danielDetail),
        () => json(200, makeContactDetail({ ...daniel, lastContactedAt: '2025-03-15' }, [logged, ...timeline])),
      ],
      'POST /api/contacts/:id/outreach': ({ body }) =>
        json(201, { id: 'o3', contactId: daniel.id, applicationId: null, note: null, ...(body as object) }),
    });
    const { user } = renderPage();

    const actions = within(await screen.findByRole('region', { name: 'Log outreach' }));
    const date = actions.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2025-03-15');
    expect(date).toHaveValue('2025-03-15');
    await user.click(actions.getByRole('button', { name: 'Replied' }));

    expect(await screen.findByText('Logged “Replied” with Daniel Reyes.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${path}/outreach`).map((call) => call.body)).toEqual([
      { type: 'replied', occurredOn: '2025-03-15' },
    ]);
    await waitFor(() => expect(timelineTexts()[0]).toBe('Replied'));
    expect(timelineTexts()).toHaveLength(5);
    expect(api.callsTo('GET', path)).toHaveLength(2);
  });

  it('saves only the changed fields with the version', async () => {
    const api = mockApi({
      'GET /api/contacts/:id': () => json(200, danielDetail),
      'PATCH /api/contacts/:id': ({ body }) => json(200, { ...danielDetail, ...(body as object), version: 3 }),
    });
    const { user } = renderPage();

    const form = within(await screen.findByRole('form', { name: 'Edit contact' }));
    await user.clear(form.getByLabelText('Title'));
    await user.type(form.getByLabelText('Title'), 'Staff Engineer');
    await user.selectOptions(form.getByLabelText('Kind'), 'hiring_manager');
    await user.click(form.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved Daniel Reyes.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', path).map((call) => call.body)).toEqual([
      { version: 2, title: 'Staff Engineer', kind: 'hiring_manager' },
    ]);
    expect(screen.getByText('Staff Engineer at Google')).toBeInTheDocument();
  });

  it('on a version conflict says so and shows the reloaded contact', async () => {
    const newer = makeContactDetail({ ...daniel, companyName: 'DeepMind', version: 3 }, timeline);
    const api = mockApi({
      'GET /api/contacts/:id': [() => json(200, danielDetail), () => json(200, newer)],
      'PATCH /api/contacts/:id': () => problem(409, 'version_conflict', 'Version conflict'),
    });
    const { user } = renderPage();

    const form = within(await screen.findByRole('form', { name: 'Edit contact' }));
    await user.type(form.getByLabelText('Notes'), 'Met at NeurIPS');
    await user.click(form.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('This contact changed elsewhere — reloaded')).toBeInTheDocument();
    expect(api.callsTo('PATCH', path).map((call) => call.body)).toEqual([{ version: 2, notes: 'Met at NeurIPS' }]);
    expect(api.callsTo('GET', path)).toHaveLength(2);
    const reloaded = within(screen.getByRole('form', { name: 'Edit contact' }));
    expect(reloaded.getByLabelText('Company')).toHaveValue('DeepMind');
    expect(reloaded.getByLabelText('Notes')).toHaveValue('');
  });

  it('asks before deleting, then deletes and goes back to the contacts', async () => {
    const api = mockApi({
      'GET /api/contacts/:id': () => json(200, danielDetail),
      'DELETE /api/contacts/:id': () => json(204),
    });
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));
    let confirm = screen.getByRole('group', { name: 'Confirm delete' });
    expect(confirm).toHaveTextContent('Delete Daniel Reyes, their outreach log and referrals? This cannot be undone.');
    expect(within(confirm).getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('group', { name: 'Confirm delete' })).not.toBeInTheDocument();
    expect(api.callsTo('DELETE', path)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete contact' }));
    confirm = screen.getByRole('group', { name: 'Confirm delete' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/contacts$/));
    expect(api.callsTo('DELETE', path)).toHaveLength(1);
    expect(screen.getByText('Deleted Daniel Reyes.')).toBeInTheDocument();
  });
});
