import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NETWORKING_EMPTY, NetworkingChart, type NetworkingNumbers } from './networking-chart';

const numbers: NetworkingNumbers = {
  connectionRequests: 20,
  connectionsAccepted: 12,
  messagesSent: 10,
  replies: 4,
  referralAsks: 6,
  referralsAgreed: 3,
  referralsSubmitted: 3,
  referralsInterviewing: 1,
};

describe('NetworkingChart', () => {
  it('shows each step with its count and the conversion from the step before', () => {
    render(<NetworkingChart numbers={numbers} />);
    const referrals = screen.getByRole('group', { name: 'Referrals' });
    expect(within(referrals).getAllByTestId('networking-bar').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Asked: 6',
      'Agreed: 3 (50% of the step before)',
      'Submitted: 3 (100% of the step before)',
      'Interviewing: 1 (33% of the step before)',
    ]);
    const outreach = screen.getByRole('group', { name: 'Outreach' });
    expect(within(outreach).getAllByTestId('networking-bar')[3]).toHaveTextContent('Replies4 40%');
  });

  it('says what to log when there is no networking yet', () => {
    render(<NetworkingChart numbers={{ ...numbers, connectionRequests: 0, connectionsAccepted: 0, messagesSent: 0, replies: 0, referralAsks: 0, referralsAgreed: 0, referralsSubmitted: 0, referralsInterviewing: 0 }} />);
    expect(screen.getByText(NETWORKING_EMPTY)).toBeInTheDocument();
  });
});
