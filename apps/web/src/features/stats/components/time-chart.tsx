import { formatDays, niceMax, SMALL_SAMPLE, stageLabel } from '../lib/format';
import { ChartCard } from './chart-card';

export interface Timing {
  median: number | null;
  p75: number | null;
  n: number;
}

interface TimeChartProps {
  toFirstResponse: Timing;
  toOffer: Timing;
  inStage: readonly (Timing & { stage: string })[];
}

const WIDTH = 520;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 150;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const AXIS_HEIGHT = 18;

export const TIME_EMPTY = 'Move applications through stages (and log when they were applied to) to see how long each step takes.';

/** Median days (bar) with the 75th percentile (whisker): to a first response, to an offer and in each stage. */
export function TimeChart({ toFirstResponse, toOffer, inStage }: TimeChartProps) {
  const rows = [
    { key: 'first-response', label: 'To first response', ...toFirstResponse },
    { key: 'offer', label: 'To offer', ...toOffer },
    ...inStage.map((entry) => ({ ...entry, key: `stage-${entry.stage}`, label: `In ${stageLabel(entry.stage)}` })),
  ];
  const measured = rows.filter((row) => row.n > 0 && row.median !== null);
  const max = niceMax(Math.max(0, ...measured.map((row) => row.p75 ?? row.median ?? 0)));
  const x = (days: number) => LABEL_WIDTH + (days / max) * BAR_SPACE;
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const ticks = [0, max / 2, max];

  return (
    <ChartCard
      title="Time in stage"
      testId="time-chart"
      empty={measured.length === 0 ? TIME_EMPTY : null}
      summary="Median days, with a whisker to the 75th percentile (three in four were at least this quick)."
      table={
        <table>
          <caption className="visually-hidden">Days per step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Median</th>
              <th scope="col">75th percentile</th>
              <th scope="col">n</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatDays(row.median)}</td>
                <td>{formatDays(row.p75)}</td>
                <td>{row.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label="Days per step">
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={rows.length * ROW_HEIGHT} className="chart-grid" />
            <text x={x(tick)} y={rows.length * ROW_HEIGHT + 12} className="chart-axis" textAnchor="middle">
              {formatDays(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
          const mid = y + BAR_HEIGHT / 2;
          const hasData = row.n > 0 && row.median !== null;
          const description = hasData
            ? `${row.label}: median ${formatDays(row.median)}, 75th percentile ${formatDays(row.p75)}, n=${row.n}`
            : `${row.label}: no data yet`;
          return (
            <g key={row.key} className="chart-bar" data-chart-item role="img" aria-label={description} data-testid="time-bar" data-key={row.key}>
              <title>{description}</title>
              <text x={LABEL_WIDTH - 8} y={mid} className="chart-label" textAnchor="end" dominantBaseline="central">
                {row.label}
              </text>
              {hasData ? (
                <>
                  <rect x={LABEL_WIDTH} y={y} width={Math.max(1, x(row.median ?? 0) - LABEL_WIDTH)} height={BAR_HEIGHT} className="chart-fill" />
                  {row.p75 !== null && row.p75 > (row.median ?? 0) ? (
                    <g className="chart-whisker" data-testid="whisker">
                      <line x1={x(row.median ?? 0)} x2={x(row.p75)} y1={mid} y2={mid} />
                      <line x1={x(row.p75)} x2={x(row.p75)} y1={y + 2} y2={y + BAR_HEIGHT - 2} />
                    </g>
                  ) : null}
                  <text x={LABEL_WIDTH + BAR_SPACE + 8} y={mid} className="chart-value" dominantBaseline="central">
                    {formatDays(row.median)}
                    <tspan className="chart-n"> p75 {formatDays(row.p75)}</tspan>
                    <tspan className={row.n < SMALL_SAMPLE ? 'chart-warning' : 'chart-n'}> n={row.n}</tspan>
                  </text>
                </>
              ) : (
                <text x={LABEL_WIDTH + 4} y={mid} className="chart-n" dominantBaseline="central">
                  no data yet
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </ChartCard>
  );
}
