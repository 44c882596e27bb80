import { GOAL_METRIC_LABELS, type GoalMetric } from '@offerpath/domain';

/** The weekly-activity field that counts each goal metric. */
export const METRIC_FIELDS = {
  applications: 'applications',
  recruiter_messages: 'recruiterMessages',
  referral_asks: 'referralAsks',
  events_attended: 'eventsAttended',
  coding_problems: 'codingProblems',
} as const satisfies Record<GoalMetric, string>;

export type ActivityField = (typeof METRIC_FIELDS)[GoalMetric];

export function metricLabel(metric: GoalMetric): string {
  return GOAL_METRIC_LABELS[metric];
}

/** '2026-03-02' → 'Mar 2' (a week's Monday, for axis labels). */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** 0.0375 → '3.8%'. */
export function percent(rate: number): string {
  const value = rate * 100;
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10}%`;
}
