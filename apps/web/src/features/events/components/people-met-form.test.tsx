import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { makeContact } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { makeEvent } from '../test/make-event';
import { PeopleMetForm } from './people-met-form';

const fair = makeEvent({ type: 'career_fair', roundKind: null, title: 'PyData Berlin' });

describe('PeopleMetForm', () => {
  it('adds a row on Enter, removes rows, and saves everyone in one request', async () => {
    const ana = makeContact({ name: 'Ana Diaz' });
    const ben = makeContact({ name: 'Ben Ode' });
    const api = mockApi({
      'POST /api/events/:id/people': () => json(201, { event: fair, contacts: [ana, ben], followUps: [{ id: 'f1' }, { id: 'f2' }] }),
    });
    const { user } = renderWithProviders(<PeopleMetForm event={fair} />);

    await user.type(screen.getByLabelText('Name, person 1'), 'Ana Diaz');
    await user.type(screen.getByLabelText('Company, person 1'), 'Zalando{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Name, person 2')).toHaveFocus());
    await user.keyboard('Someone{Enter}');
    await user.keyboard('Ben Ode');
    await user.type(screen.getByLabelText('Note, person 3'), 'feature stores');
    await user.click(screen.getByRole('button', { name: 'Remove person 2' }));
    expect(screen.getByLabelText('Name, person 2')).toHaveValue('Ben Ode');
    await user.click(screen.getByRole('button', { name: 'Add row' })); // a blank row is skipped
    await user.click(screen.getByRole('button', { name: 'Save people' }));

    expect(await screen.findByText('2 contacts and 2 follow-ups created.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ana Diaz' })).toHaveAttribute('href', `/contacts/${ana.id}`);
    expect(api.callsTo('POST', `/api/events/${fair.id}/people`)[0].body).toEqual({
      followUpDays: 2,
      people: [
        { name: 'Ana Diaz', companyName: 'Zalando', title: null, note: null },
        { name: 'Ben Ode', companyName: null, title: null, note: 'feature stores' },
      ],
    });
    expect(screen.getByLabelText('Name, person 1')).toHaveValue('');
  });

  it('shows each server error next to the right row (blank rows skipped) and keeps the rows', async () => {
    mockApi({
      'POST /api/events/:id/people': () =>
        problem(400, 'validation_failed', 'bad', [
          { field: 'people.1.email', message: 'email must be an email address' },
          { field: 'people.1.title', message: 'title must be shorter than or equal to 200 characters' },
        ]),
    });
    const { user } = renderWithProviders(<PeopleMetForm event={fair} />);
    await user.type(screen.getByLabelText('Name, person 1'), 'Ana{Enter}');
    await user.keyboard('{Enter}'); // person 2 stays blank
    await user.type(screen.getByLabelText('Name, person 3'), 'Ben');
    await user.type(screen.getByLabelText('Title, person 3'), 'CTO');
    await user.click(screen.getByRole('button', { name: 'Save people' }));

    expect(await screen.findByText('Nothing was saved: fix the rows marked below.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title, person 3')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('title must be shorter than or equal to 200 characters')).toBeInTheDocument();
    expect(screen.getByText('email must be an email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Title, person 1')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('Name, person 3')).toHaveValue('Ben');
  });

  it('asks for a name on a row that has other details, without a request', async () => {
    const api = mockApi({});
    const { user } = renderWithProviders(<PeopleMetForm event={fair} />);
    await user.type(screen.getByLabelText('Company, person 1'), 'Zalando');
    await user.click(screen.getByRole('button', { name: 'Save people' }));
    expect(screen.getByText('Enter a name')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
