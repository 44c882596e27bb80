import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TIME_EMPTY, TimeChart } from './time-chart';

const none = { median: null, p75: null, n: 0 };

describe('TimeChart', () => {
  it('draws the median as a bar with a whisker to the 75th percentile', () => {
    render(
      <TimeChart
        toFirstResponse={{ median: 4, p75: 9, n: 14 }}
        toOffer={{ median: 31, p75: 31, n: 2 }}
        inStage={[
          { stage: 'recruiter_screen', median: 6.5, p75: 12, n: 8 },
          { stage: 'onsite', ...none },
        ]}
      />,
    );
    const chart = screen.getByRole('region', { name: 'Time in stage' });
    const bars = within(chart).getAllByTestId('time-bar');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'To first response: median 4 d, 75th percentile 9 d, n=14',
      'To offer: median 31 d, 75th percentile 31 d, n=2',
      'In Recruiter screen: median 6.5 d, 75th percentile 12 d, n=8',
      'In Onsite: no data yet',
    ]);
    expect(within(bars[0]).getByTestId('whisker')).toBeInTheDocument();
    // p75 equal to the median: nothing to draw past the bar.
    expect(within(bars[1]).queryByTestId('whisker')).not.toBeInTheDocument();
    expect(bars[1]).toHaveTextContent('31 d p75 31 d n=2');
    expect(bars[3].querySelector('.chart-fill')).toBeNull();
    const width = (bar: HTMLElement) => Number(bar.querySelector('.chart-fill')?.getAttribute('width'));
    expect(width(bars[1])).toBeGreaterThan(width(bars[2]));
    expect(width(bars[2])).toBeGreaterThan(width(bars[0]));
  });

  it('says what to log when nothing has been timed', () => {
    render(<TimeChart toFirstResponse={none} toOffer={none} inStage={[{ stage: 'applied', ...none }]} />);
    expect(screen.getByText(TIME_EMPTY)).toBeInTheDocument();
    expect(screen.queryByTestId('time-bar')).not.toBeInTheDocument();
  });
});
