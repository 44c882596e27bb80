import { GOAL_METRICS, type GoalMetric } from '@offerpath/domain';
import { useState } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import type { GoalsDto } from '../api/get-goals';
import { METRIC_FIELDS, metricLabel } from '../lib/metrics';
import { GoalTargetsForm } from './goal-targets-form';
import { ProgressBar } from './progress-bar';
import { WeekBars } from './week-bars';

const weeksLabel = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** This week's progress per goal, the streak, the last 12 weeks, and the targets form. */
export function WeeklyGoalsPanel({ goals }: { goals: GoalsDto }) {
  const [editing, setEditing] = useState(false);
  const withGoals = goals.currentWeek.progress.filter((p) => p.target > 0);
  const [chartMetric, setChartMetric] = useState<GoalMetric>(withGoals[0]?.metric ?? 'applications');
  const chartTarget = goals.targets.find((t) => t.metric === chartMetric)?.target ?? 0;

  return (
    <section className="panel" aria-labelledby="goals-title">
      <div className="panel-header">
        <h2 id="goals-title">This week</h2>
        <p className="streak" data-testid="streak">
          <strong>{weeksLabel(goals.streak.current)}</strong> streak · best {weeksLabel(goals.streak.best)}
        </p>
      </div>
      {editing ? (
        <GoalTargetsForm targets={goals.targets} onDone={() => setEditing(false)} />
      ) : (
        <>
          {withGoals.length === 0 ? (
            <p className="empty-note">No weekly goals yet. Set targets for applications, recruiter messages, referral asks, events or coding problems, or let the planner suggest them.</p>
          ) : (
            <ul className="goal-progress-list">
              {withGoals.map((p) => (
                <li key={p.metric}>
                  <div className="goal-progress-label">
                    <span>{metricLabel(p.metric)}</span>
                    <span>
                      {p.done} / {p.target}
                    </span>
                  </div>
                  <ProgressBar label={metricLabel(p.metric)} value={p.done} max={p.target} valueText={`${p.done} of ${p.target}`} />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {withGoals.length === 0 ? 'Set targets' : 'Edit targets'}
          </button>
        </>
      )}
      <div className="goal-chart">
        <SelectField label="Last 12 weeks" value={chartMetric} options={GOAL_METRICS} optionLabel={metricLabel} onChange={setChartMetric} />
        <WeekBars
          title={`${metricLabel(chartMetric)} per week`}
          unit={metricLabel(chartMetric)}
          target={chartTarget > 0 ? chartTarget : null}
          weeks={goals.weeks.map((week) => ({ weekStart: week.weekStart, value: week[METRIC_FIELDS[chartMetric]], met: week.met }))}
        />
      </div>
    </section>
  );
}
