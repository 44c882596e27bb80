import { GOAL_METRIC_LABELS, type GoalMetric } from '@offerpath/domain';
import { formatWeek, niceMax } from '../lib/format';
import { ChartCard } from './chart-card';

export interface WeekActivity {
  weekStart: string;
  applications: number;
  recruiterMessages: number;
  referralAsks: number;
  eventsAttended: number;
  codingProblems: number;
}

export interface GoalTarget {
  metric: string;
  target: number;
}

interface WeeklyChartProps {
  weeks: readonly WeekActivity[];
  /** Weekly targets; null while there is no goals API or the user set none. */
  targets: readonly GoalTarget[] | null;
}

const SERIES = [
  { metric: 'applications', field: 'applications' },
  { metric: 'recruiter_messages', field: 'recruiterMessages' },
  { metric: 'referral_asks', field: 'referralAsks' },
  { metric: 'events_attended', field: 'eventsAttended' },
  { metric: 'coding_problems', field: 'codingProblems' },
] as const satisfies readonly { metric: GoalMetric; field: keyof WeekActivity }[];

const WIDTH = 300;
const HEIGHT = 130;
const LEFT = 28;
const TOP = 10;
const BOTTOM = 20;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const PLOT_WIDTH = WIDTH - LEFT - 6;

export const WEEKLY_EMPTY = 'Log applications, recruiter messages, referral asks, events and coding practice to see your weekly activity.';

/** Each weekly activity as bars per week, against its weekly goal when one is set. */
export function WeeklyChart({ weeks, targets }: WeeklyChartProps) {
  const total = weeks.reduce((sum, week) => sum + SERIES.reduce((inner, series) => inner + week[series.field], 0), 0);
  const targetOf = (metric: GoalMetric) => targets?.find((entry) => entry.metric === metric && entry.target > 0)?.target ?? null;
  const anyTarget = SERIES.some((series) => targetOf(series.metric) !== null);

  return (
    <ChartCard
      title="Weekly activity"
      testId="weekly-chart"
      className="chart-wide"
      empty={weeks.length === 0 || total === 0 ? WEEKLY_EMPTY : null}
      summary={
        anyTarget
          ? 'What you did each week; the dashed line is your weekly goal and bars that reach it are green.'
          : 'What you did each week. Set weekly goals to see a target line here.'
      }
      table={
        <table>
          <caption className="visually-hidden">Activity per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {SERIES.map((series) => (
                <th key={series.metric} scope="col">
                  {GOAL_METRIC_LABELS[series.metric]}
                  {targetOf(series.metric) !== null ? ` (goal ${targetOf(series.metric)})` : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatWeek(week.weekStart)}</th>
                {SERIES.map((series) => (
                  <td key={series.metric}>{week[series.field]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="weekly-grid">
        {SERIES.map((series) => {
          const label = GOAL_METRIC_LABELS[series.metric];
          const target = targetOf(series.metric);
          const max = niceMax(Math.max(target ?? 0, ...weeks.map((week) => week[series.field])));
          const y = (value: number) => TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;
          const slot = PLOT_WIDTH / Math.max(1, weeks.length);
          const barWidth = Math.max(2, slot * 0.7);
          const latest = weeks.at(-1);
          return (
            <figure key={series.metric} className="weekly-metric" data-metric={series.metric}>
              <figcaption>
                {label}
                {target !== null ? <span className="muted"> · goal {target}/week</span> : null}
                {latest ? (
                  <span className="muted">
                    {' '}
                    · this week {latest[series.field]}
                  </span>
                ) : null}
              </figcaption>
              <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`${label} per week`}>
                <g aria-hidden="true">
                  <line x1={LEFT} x2={WIDTH - 6} y1={y(0)} y2={y(0)} className="chart-baseline" />
                  <text x={LEFT - 4} y={y(max)} className="chart-axis" textAnchor="end" dominantBaseline="central">
                    {max}
                  </text>
                  <text x={LEFT - 4} y={y(0)} className="chart-axis" textAnchor="end" dominantBaseline="central">
                    0
                  </text>
                  {weeks.length > 0 ? (
                    <>
                      <text x={LEFT} y={HEIGHT - 4} className="chart-axis">
                        {formatWeek(weeks[0].weekStart)}
                      </text>
                      {weeks.length > 1 ? (
                        <text x={WIDTH - 6} y={HEIGHT - 4} className="chart-axis" textAnchor="end">
                          {formatWeek(weeks[weeks.length - 1].weekStart)}
                        </text>
                      ) : null}
                    </>
                  ) : null}
                </g>
                {weeks.map((week, index) => {
                  const value = week[series.field];
                  const met = target !== null && value >= target;
                  const description = `Week of ${formatWeek(week.weekStart)}: ${value} ${label.toLowerCase()}${target !== null ? ` (goal ${target})` : ''}`;
                  return (
                    <g
                      key={week.weekStart}
                      className="chart-bar"
                      data-chart-item
                      role="img"
                      aria-label={description}
                      data-testid="weekly-bar"
                      data-week={week.weekStart}
                      data-value={value}
                    >
                      <title>{description}</title>
                      <rect
                        x={LEFT + index * slot + (slot - barWidth) / 2}
                        y={y(value)}
                        width={barWidth}
                        height={y(0) - y(value)}
                        className={met ? 'chart-fill chart-fill-met' : 'chart-fill'}
                      />
                    </g>
                  );
                })}
                {target !== null ? (
                  <line
                    x1={LEFT}
                    x2={WIDTH - 6}
                    y1={y(target)}
                    y2={y(target)}
                    className="chart-target"
                    data-testid="goal-line"
                    aria-hidden="true"
                  />
                ) : null}
              </svg>
            </figure>
          );
        })}
      </div>
    </ChartCard>
  );
}
