import { addDays, CHANNELS, goalStreaks, timeZoneOrUtc, isoWeekStart, localDate, type PlannerHistory, planWeeklyTargets } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import type { GoalPlanDto, GoalPlanQueryDto, GoalsDto, UpdateGoalsDto } from './dto/goals.dto.js';
import { mapProgress, mapTargets, mapWeek, targetsOf } from './goals.mapper.js';
import { GoalsRepository, type PlanBasisRow } from './goals.repository.js';
import { WeeklyActivityRepository } from './weekly-activity.repository.js';

/** Weeks shown on the page, and weeks the best streak is looked for in. */
const SHOWN_WEEKS = 12;
const STREAK_WEEKS = 52;

@Injectable()
export class GoalsService {
  constructor(
    private readonly repo: GoalsRepository,
    private readonly activity: WeeklyActivityRepository,
  ) {}

  async get(userId: string, now = new Date()): Promise<GoalsDto> {
    const context = await this.repo.context(userId);
    const timeZone = timeZoneOrUtc(context.timeZone);
    const today = localDate(now, timeZone);
    const current = isoWeekStart(today);
    const rows = await this.activity.weekly(userId, addDays(current, -7 * (STREAK_WEEKS - 1)), today);
    const targets = targetsOf(context.targets);
    const weeks = rows.map((row) => mapWeek(row, targets));
    const currentRow = rows[rows.length - 1];
    return {
      targets: mapTargets(targets),
      currentWeek: { weekStart: current, progress: mapProgress(currentRow, targets) },
      weeks: weeks.slice(-SHOWN_WEEKS),
      streak: goalStreaks(weeks, current),
      timeZone,
    };
  }

  async update(userId: string, dto: UpdateGoalsDto): Promise<GoalsDto> {
    await this.repo.upsertTargets(userId, dto.targets);
    return this.get(userId);
  }

  async plan(userId: string, query: GoalPlanQueryDto): Promise<GoalPlanDto> {
    const basis = await this.repo.planBasis(userId);
    const channels = CHANNELS.map((channel) => basis.channels.find((c) => c.channel === channel) ?? { channel, applied: 0, onsites: 0 });
    const plan = planWeeklyTargets(query.onsites, query.weeks, plannerHistory(basis));
    return {
      ...plan,
      history: {
        channels,
        recruitersMessaged: basis.recruitersMessaged,
        recruitersReplied: basis.recruitersReplied,
        referralsAsked: basis.referralsAsked,
        referralsSubmitted: basis.referralsSubmitted,
      },
    };
  }
}

/** Portal applications feed the applications step; recruiter and referral channels their second steps. */
function plannerHistory(basis: PlanBasisRow): PlannerHistory {
  const channel = (name: string) => {
    const row = basis.channels.find((c) => c.channel === name);
    return { trials: row?.applied ?? 0, successes: row?.onsites ?? 0 };
  };
  return {
    portal_application_to_onsite: channel('cold_apply'),
    recruiter_message_to_reply: { trials: basis.recruitersMessaged, successes: basis.recruitersReplied },
    recruiter_application_to_onsite: channel('linkedin_recruiter'),
    referral_ask_to_submitted: { trials: basis.referralsAsked, successes: basis.referralsSubmitted },
    referral_application_to_onsite: channel('referral'),
  };
}
