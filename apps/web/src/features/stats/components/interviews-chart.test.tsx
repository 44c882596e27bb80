import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INTERVIEWS_EMPTY, InterviewsChart, type InterviewRow } from './interviews-chart';

const row = (roundKind: string, passed: number, failed: number, pending = 0): InterviewRow => ({
  roundKind,
  total: passed + failed + pending,
  passed,
  failed,
  pending,
  passRate: passed + failed > 0 ? passed / (passed + failed) : null,
});

describe('InterviewsChart', () => {
  it('shows the pass rate per round kind and names the weakest one with enough rounds', () => {
    render(<InterviewsChart rows={[row('coding', 4, 2), row('system_design', 1, 3, 1), row('behavioral', 0, 2), row('onsite', 0, 0, 2)]} />);
    const chart = screen.getByRole('region', { name: 'Interview pass rate' });
    const bars = within(chart).getAllByTestId('interview-bar');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Coding: 67% passed (4 of 6 decided, 0 pending)',
      'System design: 25% passed (1 of 4 decided, 1 pending)',
      'Behavioral: 0% passed (0 of 2 decided, 0 pending)',
      'Onsite: — passed (0 of 0 decided, 2 pending)',
    ]);
    // Behavioral is lower but has only two decided rounds: too few to call.
    expect(within(chart).getByTestId('practise-hint')).toHaveTextContent('Practise next: system design — you passed 1 of 4.');
    expect(bars[1]).toHaveAttribute('data-weakest', 'true');
    expect(bars[1]).toHaveTextContent('25% 1/4 +1 pending');
  });

  it('gives no hint while no round kind has enough decided rounds', () => {
    render(<InterviewsChart rows={[row('coding', 1, 1)]} />);
    expect(screen.queryByTestId('practise-hint')).not.toBeInTheDocument();
  });

  it('says what to log when there are no rounds', () => {
    render(<InterviewsChart rows={[row('coding', 0, 0)]} />);
    expect(screen.getByText(INTERVIEWS_EMPTY)).toBeInTheDocument();
  });
});
