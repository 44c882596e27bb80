import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import type { CadenceRule, CadenceSettings } from '../api/get-cadence-settings';
import { CadenceRulesSection } from './cadence-rules-section';

function rule(overrides: Partial<CadenceRule> & Pick<CadenceRule, 'key' | 'label'>): CadenceRule {
  return {
    description: `${overrides.label}: description`,
    kind: 'follow_up_recruiter',
    timing: 'after',
    enabled: true,
    days: 7,
    maxCount: null,
    minDays: 1,
    maxDays: 90,
    maxMaxCount: null,
    defaults: { enabled: true, days: 7, maxCount: null },
    ...overrides,
  };
}

function settings(overrides: Partial<CadenceSettings> = {}): CadenceSettings {
  return {
    rules: [
      rule({ key: 'portal_no_response', label: 'Portal application without an answer' }),
      rule({ key: 'message_no_reply', label: 'Recruiter message without a reply', days: 5, maxCount: 2, maxDays: 60, maxMaxCount: 5, defaults: { enabled: true, days: 5, maxCount: 2 } }),
      rule({ key: 'offer_deadline', label: 'Offer decision deadline', timing: 'before', days: 2, minDays: 0, maxDays: 30, kind: 'offer_decision', defaults: { enabled: true, days: 2, maxCount: null } }),
    ],
    ghostAfterDays: 30,
    ghostAfterDaysDefault: 30,
    ...overrides,
  };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('CadenceRulesSection', () => {
  it('shows each rule with its switch, days, description and a limit only where the rule has one', async () => {
    mockApi({ 'GET /api/settings/cadence': () => json(200, settings()) });
    renderWithProviders(<CadenceRulesSection />);

    expect(screen.getByText('Loading follow-up rules…')).toHaveAttribute('role', 'status');
    const portal = await screen.findByRole('group', { name: 'Portal application without an answer' });
    expect(within(portal).getByRole('checkbox', { name: 'On' })).toBeChecked();
    expect(within(portal).getByLabelText('Days after')).toHaveValue(7);
    expect(within(portal).queryByLabelText('At most, in a row')).not.toBeInTheDocument();
    expect(within(portal).getByText('Portal application without an answer: description')).toBeInTheDocument();
    expect(within(group('Recruiter message without a reply')).getByLabelText('At most, in a row')).toHaveValue(2);
    expect(within(group('Offer decision deadline')).getByLabelText('Days before the deadline')).toHaveValue(2);
    expect(screen.getByLabelText('Mark an applied application as ghosted after')).toHaveValue(30);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('saves every rule with the changes and shows the saved values', async () => {
    const saved = settings({ ghostAfterDays: 45 });
    saved.rules[0] = { ...saved.rules[0], enabled: false };
    saved.rules[1] = { ...saved.rules[1], days: 3, maxCount: 1 };
    const api = mockApi({ 'GET /api/settings/cadence': () => json(200, settings()), 'PUT /api/settings/cadence': () => json(200, saved) });
    const { user } = renderWithProviders(<CadenceRulesSection />);
    const portal = await screen.findByRole('group', { name: 'Portal application without an answer' });

    await user.click(within(portal).getByRole('checkbox', { name: 'On' }));
    expect(within(portal).getByLabelText('Days after')).toBeDisabled();
    const message = group('Recruiter message without a reply');
    await user.clear(within(message).getByLabelText('Days after'));
    await user.type(within(message).getByLabelText('Days after'), '3');
    await user.clear(within(message).getByLabelText('At most, in a row'));
    await user.type(within(message).getByLabelText('At most, in a row'), '1');
    await user.clear(screen.getByLabelText('Mark an applied application as ghosted after'));
    await user.type(screen.getByLabelText('Mark an applied application as ghosted after'), '45');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Follow-up rules saved.')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/settings/cadence')[0].body).toEqual({
      rules: {
        portal_no_response: { enabled: false, days: 7 },
        message_no_reply: { enabled: true, days: 3, maxCount: 1 },
        offer_deadline: { enabled: true, days: 2 },
      },
      ghostAfterDays: 45,
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled());
    expect(within(group('Portal application without an answer')).getByRole('checkbox', { name: 'On' })).not.toBeChecked();
  });

  it('shows the server’s field errors beside the fields', async () => {
    mockApi({
      'GET /api/settings/cadence': () => json(200, settings()),
      'PUT /api/settings/cadence': () =>
        problem(400, 'validation_failed', 'days must be a whole number from 1 to 60', [
          { field: 'rules.message_no_reply.days', message: 'days must be a whole number from 1 to 60' },
          { field: 'ghostAfterDays', message: 'ghostAfterDays must not be less than 7' },
        ]),
    });
    const { user } = renderWithProviders(<CadenceRulesSection />);
    const message = await screen.findByRole('group', { name: 'Recruiter message without a reply' });
    await user.clear(within(message).getByLabelText('Days after'));
    await user.type(within(message).getByLabelText('Days after'), '99');
    await user.clear(screen.getByLabelText('Mark an applied application as ghosted after'));
    await user.type(screen.getByLabelText('Mark an applied application as ghosted after'), '3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await within(message).findByText('days must be a whole number from 1 to 60')).toBeInTheDocument();
    expect(within(message).getByLabelText('Days after')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('ghostAfterDays must not be less than 7')).toBeInTheDocument();
    expect(document.querySelector('.form-error')).toBeNull();
  });

  it('says when the rules cannot be loaded and tries again', async () => {
    const api = mockApi({ 'GET /api/settings/cadence': [() => problem(500, 'internal', 'boom'), () => json(200, settings())] });
    const { user } = renderWithProviders(<CadenceRulesSection />);
    expect((await screen.findByText(/Could not load your follow-up rules\./)).closest('[role="alert"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: 'Offer decision deadline' })).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/settings/cadence')).toHaveLength(2);
  });
});
