import { addDays } from './dates.js';
import { GOAL_METRICS, type GoalMetric } from './goals.js';

/** What the user did in one week, per goal metric. */
export type WeeklyCounts = Record<GoalMetric, number>;
/** Weekly targets; a metric without a target (or with 0) has no goal. */
export type GoalTargets = Partial<Record<GoalMetric, number>>;

/** The Monday that starts the ISO week of `date` ('YYYY-MM-DD'). */
export function isoWeekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

/** How far `done` is toward `target`, 0..1; null when there is no goal (target 0). */
export function progressFraction(done: number, target: number): number | null {
  if (target <= 0) return null;
  return Math.min(1, Math.max(0, done) / target);
}

/**
 * Whether a week met its goals: every metric with a target above 0 reached it. Null when no
 * metric has a target (such a week neither builds nor breaks a streak's count: it is not met).
 */
export function weekMet(done: WeeklyCounts, targets: GoalTargets): boolean | null {
  const goals = GOAL_METRICS.filter((metric) => (targets[metric] ?? 0) > 0);
  if (goals.length === 0) return null;
  return goals.every((metric) => done[metric] >= (targets[metric] ?? 0));
}

export interface StreakWeek {
  weekStart: string;
  met: boolean | null;
}

export interface Streaks {
  /** Consecutive met weeks ending with the current week (or the one before, while the current is unfinished). */
  current: number;
  /** The longest run of met weeks in the weeks given. */
  best: number;
}

/**
 * Streaks over consecutive weeks, oldest first. The current week counts once met; while it is
 * not (yet) met it does not break the streak. Weeks after `currentWeekStart` are ignored.
 */
export function goalStreaks(weeks: readonly StreakWeek[], currentWeekStart: string): Streaks {
  const past = weeks.filter((week) => week.weekStart <= currentWeekStart);
  let best = 0;
  let run = 0;
  for (const week of past) {
    run = week.met === true ? run + 1 : 0;
    best = Math.max(best, run);
  }
  let current = 0;
  for (let i = past.length - 1; i >= 0; i--) {
    const week = past[i];
    if (week.met === true) current++;
    else if (week.weekStart === currentWeekStart) continue;
    else break;
  }
  return { current, best };
}

/** The weekly actions the planner sets targets for, each one way of reaching onsites. */
export const PLANNER_METRICS = ['applications', 'recruiter_messages', 'referral_asks'] as const satisfies readonly GoalMetric[];
export type PlannerMetric = (typeof PLANNER_METRICS)[number];

/** The conversion steps behind each planner metric. */
export const PLAN_STEPS = [
  'portal_application_to_onsite',
  'recruiter_message_to_reply',
  'recruiter_application_to_onsite',
  'referral_ask_to_submitted',
  'referral_application_to_onsite',
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const PLAN_STEP_LABELS: Record<PlanStep, string> = {
  portal_application_to_onsite: 'Portal application → onsite',
  recruiter_message_to_reply: 'Recruiter messaged → replied',
  recruiter_application_to_onsite: 'Recruiter-sourced application → onsite',
  referral_ask_to_submitted: 'Referral asked → submitted',
  referral_application_to_onsite: 'Referral application → onsite',
};

/** Typical rates for someone with too little history of their own. */
export const PLAN_STEP_DEFAULTS: Record<PlanStep, number> = {
  portal_application_to_onsite: 0.03,
  recruiter_message_to_reply: 0.25,
  recruiter_application_to_onsite: 0.15,
  referral_ask_to_submitted: 0.5,
  referral_application_to_onsite: 0.2,
};

const METRIC_STEPS: Record<PlannerMetric, readonly PlanStep[]> = {
  applications: ['portal_application_to_onsite'],
  recruiter_messages: ['recruiter_message_to_reply', 'recruiter_application_to_onsite'],
  referral_asks: ['referral_ask_to_submitted', 'referral_application_to_onsite'],
};

/** Fewer tries than this and a step uses its default rate. */
export const PLAN_MIN_SAMPLE = 10;

export type PlanBasis = 'own data' | 'defaults';

/** The user's history for one step: how many tries, how many got through. */
export interface StepSample {
  trials: number;
  successes: number;
}

export type PlannerHistory = Record<PlanStep, StepSample>;

export interface PlannedStep extends StepSample {
  step: PlanStep;
  rate: number;
  basis: PlanBasis;
}

export interface PlannedMetric {
  metric: PlannerMetric;
  /** The onsites this action is planned to bring (an equal share of the goal). */
  onsites: number;
  /** Onsites per action: the product of its steps' rates. */
  rate: number;
  /** Actions per week, rounded up. */
  weeklyTarget: number;
  basis: PlanBasis;
  steps: PlannedStep[];
}

export interface GoalPlan {
  onsites: number;
  weeks: number;
  /** 'own data' only when every step's rate came from the user's history. */
  basis: PlanBasis;
  targets: Array<{ metric: PlannerMetric; target: number }>;
  metrics: PlannedMetric[];
}

/** The most a weekly goal may be (weekly_goals.target). */
const MAX_WEEKLY_TARGET = 1000;

/**
 * A step's rate: the user's own once they tried at least PLAN_MIN_SAMPLE times, else the default.
 * No success in enough tries plans with half a success (an estimate below one in `trials`).
 */
export function stepRate(step: PlanStep, sample: StepSample): PlannedStep {
  const trials = Math.max(0, Math.floor(sample.trials));
  const successes = Math.min(trials, Math.max(0, Math.floor(sample.successes)));
  if (trials < PLAN_MIN_SAMPLE) return { step, trials, successes, rate: PLAN_STEP_DEFAULTS[step], basis: 'defaults' };
  return { step, trials, successes, rate: Math.max(successes, 0.5) / trials, basis: 'own data' };
}

/**
 * Weekly targets to reach `onsites` onsites in `weeks` weeks: each planner metric brings an
 * equal share of the onsites at its conversion rate, spread evenly over the weeks, rounded up.
 */
export function planWeeklyTargets(onsites: number, weeks: number, history: PlannerHistory): GoalPlan {
  if (!(onsites > 0) || !Number.isInteger(weeks) || weeks < 1) throw new RangeError(`planWeeklyTargets: expected onsites > 0 and whole weeks ≥ 1, got ${onsites}, ${weeks}`);
  const share = onsites / PLANNER_METRICS.length;
  const metrics = PLANNER_METRICS.map((metric): PlannedMetric => {
    const steps = METRIC_STEPS[metric].map((step) => stepRate(step, history[step]));
    const rate = steps.reduce((product, step) => product * step.rate, 1);
    // The epsilon keeps float noise (1 / 0.1 = 10.000000000000002) from rounding a whole number up.
    const weeklyTarget = Math.min(MAX_WEEKLY_TARGET, Math.ceil(share / (rate * weeks) - 1e-9));
    const basis: PlanBasis = steps.every((step) => step.basis === 'own data') ? 'own data' : 'defaults';
    return { metric, onsites: share, rate, weeklyTarget, basis, steps };
  });
  return {
    onsites,
    weeks,
    basis: metrics.every((m) => m.basis === 'own data') ? 'own data' : 'defaults',
    targets: metrics.map((m) => ({ metric: m.metric, target: m.weeklyTarget })),
    metrics,
  };
}
