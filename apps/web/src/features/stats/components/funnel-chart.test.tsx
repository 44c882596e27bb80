import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FUNNEL_EMPTY, FunnelChart } from './funnel-chart';

const stages = ['applied', 'recruiter_screen', 'offer'];
const counts = (applied: number, screen: number, offer: number) => [
  { stage: 'applied', count: applied },
  { stage: 'recruiter_screen', count: screen },
  { stage: 'offer', count: offer },
];

describe('FunnelChart', () => {
  it('draws a funnel per channel with the count reaching each stage', () => {
    render(
      <FunnelChart
        stages={stages}
        rows={[
          { channel: 'all', applications: 20, counts: counts(20, 8, 2) },
          { channel: 'referral', applications: 5, counts: counts(5, 4, 2) },
          { channel: 'cold_apply', applications: 15, counts: counts(15, 4, 0) },
        ]}
      />,
    );
    const chart = screen.getByRole('region', { name: 'Funnel by channel' });
    expect(within(chart).getAllByTestId('funnel-svg').map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Funnel for All channels',
      'Funnel for Referral',
      'Funnel for Portal',
    ]);
    const referral = within(chart).getByRole('group', { name: 'Funnel for Referral' });
    const bars = within(referral).getAllByTestId('funnel-bar');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Referral, Applied: 5 of 5 applications (100%)',
      'Referral, Recruiter screen: 4 of 5 applications (80%)',
      'Referral, Offer: 2 of 5 applications (40%)',
    ]);
    // The number is printed beside the bar, and the bar's length follows it.
    expect(bars[1]).toHaveTextContent('Recruiter screen4');
    expect(bars[1]).toHaveAttribute('data-count', '4');
    const fill = (bar: HTMLElement) => Number(bar.querySelector('.chart-fill')?.getAttribute('width'));
    expect(fill(bars[0])).toBeGreaterThan(fill(bars[1]));
    expect(fill(bars[1])).toBeGreaterThan(fill(bars[2]));
    const portalOffer = within(within(chart).getByRole('group', { name: 'Funnel for Portal' })).getAllByTestId('funnel-bar')[2];
    expect(fill(portalOffer)).toBe(0);
  });

  it('has the numbers as a table', () => {
    render(<FunnelChart stages={stages} rows={[{ channel: 'referral', applications: 5, counts: counts(5, 4, 2) }]} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Channel',
      'Applications',
      'Applied',
      'Recruiter screen',
      'Offer',
    ]);
    expect(within(table).getByRole('row', { name: 'Referral 5 5 4 2' })).toBeInTheDocument();
  });

  it('leaves out channels without applications, and says what to log when none has any', () => {
    const { rerender } = render(
      <FunnelChart
        stages={stages}
        rows={[
          { channel: 'referral', applications: 5, counts: counts(5, 4, 2) },
          { channel: 'career_fair', applications: 0, counts: counts(0, 0, 0) },
        ]}
      />,
    );
    expect(screen.queryByRole('group', { name: 'Funnel for Career fair' })).not.toBeInTheDocument();
    rerender(<FunnelChart stages={stages} rows={[{ channel: 'all', applications: 0, counts: counts(0, 0, 0) }]} />);
    expect(screen.getByText(FUNNEL_EMPTY)).toBeInTheDocument();
    expect(screen.queryByTestId('funnel-bar')).not.toBeInTheDocument();
  });

  it('is one tab stop, with the arrow keys, Home and End moving from bar to bar', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <FunnelChart stages={stages} rows={[{ channel: 'referral', applications: 5, counts: counts(5, 4, 2) }, { channel: 'cold_apply', applications: 8, counts: counts(8, 3, 0) }]} />
        <button type="button">After</button>
      </>,
    );
    const bars = screen.getAllByTestId('funnel-bar');
    expect(bars.map((bar) => bar.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1']);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(bars[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(bars[3]).toHaveFocus();
    expect(bars[3]).toHaveAccessibleName('Portal, Applied: 8 of 8 applications (100%)');
    await user.keyboard('{ArrowUp}');
    expect(bars[2]).toHaveFocus();
    await user.keyboard('{End}');
    expect(bars[5]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bars[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    // Tabbing away and back returns to the bar last moved to.
    await user.tab();
    expect(screen.getByText('Show the numbers')).toHaveFocus();
    await user.tab({ shift: true });
    expect(bars[1]).toHaveFocus();
  });
});
