import { channelLabel, formatRate, SMALL_SAMPLE } from '../lib/format';
import { ChartCard } from './chart-card';

interface Rate {
  count: number;
  rate: number | null;
}

export interface RateRow {
  channel: string;
  applications: number;
  response: Rate;
  interview: Rate;
  offer: Rate;
  acceptance: Rate & { of: number };
}

const METRICS = [
  { key: 'response', label: 'Response rate', of: 'applications' },
  { key: 'interview', label: 'Interview rate', of: 'applications' },
  { key: 'offer', label: 'Offer rate', of: 'applications' },
  { key: 'acceptance', label: 'Acceptance rate', of: 'offers' },
] as const;

type MetricKey = (typeof METRICS)[number]['key'];

const WIDTH = 300;
const LABEL_WIDTH = 118;
const VALUE_WIDTH = 92;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

export const RATES_EMPTY = 'Log applications and record replies, interviews and offers to compare your channels.';

/** The denominator of a rate: applications, or offers for the acceptance rate. */
function denominator(row: RateRow, key: MetricKey): number {
  return key === 'acceptance' ? row.acceptance.of : row.applications;
}

function cell(row: RateRow, key: MetricKey): string {
  const rate = row[key];
  return `${formatRate(rate.rate)} (${rate.count}/${denominator(row, key)})`;
}

/** Response, interview, offer and acceptance rates with one bar per channel, side by side. */
export function RatesChart({ rows }: { rows: readonly RateRow[] }) {
  const shown = rows.filter((row) => row.applications > 0);
  return (
    <ChartCard
      title="Rates by channel"
      testId="rates-chart"
      className="chart-wide"
      empty={shown.length === 0 ? RATES_EMPTY : null}
      summary={`Out of each channel's applications: how many got a response, an interview and an offer; and how many offers you accepted. Rates from fewer than ${SMALL_SAMPLE} are flagged with their n.`}
      table={
        <table>
          <caption className="visually-hidden">Rates per channel</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Applications</th>
              {METRICS.map((metric) => (
                <th key={metric.key} scope="col">
                  {metric.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{channelLabel(row.channel)}</th>
                <td>{row.applications}</td>
                {METRICS.map((metric) => (
                  <td key={metric.key}>{cell(row, metric.key)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="rates-grid">
        {METRICS.map((metric) => (
          <figure key={metric.key} className="rates-metric">
            <figcaption>
              {metric.label} <span className="muted">of {metric.of}</span>
            </figcaption>
            <svg
              className="chart-svg"
                style={{ maxWidth: WIDTH }}
              viewBox={`0 0 ${WIDTH} ${shown.length * ROW_HEIGHT + 4}`}
              role="group"
              aria-label={metric.label}
            >
              {shown.map((row, index) => {
                const { rate, count } = row[metric.key];
                const n = denominator(row, metric.key);
                const small = n > 0 && n < SMALL_SAMPLE;
                const y = index * ROW_HEIGHT + 2;
                const label = channelLabel(row.channel);
                const description = `${label}, ${metric.label.toLowerCase()}: ${formatRate(rate)}, ${count} of ${n} ${metric.of}${small ? ' (small sample)' : ''}`;
                return (
                  <g
                    key={row.channel}
                    className="chart-bar"
                    data-chart-item
                    role="img"
                    aria-label={description}
                    data-testid="rate-bar"
                    data-metric={metric.key}
                    data-channel={row.channel}
                    data-small-sample={small ? 'true' : undefined}
                  >
                    <title>{description}</title>
                    <text x={LABEL_WIDTH - 6} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                      {label}
                    </text>
                    <rect x={LABEL_WIDTH} y={y} width={BAR_SPACE} height={BAR_HEIGHT} className="chart-track" />
                    <rect
                      x={LABEL_WIDTH}
                      y={y}
                      width={rate === null ? 0 : rate * BAR_SPACE}
                      height={BAR_HEIGHT}
                      className="chart-fill"
                      data-channel={row.channel}
                    />
                    <text x={LABEL_WIDTH + BAR_SPACE + 6} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="central">
                      {formatRate(rate)}
                      <tspan className={small ? 'chart-warning' : 'chart-n'}> n={n}</tspan>
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        ))}
      </div>
    </ChartCard>
  );
}
