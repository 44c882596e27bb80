import {
  type GoalTargets, goalStreaks, isoWeekStart, PLAN_STEPS, type PlannerHistory, planWeeklyTargets, progressFraction, stepRate, type StreakWeek, weekMet, type WeeklyCounts,
} from './goals-planner.js';

const counts = (partial: Partial<WeeklyCounts> = {}): WeeklyCounts => ({
  applications: 0, recruiter_messages: 0, referral_asks: 0, events_attended: 0, coding_problems: 0, ...partial,
});

const noHistory = (): PlannerHistory => Object.fromEntries(PLAN_STEPS.map((step) => [step, { trials: 0, successes: 0 }])) as PlannerHistory;

describe('isoWeekStart', () => {
  it('is the Monday of the week, Monday itself included and Sunday the last day', () => {
    expect(isoWeekStart('2026-03-02')).toBe('2026-03-02'); // Monday
    expect(isoWeekStart('2026-03-04')).toBe('2026-03-02');
    expect(isoWeekStart('2026-03-08')).toBe('2026-03-02'); // Sunday
    expect(isoWeekStart('2026-03-09')).toBe('2026-03-09');
    expect(isoWeekStart('2026-01-01')).toBe('2025-12-29'); // across the year
  });
});

describe('progressFraction', () => {
  it('is done over target, capped at 1, and null without a goal', () => {
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(15, 12)).toBe(1);
    expect(progressFraction(0, 5)).toBe(0);
    expect(progressFraction(4, 0)).toBeNull();
  });
});

describe('weekMet', () => {
  const targets: GoalTargets = { applications: 10, referral_asks: 2, events_attended: 0 };

  it('needs every metric with a target to reach it, ignoring metrics without one', () => {
    expect(weekMet(counts({ applications: 10, referral_asks: 2 }), targets)).toBe(true);
    expect(weekMet(counts({ applications: 12, referral_asks: 5, coding_problems: 0 }), targets)).toBe(true);
    expect(weekMet(counts({ applications: 9, referral_asks: 5 }), targets)).toBe(false);
    expect(weekMet(counts({ applications: 10, referral_asks: 1 }), targets)).toBe(false);
  });

  it('is null when no metric has a target', () => {
    expect(weekMet(counts({ applications: 50 }), {})).toBeNull();
    expect(weekMet(counts({ applications: 50 }), { applications: 0 })).toBeNull();
  });
});

describe('goalStreaks', () => {
  const weeks = (...met: Array<boolean | null>): StreakWeek[] => met.map((m, i) => ({ weekStart: `2026-01-${String(5 + 7 * i).padStart(2, '0')}`, met: m }));
  const last = (w: StreakWeek[]) => w[w.length - 1].weekStart;

  it('counts met weeks back from the current week, which counts once met', () => {
    const w = weeks(true, false, true, true, true);
    expect(goalStreaks(w, last(w))).toEqual({ current: 3, best: 3 });
  });

  it('does not let the unfinished current week break the streak', () => {
    const w = weeks(true, true, false, true, true, false);
    expect(goalStreaks(w, last(w))).toEqual({ current: 2, best: 2 });
  });

  it('breaks on an unmet past week and keeps the best run', () => {
    const w = weeks(true, true, true, true, false, true);
    expect(goalStreaks(w, last(w))).toEqual({ current: 1, best: 4 });
    const broken = weeks(true, true, true, false, false);
    expect(goalStreaks(broken, last(broken))).toEqual({ current: 0, best: 3 });
  });

  it('treats weeks without goals as unmet, and ignores weeks after the current one', () => {
    const w = weeks(null, null, null);
    expect(goalStreaks(w, last(w))).toEqual({ current: 0, best: 0 });
    const future = weeks(true, true, true);
    expect(goalStreaks(future, future[1].weekStart)).toEqual({ current: 2, best: 2 });
    expect(goalStreaks([], '2026-01-05')).toEqual({ current: 0, best: 0 });
  });
});

