import { GOAL_METRICS, type GoalMetric, type GoalTargets, progressFraction, weekMet, type WeeklyCounts } from '@offerpath/domain';
import type { GoalProgressDto, GoalTargetDto, GoalWeekDto } from './dto/goals.dto.js';
import type { GoalTargetRow } from './goals.repository.js';
import type { WeeklyActivityRow } from './weekly-activity.repository.js';

const FIELDS = {
  applications: 'applications',
  recruiter_messages: 'recruiterMessages',
  referral_asks: 'referralAsks',
  events_attended: 'eventsAttended',
  coding_problems: 'codingProblems',
} as const satisfies Record<GoalMetric, Exclude<keyof WeeklyActivityRow, 'weekStart'>>;

export function weeklyCounts(row: WeeklyActivityRow): WeeklyCounts {
  return Object.fromEntries(GOAL_METRICS.map((metric) => [metric, row[FIELDS[metric]]])) as WeeklyCounts;
}

/** Stored targets as a lookup; metrics without a row have none. */
export function targetsOf(rows: readonly GoalTargetRow[]): GoalTargets {
  return Object.fromEntries(rows.map((row) => [row.metric, row.target]));
}

/** Every metric in catalogue order, 0 where no target is stored. */
export function mapTargets(targets: GoalTargets): GoalTargetDto[] {
  return GOAL_METRICS.map((metric) => ({ metric, target: targets[metric] ?? 0 }));
}

export function mapWeek(row: WeeklyActivityRow, targets: GoalTargets): GoalWeekDto {
  return { ...row, met: weekMet(weeklyCounts(row), targets) };
}

export function mapProgress(row: WeeklyActivityRow, targets: GoalTargets): GoalProgressDto[] {
  const done = weeklyCounts(row);
  return GOAL_METRICS.map((metric) => {
    const target = targets[metric] ?? 0;
    return { metric, done: done[metric], target, fraction: progressFraction(done[metric], target) };
  });
}
