/** Weekly activity the user sets targets for. */
export const GOAL_METRICS = ['applications', 'recruiter_messages', 'referral_asks', 'events_attended', 'coding_problems'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export const GOAL_METRIC_LABELS: Record<GoalMetric, string> = {
  applications: 'Applications',
  recruiter_messages: 'Recruiter messages',
  referral_asks: 'Referral asks',
  events_attended: 'Events attended',
  coding_problems: 'Coding problems solved',
};

export const PROBLEM_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type ProblemDifficulty = (typeof PROBLEM_DIFFICULTIES)[number];
