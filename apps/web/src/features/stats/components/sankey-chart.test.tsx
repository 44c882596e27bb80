import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SANKEY_EMPTY, SankeyChart } from './sankey-chart';

const flows = [
  { source: 'Referral', target: 'Applied', value: 5 },
  { source: 'Portal', target: 'Applied', value: 12 },
  { source: 'Applied', target: 'Recruiter screen', value: 7 },
  { source: 'Applied', target: 'Rejected', value: 6 },
  { source: 'Applied', target: 'Ghosted', value: 4 },
  { source: 'Recruiter screen', target: 'Offer', value: 2 },
];

describe('SankeyChart', () => {
  it('draws a ribbon per flow and a node per step, with their values', () => {
    render(<SankeyChart flows={flows} />);
    const chart = screen.getByRole('region', { name: 'Where applications go' });
    const links = within(chart).getAllByTestId('sankey-link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining(['Referral → Applied: 5', 'Portal → Applied: 12', 'Applied → Recruiter screen: 7', 'Recruiter screen → Offer: 2']),
    );
    expect(links).toHaveLength(6);
    expect(links.map((link) => link.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1']);
    for (const link of links) {
      expect(link.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+C/);
      expect(Number(link.getAttribute('stroke-width'))).toBeGreaterThan(0);
    }
    // The wider flow draws the wider ribbon.
    const width = (name: string) => Number(links.find((link) => link.getAttribute('aria-label') === name)?.getAttribute('stroke-width'));
    expect(width('Portal → Applied: 12')).toBeGreaterThan(width('Referral → Applied: 5'));
    const nodes = within(chart).getAllByTestId('sankey-node');
    expect(nodes.map((node) => node.getAttribute('data-name')).sort()).toEqual(
      ['Applied', 'Ghosted', 'Offer', 'Portal', 'Recruiter screen', 'Referral', 'Rejected'].sort(),
    );
    expect(nodes.find((node) => node.getAttribute('data-name') === 'Applied')).toHaveTextContent('Applied 17');
  });

  it('shows the numbers as a table too', () => {
    render(<SankeyChart flows={flows} />);
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getByRole('row', { name: 'Portal Applied 12', hidden: true })).toBeInTheDocument();
  });

  it('shows the export actions only when there is something to export', () => {
    const { rerender } = render(<SankeyChart flows={flows} actions={<button type="button">Copy</button>} />);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    rerender(<SankeyChart flows={[]} actions={<button type="button">Copy</button>} />);
    expect(screen.queryByRole('button', { name: 'Copy' })).not.toBeInTheDocument();
  });

  it('says what to log when there are no flows, or only empty ones', () => {
    render(<SankeyChart flows={[{ source: 'Portal', target: 'Applied', value: 0 }]} />);
    expect(screen.getByText(SANKEY_EMPTY)).toBeInTheDocument();
    expect(screen.queryByTestId('sankey-svg')).not.toBeInTheDocument();
  });

  it('falls back to the table when the flows loop', () => {
    render(
      <SankeyChart
        flows={[
          { source: 'A', target: 'B', value: 1 },
          { source: 'B', target: 'A', value: 1 },
        ]}
      />,
    );
    expect(screen.getByText(/loop back on themselves/)).toBeInTheDocument();
    expect(screen.queryByTestId('sankey-svg')).not.toBeInTheDocument();
  });
});
