import { useId, useRef, type ReactNode } from 'react';
import { moveChartFocus, useRovingFocus } from '../lib/chart-focus';

interface ChartCardProps {
  title: string;
  /** One or two sentences that say what the chart shows, for everyone (and for screen readers first). */
  summary?: ReactNode;
  /** When set, the chart is replaced by this: what to log to see more. */
  empty?: string | null;
  /** The numbers behind the chart as a table, behind a "Show the numbers" toggle. */
  table?: ReactNode;
  actions?: ReactNode;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/** A titled chart with its text summary, its data table and its empty state. */
export function ChartCard({ title, summary, empty, table, actions, className, testId, children }: ChartCardProps) {
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  useRovingFocus(body);
  return (
    <section
      className={['chart-card', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid={testId}
      data-empty={empty ? 'true' : undefined}
    >
      <div className="chart-card-header">
        <h2 id={titleId}>{title}</h2>
        {actions}
      </div>
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          {summary ? (
            <p className="chart-summary">
              {summary} <span className="visually-hidden">Tab to the chart, then use the arrow keys to go from bar to bar.</span>
            </p>
          ) : null}
          <div className="chart-body" ref={body} onKeyDown={moveChartFocus}>
            {children}
          </div>
          {table ? (
            <details className="chart-table">
              <summary>Show the numbers</summary>
              {table}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
