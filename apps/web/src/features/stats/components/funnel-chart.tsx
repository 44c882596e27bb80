import { channelLabel, formatRate, share, stageLabel } from '../lib/format';
import { ChartCard } from './chart-card';

export interface FunnelRow {
  channel: string;
  applications: number;
  counts: readonly { stage: string; count: number }[];
}

interface FunnelChartProps {
  stages: readonly string[];
  rows: readonly FunnelRow[];
}

const WIDTH = 360;
const LABEL_WIDTH = 128;
const VALUE_WIDTH = 64;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

export const FUNNEL_EMPTY = 'Log applications and move them through stages to see your funnel.';

const countAt = (row: FunnelRow, stage: string) => row.counts.find((entry) => entry.stage === stage)?.count ?? 0;

/** One small funnel per channel: how many applications reached each stage. */
export function FunnelChart({ stages, rows }: FunnelChartProps) {
  const shown = rows.filter((row) => row.applications > 0);
  const empty = shown.length === 0 || stages.length === 0;
  const height = stages.length * ROW_HEIGHT + 4;

  return (
    <ChartCard
      title="Funnel by channel"
      testId="funnel-chart"
      className="chart-wide"
      empty={empty ? FUNNEL_EMPTY : null}
      summary="How many applications from each channel reached each stage. Bars are relative to that channel's applications."
      table={
        <table>
          <caption className="visually-hidden">Applications reaching each stage, per channel</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Applications</th>
              {stages.map((stage) => (
                <th key={stage} scope="col">
                  {stageLabel(stage)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{channelLabel(row.channel)}</th>
                <td>{row.applications}</td>
                {stages.map((stage) => (
                  <td key={stage}>{countAt(row, stage)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="funnel-grid">
        {shown.map((row) => {
          const label = channelLabel(row.channel);
          return (
            <figure key={row.channel} className="funnel-channel" data-channel={row.channel}>
              <figcaption>
                <span className="chip-dot" aria-hidden="true" /> {label}{' '}
                <span className="muted">· {row.applications} applications</span>
              </figcaption>
              <svg
                className="chart-svg"
                style={{ maxWidth: WIDTH }}
                viewBox={`0 0 ${WIDTH} ${height}`}
                role="group"
                aria-label={`Funnel for ${label}`}
                data-testid="funnel-svg"
              >
                {stages.map((stage, index) => {
                  const count = countAt(row, stage);
                  const rate = share(count, row.applications);
                  const width = rate === null ? 0 : Math.max(count > 0 ? 2 : 0, rate * BAR_SPACE);
                  const y = index * ROW_HEIGHT + 2;
                  const description = `${label}, ${stageLabel(stage)}: ${count} of ${row.applications} applications (${formatRate(rate)})`;
                  return (
                    <g
                      key={stage}
                      className="chart-bar"
                      data-chart-item
                      role="img"
                      aria-label={description}
                      data-testid="funnel-bar"
                      data-channel={row.channel}
                      data-stage={stage}
                      data-count={count}
                    >
                      <title>{description}</title>
                      <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                        {stageLabel(stage)}
                      </text>
                      <rect x={LABEL_WIDTH} y={y} width={BAR_SPACE} height={BAR_HEIGHT} className="chart-track" />
                      <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="chart-fill" />
                      <text x={LABEL_WIDTH + BAR_SPACE + 6} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="central">
                        {count}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </figure>
          );
        })}
      </div>
    </ChartCard>
  );
}
