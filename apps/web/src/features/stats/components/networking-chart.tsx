import { formatRate, share } from '../lib/format';
import { ChartCard } from './chart-card';

export interface NetworkingNumbers {
  connectionRequests: number;
  connectionsAccepted: number;
  messagesSent: number;
  replies: number;
  referralAsks: number;
  referralsAgreed: number;
  referralsSubmitted: number;
  referralsInterviewing: number;
}

type Key = keyof NetworkingNumbers;

/** Each step, and the step its conversion is measured against. */
const GROUPS: readonly { title: string; steps: readonly { key: Key; label: string; from?: Key }[] }[] = [
  {
    title: 'Outreach',
    steps: [
      { key: 'connectionRequests', label: 'Connection requests' },
      { key: 'connectionsAccepted', label: 'Accepted', from: 'connectionRequests' },
      { key: 'messagesSent', label: 'Messages sent' },
      { key: 'replies', label: 'Replies', from: 'messagesSent' },
    ],
  },
  {
    title: 'Referrals',
    steps: [
      { key: 'referralAsks', label: 'Asked' },
      { key: 'referralsAgreed', label: 'Agreed', from: 'referralAsks' },
      { key: 'referralsSubmitted', label: 'Submitted', from: 'referralsAgreed' },
      { key: 'referralsInterviewing', label: 'Interviewing', from: 'referralsSubmitted' },
    ],
  },
];

const WIDTH = 380;
const LABEL_WIDTH = 140;
const VALUE_WIDTH = 90;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

export const NETWORKING_EMPTY = 'Log connection requests, messages and referral asks on your contacts to see your networking funnel.';

/** Outreach and referral steps as counts with the conversion from the step before. */
export function NetworkingChart({ numbers }: { numbers: NetworkingNumbers }) {
  const total = Object.values(numbers).reduce((sum, value) => sum + value, 0);
  return (
    <ChartCard
      title="Networking"
      testId="networking-chart"
      empty={total === 0 ? NETWORKING_EMPTY : null}
      summary="Your outreach and referral asks, and how many got to the next step."
      table={
        <table>
          <caption className="visually-hidden">Networking steps</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Count</th>
              <th scope="col">Conversion</th>
            </tr>
          </thead>
          <tbody>
            {GROUPS.flatMap((group) =>
              group.steps.map((step) => (
                <tr key={step.key}>
                  <th scope="row">
                    {group.title}: {step.label}
                  </th>
                  <td>{numbers[step.key]}</td>
                  <td>{step.from ? formatRate(share(numbers[step.key], numbers[step.from])) : ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    >
      {GROUPS.map((group) => {
        const max = Math.max(1, ...group.steps.map((step) => numbers[step.key]));
        return (
          <figure key={group.title} className="networking-group">
            <figcaption>{group.title}</figcaption>
            <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${group.steps.length * ROW_HEIGHT + 4}`} role="group" aria-label={group.title}>
              {group.steps.map((step, index) => {
                const value = numbers[step.key];
                const conversion = step.from ? share(value, numbers[step.from]) : null;
                const y = index * ROW_HEIGHT + 2;
                const description = `${step.label}: ${value}${step.from ? ` (${formatRate(conversion)} of the step before)` : ''}`;
                return (
                  <g
                    key={step.key}
                    className="chart-bar"
                    data-chart-item
                    role="img"
                    aria-label={description}
                    data-testid="networking-bar"
                    data-step={step.key}
                    data-value={value}
                  >
                    <title>{description}</title>
                    <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                      {step.label}
                    </text>
                    <rect x={LABEL_WIDTH} y={y} width={(value / max) * BAR_SPACE} height={BAR_HEIGHT} className="chart-fill" />
                    <text x={LABEL_WIDTH + BAR_SPACE + 6} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="central">
                      {value}
                      {step.from ? <tspan className="chart-n"> {formatRate(conversion)}</tspan> : null}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </ChartCard>
  );
}
