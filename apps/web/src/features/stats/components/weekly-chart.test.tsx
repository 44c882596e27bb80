import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WEEKLY_EMPTY, WeeklyChart, type WeekActivity } from './weekly-chart';

const week = (weekStart: string, applications: number, codingProblems = 0): WeekActivity => ({
  weekStart,
  applications,
  recruiterMessages: 0,
  referralAsks: 0,
  eventsAttended: 0,
  codingProblems,
});

const weeks = [week('2025-03-03', 4, 2), week('2025-03-10', 12, 0), week('2025-03-17', 7, 5)];

describe('WeeklyChart', () => {
  it('draws a bar per week for each activity with the goal as a line', () => {
    render(<WeeklyChart weeks={weeks} targets={[{ metric: 'applications', target: 10 }]} />);
    const chart = screen.getByRole('region', { name: 'Weekly activity' });
    const applications = within(chart).getByRole('group', { name: 'Applications per week' });
    const bars = within(applications).getAllByTestId('weekly-bar');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Week of (3 Mar|Mar 3): 4 applications \(goal 10\)$/),
      expect.stringMatching(/^Week of (10 Mar|Mar 10): 12 applications \(goal 10\)$/),
      expect.stringMatching(/^Week of (17 Mar|Mar 17): 7 applications \(goal 10\)$/),
    ]);
    // Only the week that reached the goal is marked as met.
    expect(bars.map((bar) => bar.querySelector('rect')?.classList.contains('chart-fill-met'))).toEqual([false, true, false]);
    const rect = (index: number) => bars[index].querySelector('rect') as SVGRectElement;
    const height = (index: number) => Number(rect(index).getAttribute('height'));
    expect(height(1) / height(0)).toBeCloseTo(12 / 4, 5);
    // The goal line crosses the 12 bar at 10/12 of its height.
    const base = Number(rect(1).getAttribute('y')) + height(1);
    const goal = within(applications).getByTestId('goal-line');
    expect(Number(goal.getAttribute('y1'))).toBeCloseTo(base - (height(1) * 10) / 12, 5);
    expect(screen.getByText(/goal 10\/week/)).toBeInTheDocument();

    const coding = within(chart).getByRole('group', { name: 'Coding problems solved per week' });
    expect(within(coding).queryByTestId('goal-line')).not.toBeInTheDocument();
    expect(within(coding).getAllByTestId('weekly-bar').map((bar) => bar.getAttribute('data-value'))).toEqual(['2', '0', '5']);
  });

  it('suggests setting goals when there are none', () => {
    render(<WeeklyChart weeks={weeks} targets={null} />);
    expect(screen.getByText(/Set weekly goals to see a target line/)).toBeInTheDocument();
    expect(screen.queryByTestId('goal-line')).not.toBeInTheDocument();
  });

  it('says what to log when every week is empty', () => {
    render(<WeeklyChart weeks={[week('2025-03-03', 0)]} targets={[{ metric: 'applications', target: 10 }]} />);
    expect(screen.getByText(WEEKLY_EMPTY)).toBeInTheDocument();
    expect(screen.queryByTestId('weekly-bar')).not.toBeInTheDocument();
  });
});
