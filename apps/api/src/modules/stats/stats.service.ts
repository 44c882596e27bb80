import { addDays, isoWeekStart, localDate, sankeyFlows, timeZoneOrUtc, toSankeyMatic } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { badField } from '../../common/problem.js';
import { WeeklyActivityRepository } from '../goals/weekly-activity.repository.js';
import type { FunnelDto, StatsDto, StatsQueryDto } from './dto/stats.dto.js';
import { mapFunnel, mapStats } from './stats.mapper.js';
import { type StatsFilter, StatsRepository } from './stats.repository.js';

/** Weekly activity: the last 12 weeks when the range has no start, never more than 104 weeks. */
const DEFAULT_WEEKS = 12;
const MAX_WEEKS = 104;

/** The range of the weekly activity: the stats range, else the last 12 weeks up to `to` or today. */
export function weeklyRange(filter: StatsFilter, today: string): { from: string; to: string } {
  const to = filter.to ?? today;
  const lastWeek = isoWeekStart(to);
  const earliest = addDays(lastWeek, -7 * (MAX_WEEKS - 1));
  const from = filter.from ?? addDays(lastWeek, -7 * (DEFAULT_WEEKS - 1));
  return { from: from < earliest ? earliest : from, to };
}

@Injectable()
export class StatsService {
  constructor(
    private readonly repo: StatsRepository,
    private readonly activity: WeeklyActivityRepository,
  ) {}

  async stats(userId: string, query: StatsQueryDto, now = new Date()): Promise<StatsDto> {
    const filter = toFilter(query);
    const [applications, networking, interviews] = await Promise.all([
      this.repo.applicationStats(userId, filter),
      this.repo.networking(userId, filter),
      this.repo.interviews(userId, filter),
    ]);
    const today = localDate(now, timeZoneOrUtc(networking.timeZone));
    const weeks = weeklyRange(filter, today);
    const weekly = await this.activity.weekly(userId, weeks.from, weeks.to);
    return mapStats(filter, applications, networking, interviews, weekly);
  }

  async funnel(userId: string, query: StatsQueryDto): Promise<FunnelDto> {
    return mapFunnel(await this.repo.histogram(userId, toFilter(query)));
  }

  async sankeyText(userId: string, query: StatsQueryDto): Promise<string> {
    return toSankeyMatic(sankeyFlows(await this.repo.histogram(userId, toFilter(query))));
  }
}

function toFilter(query: StatsQueryDto): StatsFilter {
  const filter = { from: query.from ?? null, to: query.to ?? null, channel: query.channel ?? null };
  if (filter.from !== null && filter.to !== null && filter.to < filter.from) throw badField('to', 'to must not be before from');
  return filter;
}
