import {
  FUNNEL_STAGES, type FunnelHistogramRow, ROUND_KINDS, channelRates, funnelRows, ratio, sankeyFlows,
} from '@offerpath/domain';
import type { WeeklyActivityRow } from '../goals/weekly-activity.repository.js';
import type { DurationDto, FunnelDto, InterviewRoundStatsDto, NetworkingStatsDto, StatsDto, TimeStatsDto } from './dto/stats.dto.js';
import type { ApplicationStatsRow, DurationRow, InterviewRoundRow, NetworkingRow, StatsFilter } from './stats.repository.js';

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function mapDuration(row: DurationRow | undefined): DurationDto {
  return { median: oneDecimal(row?.median ?? null), p75: oneDecimal(row?.p75 ?? null), n: row?.n ?? 0 };
}

export function mapFunnel(histogram: FunnelHistogramRow[]): FunnelDto {
  return { stages: [...FUNNEL_STAGES], rows: funnelRows(histogram) };
}

export function mapTime(row: ApplicationStatsRow): TimeStatsDto {
  const stays = new Map(row.inStage.map((s) => [s.stage, s.duration]));
  return {
    toFirstResponse: mapDuration(row.toFirstResponse),
    toOffer: mapDuration(row.toOffer),
    inStage: FUNNEL_STAGES.filter((stage) => stage !== 'accepted').map((stage) => ({ stage, ...mapDuration(stays.get(stage)) })),
  };
}

export function mapNetworking({ timeZone: _timeZone, ...counts }: NetworkingRow): NetworkingStatsDto {
  return counts;
}

/** Round kinds in catalogue order; kinds with only cancelled rounds are left out. */
export function mapInterviews(rows: InterviewRoundRow[]): InterviewRoundStatsDto[] {
  return ROUND_KINDS.flatMap((roundKind) => {
    const row = rows.find((r) => r.roundKind === roundKind);
    if (!row || row.total === 0) return [];
    return [{ ...row, passRate: ratio(row.passed, row.passed + row.failed) }];
  });
}

export function mapStats(
  filter: StatsFilter,
  applications: ApplicationStatsRow,
  networking: NetworkingRow,
  interviews: InterviewRoundRow[],
  weekly: WeeklyActivityRow[],
): StatsDto {
  return {
    range: { from: filter.from, to: filter.to },
    channel: filter.channel,
    funnel: mapFunnel(applications.histogram),
    rates: channelRates(applications.histogram),
    time: mapTime(applications),
    networking: mapNetworking(networking),
    interviews: mapInterviews(interviews),
    sankey: { flows: sankeyFlows(applications.histogram) },
    weekly,
  };
}
