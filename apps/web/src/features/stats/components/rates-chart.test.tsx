import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RATES_EMPTY, RatesChart, type RateRow } from './rates-chart';

const row = (channel: string, applications: number, response: number, interview: number, offer: number, accepted: number): RateRow => {
  const rate = (count: number, of: number) => ({ count, rate: of > 0 ? count / of : null });
  return {
    channel,
    applications,
    response: rate(response, applications),
    interview: rate(interview, applications),
    offer: rate(offer, applications),
    acceptance: { ...rate(accepted, offer), of: offer },
  };
};

describe('RatesChart', () => {
  it('puts the channels side by side for each rate, with n and small samples flagged', () => {
    render(<RatesChart rows={[row('all', 24, 12, 6, 2, 1), row('referral', 4, 3, 2, 1, 1), row('cold_apply', 20, 9, 4, 1, 0)]} />);
    const chart = screen.getByRole('region', { name: 'Rates by channel' });
    const response = within(chart).getByRole('group', { name: 'Response rate' });
    expect(within(response).getAllByTestId('rate-bar').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'All channels, response rate: 50%, 12 of 24 applications',
      'Referral, response rate: 75%, 3 of 4 applications (small sample)',
      'Portal, response rate: 45%, 9 of 20 applications',
    ]);
    const referral = within(response).getAllByTestId('rate-bar')[1];
    expect(referral).toHaveTextContent('75% n=4');
    expect(referral).toHaveAttribute('data-small-sample', 'true');
    expect(within(response).getAllByTestId('rate-bar')[0]).not.toHaveAttribute('data-small-sample');

    const acceptance = within(chart).getByRole('group', { name: 'Acceptance rate' });
    expect(within(acceptance).getAllByTestId('rate-bar')[2]).toHaveAccessibleName(
      'Portal, acceptance rate: 0%, 0 of 1 offers (small sample)',
    );
  });

  it('shows a dash and no bar when there is nothing to divide by', () => {
    render(<RatesChart rows={[row('cold_apply', 12, 2, 0, 0, 0)]} />);
    const acceptance = screen.getByRole('group', { name: 'Acceptance rate' });
    const bar = within(acceptance).getByTestId('rate-bar');
    expect(bar).toHaveTextContent('— n=0');
    expect(bar.querySelector('.chart-fill')).toHaveAttribute('width', '0');
    expect(screen.getByRole('row', { name: 'Portal 12 17% (2/12) 0% (0/12) 0% (0/12) — (0/0)' })).toBeInTheDocument();
  });

  it('says what to log when there are no applications', () => {
    render(<RatesChart rows={[row('all', 0, 0, 0, 0, 0)]} />);
    expect(screen.getByText(RATES_EMPTY)).toBeInTheDocument();
    expect(screen.queryByTestId('rate-bar')).not.toBeInTheDocument();
  });
});
