import { GOAL_METRICS, SYSTEM_DESIGN_TOPICS } from '@offerpath/domain';
import type { GoalPlanDto } from '../api/get-goal-plan';
import type { GoalsDto, GoalWeekDto } from '../api/get-goals';
import type { PrepDto } from '../api/get-prep';

const mondays = (last: string) => Array.from({ length: 12 }, (_, i) => new Date(Date.parse(`${last}T00:00:00Z`) - (11 - i) * 7 * 86_400_000).toISOString().slice(0, 10));

export function makeGoals(targets: Partial<Record<(typeof GOAL_METRICS)[number], number>> = {}, overrides: Partial<GoalsDto> = {}): GoalsDto {
  const weeks: GoalWeekDto[] = mondays('2026-03-02').map((weekStart) => ({
    weekStart, applications: 0, recruiterMessages: 0, referralAsks: 0, eventsAttended: 0, codingProblems: 0, met: Object.keys(targets).length ? false : null,
  }));
  return {
    targets: GOAL_METRICS.map((metric) => ({ metric, target: targets[metric] ?? 0 })),
    currentWeek: {
      weekStart: '2026-03-02',
      progress: GOAL_METRICS.map((metric) => ({ metric, done: 0, target: targets[metric] ?? 0, fraction: targets[metric] ? 0 : null })),
    },
    weeks,
    streak: { current: 0, best: 0 },
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export function makePrep(overrides: Partial<PrepDto> = {}): PrepDto {
  return {
    target: 50,
    preset: 'standard',
    solvedTotal: 0,
    today: '2026-03-04',
    perWeek: mondays('2026-03-02').map((weekStart) => ({ weekStart, solved: 0 })),
    recent: [],
    topics: SYSTEM_DESIGN_TOPICS.map(({ key, label, group }) => ({ key, label, group, covered: false, coveredOn: null, notes: null })),
    upcomingInterviews: [],
    ...overrides,
  };
}

export function makePlan(overrides: Partial<GoalPlanDto> = {}): GoalPlanDto {
  const step = (s: GoalPlanDto['metrics'][number]['steps'][number]['step'], rate: number) => ({ step: s, trials: 0, successes: 0, rate, basis: 'defaults' as const });
  return {
    onsites: 3,
    weeks: 4,
    basis: 'defaults',
    targets: [
      { metric: 'applications', target: 9 },
      { metric: 'recruiter_messages', target: 7 },
      { metric: 'referral_asks', target: 3 },
    ],
    metrics: [
      { metric: 'applications', onsites: 1, rate: 0.03, weeklyTarget: 9, basis: 'defaults', steps: [step('portal_application_to_onsite', 0.03)] },
      { metric: 'recruiter_messages', onsites: 1, rate: 0.0375, weeklyTarget: 7, basis: 'defaults', steps: [step('recruiter_message_to_reply', 0.25), step('recruiter_application_to_onsite', 0.15)] },
      { metric: 'referral_asks', onsites: 1, rate: 0.1, weeklyTarget: 3, basis: 'defaults', steps: [step('referral_ask_to_submitted', 0.5), step('referral_application_to_onsite', 0.2)] },
    ],
    history: { channels: [], recruitersMessaged: 0, recruitersReplied: 0, referralsAsked: 0, referralsSubmitted: 0 },
    ...overrides,
  };
}
