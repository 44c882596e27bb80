import { formatRate, roundKindLabel } from '../lib/format';
import { ChartCard } from './chart-card';

export interface InterviewRow {
  roundKind: string;
  total: number;
  passed: number;
  failed: number;
  pending: number;
  passRate: number | null;
}

const WIDTH = 420;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 120;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** A round kind needs this many decided rounds before it is named as the weakest. */
export const MIN_DECIDED_FOR_HINT = 3;

export const INTERVIEWS_EMPTY = 'Log interview rounds and their outcomes (passed or failed) to see pass rates.';

/** The round kind with the lowest pass rate among those with enough decided rounds, if any. */
export function weakestRound(rows: readonly InterviewRow[]): InterviewRow | null {
  let weakest: InterviewRow | null = null;
  for (const row of rows) {
    if (row.passRate === null || row.passed + row.failed < MIN_DECIDED_FOR_HINT) continue;
    if (weakest === null || row.passRate < (weakest.passRate ?? 1)) weakest = row;
  }
  return weakest;
}

/** Pass rate per interview round kind, with a hint about what to practise next. */
export function InterviewsChart({ rows }: { rows: readonly InterviewRow[] }) {
  const shown = rows.filter((row) => row.total > 0);
  const weakest = weakestRound(shown);
  return (
    <ChartCard
      title="Interview pass rate"
      testId="interviews-chart"
      empty={shown.length === 0 ? INTERVIEWS_EMPTY : null}
      summary="Share of decided rounds you passed, per kind of round; pending rounds are not counted."
      table={
        <table>
          <caption className="visually-hidden">Interview rounds by kind</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Passed</th>
              <th scope="col">Failed</th>
              <th scope="col">Pending</th>
              <th scope="col">Pass rate</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.roundKind}>
                <th scope="row">{roundKindLabel(row.roundKind)}</th>
                <td>{row.passed}</td>
                <td>{row.failed}</td>
                <td>{row.pending}</td>
                <td>{formatRate(row.passRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {weakest ? (
        <p className="chart-hint" data-testid="practise-hint">
          Practise next: <strong>{roundKindLabel(weakest.roundKind).toLowerCase()}</strong> — you passed {weakest.passed} of{' '}
          {weakest.passed + weakest.failed}.
        </p>
      ) : null}
      <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${shown.length * ROW_HEIGHT + 4}`} role="group" aria-label="Pass rate per round">
        {shown.map((row, index) => {
          const y = index * ROW_HEIGHT + 2;
          const decided = row.passed + row.failed;
          const label = roundKindLabel(row.roundKind);
          const description = `${label}: ${formatRate(row.passRate)} passed (${row.passed} of ${decided} decided, ${row.pending} pending)`;
          return (
            <g
              key={row.roundKind}
              className="chart-bar"
              data-chart-item
              role="img"
              aria-label={description}
              data-testid="interview-bar"
              data-round={row.roundKind}
              data-weakest={weakest?.roundKind === row.roundKind ? 'true' : undefined}
            >
              <title>{description}</title>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                {label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_SPACE} height={BAR_HEIGHT} className="chart-track" />
              <rect x={LABEL_WIDTH} y={y} width={(row.passRate ?? 0) * BAR_SPACE} height={BAR_HEIGHT} className="chart-fill" />
              <text x={LABEL_WIDTH + BAR_SPACE + 6} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="central">
                {formatRate(row.passRate)}
                <tspan className="chart-n">
                  {' '}
                  {row.passed}/{decided}
                  {row.pending > 0 ? ` +${row.pending} pending` : ''}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </ChartCard>
  );
}