describe('stepRate', () => {
  it('uses the default below the minimum sample, the user’s own rate from it on', () => {
    expect(stepRate('portal_application_to_onsite', { trials: 9, successes: 3 })).toEqual({ step: 'portal_application_to_onsite', trials: 9, successes: 3, rate: 0.03, basis: 'defaults' });
    expect(stepRate('portal_application_to_onsite', { trials: 40, successes: 2 })).toEqual({ step: 'portal_application_to_onsite', trials: 40, successes: 2, rate: 0.05, basis: 'own data' });
  });

  it('plans with half a success when enough tries brought none', () => {
    expect(stepRate('recruiter_message_to_reply', { trials: 20, successes: 0 })).toMatchObject({ rate: 0.025, basis: 'own data' });
  });
});

describe('planWeeklyTargets', () => {
  it('splits the onsites over the three actions at the default rates when there is no history, rounding up', () => {
    const plan = planWeeklyTargets(3, 4, noHistory());
    // One onsite each over 4 weeks: 1 / (0.03·4) = 8.3 → 9; 1 / (0.25·0.15·4) = 6.7 → 7; 1 / (0.5·0.2·4) = 2.5 → 3.
    expect(plan.targets).toEqual([
      { metric: 'applications', target: 9 },
      { metric: 'recruiter_messages', target: 7 },
      { metric: 'referral_asks', target: 3 },
    ]);
    expect(plan.basis).toBe('defaults');
    expect(plan.metrics.map((m) => [m.metric, m.basis, m.onsites])).toEqual([
      ['applications', 'defaults', 1],
      ['recruiter_messages', 'defaults', 1],
      ['referral_asks', 'defaults', 1],
    ]);
    expect(plan.metrics[1].steps.map((s) => [s.step, s.trials, s.rate])).toEqual([
      ['recruiter_message_to_reply', 0, 0.25],
      ['recruiter_application_to_onsite', 0, 0.15],
    ]);
  });

  it('uses the user’s own conversion rates once there is enough history', () => {
    const history: PlannerHistory = {
      portal_application_to_onsite: { trials: 40, successes: 2 }, // 5 %
      recruiter_message_to_reply: { trials: 20, successes: 5 }, // 25 %
      recruiter_application_to_onsite: { trials: 10, successes: 3 }, // 30 %
      referral_ask_to_submitted: { trials: 10, successes: 6 }, // 60 %
      referral_application_to_onsite: { trials: 12, successes: 4 }, // 1/3
    };
    const plan = planWeeklyTargets(6, 2, history);
    // Two onsites each over 2 weeks: 2 / (0.05·2) = 20; 2 / (0.075·2) = 13.3 → 14; 2 / (0.2·2) = 5.
    expect(plan.targets).toEqual([
      { metric: 'applications', target: 20 },
      { metric: 'recruiter_messages', target: 14 },
      { metric: 'referral_asks', target: 5 },
    ]);
    expect(plan.basis).toBe('own data');
    expect(plan.metrics.map((m) => m.basis)).toEqual(['own data', 'own data', 'own data']);
  });

  it('says defaults for an action when any of its steps lacks data', () => {
    const history = { ...noHistory(), portal_application_to_onsite: { trials: 50, successes: 5 }, recruiter_message_to_reply: { trials: 30, successes: 9 } };
    const plan = planWeeklyTargets(3, 1, history);
    expect(plan.metrics.map((m) => m.basis)).toEqual(['own data', 'defaults', 'defaults']);
    expect(plan.basis).toBe('defaults');
    // 1 / 0.1 = 10 applications; 1 / (0.3·0.15) = 22.2 → 23 messages; 1 / 0.1 = 10 asks.
    expect(plan.targets.map((t) => t.target)).toEqual([10, 23, 10]);
  });

  it('caps a target at 1000 a week and refuses nonsense', () => {
    const plan = planWeeklyTargets(300, 1, { ...noHistory(), portal_application_to_onsite: { trials: 1000, successes: 0 } });
    expect(plan.targets[0].target).toBe(1000);
    expect(() => planWeeklyTargets(0, 4, noHistory())).toThrow(RangeError);
    expect(() => planWeeklyTargets(3, 0, noHistory())).toThrow(RangeError);
  });
});
