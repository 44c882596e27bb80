import { CHANNELS, type Channel, FUNNEL_STAGES, type FunnelChannel, type FunnelStage, ROUND_KINDS, type RoundKind } from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateBy } from 'class-validator';
import { WeeklyActivityDto } from '../../goals/dto/goals.dto.js';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FUNNEL_CHANNELS = ['all', ...CHANNELS] as const;

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30). */
const RangeDate = (field: 'from' | 'to', description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: field === 'from' ? '2026-01-01' : '2026-03-31', description }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsOptional(),
    IsString({ message: `${field} must be a date like 2026-03-12` }),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
        defaultMessage: () => `${field} must be a real day like 2026-03-12`,
      },
    }),
  );

const COHORT =
  'The cohort is the applications whose application date — appliedOn, else the day (in your time zone) it first entered applied or a later stage, else the day it was created — falls in [from, to]. Applications that never got past wishlist are not counted.';

export class StatsQueryDto {
  @RangeDate('from', `First day of the range, inclusive; all time when omitted. ${COHORT}`)
  from?: string;

  @RangeDate('to', 'Last day of the range, inclusive; all time when omitted. Must not be before `from`.')
  to?: string;

  @ApiPropertyOptional({ enum: CHANNELS, enumName: 'Channel', description: 'Only applications that came through this channel (funnel, rates, time, Sankey, interviews). Networking and weekly activity are not per channel.' })
  @IsOptional()
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel?: Channel;
}

export class StatsRangeDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null = from the beginning.' }) from: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null = up to now.' }) to: string | null;
}

export class FunnelStageCountDto {
  @ApiProperty({ enum: FUNNEL_STAGES, enumName: 'FunnelStage' }) stage: FunnelStage;
  @ApiProperty({ type: 'integer', description: 'Applications that ever reached this stage or a later one (a move backwards does not un-reach a stage).' })
  count: number;
}

export class FunnelRowDto {
  @ApiProperty({ enum: FUNNEL_CHANNELS, enumName: 'FunnelChannel', description: '`all`, or a channel.' }) channel: FunnelChannel;
  @ApiProperty({ type: 'integer', description: 'Applications in the cohort (= the applied count).' }) applications: number;
  @ApiProperty({ type: [FunnelStageCountDto], description: 'One entry per funnel stage, in pipeline order.' }) counts: FunnelStageCountDto[];
}

export class FunnelDto {
  @ApiProperty({ enum: FUNNEL_STAGES, enumName: 'FunnelStage', isArray: true, description: 'The funnel’s stages, in order (applied … accepted).' })
  stages: FunnelStage[];

  @ApiProperty({
    type: [FunnelRowDto],
    description: `\`all\` first, then each channel that has applications, in channel order. Reached = the furthest open stage ever entered in the application’s history (stages skipped on the way count as reached). ${COHORT}`,
  })
  rows: FunnelRowDto[];
}

export class RateDto {
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: Number, nullable: true, description: 'count / applications, 4 decimals; null when there are no applications.' }) rate: number | null;
}

export class AcceptanceRateDto {
  @ApiProperty({ type: 'integer', description: 'Accepted offers.' }) count: number;
  @ApiProperty({ type: 'integer', description: 'Offers: applications that reached offer or beyond.' }) of: number;
  @ApiProperty({ type: Number, nullable: true, description: 'count / of, 4 decimals; null without offers.' }) rate: number | null;
}

export class ChannelRatesDto {
  @ApiProperty({ enum: FUNNEL_CHANNELS, enumName: 'FunnelChannel' }) channel: FunnelChannel;
  @ApiProperty({ type: 'integer', description: 'The denominator of response, interview and offer rates.' }) applications: number;
  @ApiProperty({ type: RateDto, description: 'Reached recruiter screen or beyond, or got a `replied` outreach linked to the application.' }) response: RateDto;
  @ApiProperty({ type: RateDto, description: 'Reached a coding interview or beyond.' }) interview: RateDto;
  @ApiProperty({ type: RateDto, description: 'Reached offer or beyond.' }) offer: RateDto;
  @ApiProperty({ type: AcceptanceRateDto, description: 'Accepted / offers.' }) acceptance: AcceptanceRateDto;
}

export class DurationDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Median in days (1 decimal); null when n = 0.' }) median: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '75th percentile in days (1 decimal, interpolated); null when n = 0.' }) p75: number | null;
  @ApiProperty({ type: 'integer', description: 'How many durations the figures are computed from.' }) n: number;
}

export class StageDurationDto extends DurationDto {
  @ApiProperty({ enum: FUNNEL_STAGES, enumName: 'FunnelStage' }) stage: FunnelStage;
}

export class TimeStatsDto {
  @ApiProperty({
    type: DurationDto,
    description: 'Calendar days (in your time zone) from the application date to the first move past applied, over the cohort applications that had one.',
  })
  toFirstResponse: DurationDto;

  @ApiProperty({ type: DurationDto, description: 'Calendar days from the application date to first reaching offer (or accepted).' })
  toOffer: DurationDto;

  @ApiProperty({
    type: [StageDurationDto],
    description:
      'Days (fractional, from the timestamps) spent in each stage from applied to offer: from entering it to the next stage change of the same application. A stay that has not ended yet is not counted.',
  })
  inStage: StageDurationDto[];
}

export class NetworkingStatsDto {
  @ApiProperty({ type: 'integer', description: 'Outreach of type connection_request_sent on a day in the range.' }) connectionRequests: number;
  @ApiProperty({ type: 'integer', description: 'Outreach of type connection_accepted in the range.' }) connectionsAccepted: number;
  @ApiProperty({ type: 'integer', description: 'Outreach of type message_sent in the range.' }) messagesSent: number;
  @ApiProperty({ type: 'integer', description: 'Outreach of type replied in the range.' }) replies: number;
  @ApiProperty({
    type: 'integer',
    description: 'Referrals asked for: those whose first step at asked or later falls in the range. The next three count those of them that ever reached that step (or a later one).',
  })
  referralAsks: number;
  @ApiProperty({ type: 'integer' }) referralsAgreed: number;
  @ApiProperty({ type: 'integer' }) referralsSubmitted: number;
  @ApiProperty({ type: 'integer' }) referralsInterviewing: number;
}

export class InterviewRoundStatsDto {
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind' }) roundKind: RoundKind;
  @ApiProperty({ type: 'integer', description: 'Interviews of this kind, cancelled ones excluded.' }) total: number;
  @ApiProperty({ type: 'integer' }) passed: number;
  @ApiProperty({ type: 'integer' }) failed: number;
  @ApiProperty({ type: 'integer' }) pending: number;
  @ApiProperty({ type: Number, nullable: true, description: 'passed / (passed + failed), 4 decimals; null before any result.' }) passRate: number | null;
}

export class SankeyFlowDto {
  @ApiProperty() source: string;
  @ApiProperty() target: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) value: number;
}

export class SankeyDto {
  @ApiProperty({
    type: [SankeyFlowDto],
    description:
      'Channel → Applied → each next stage reached; from the furthest stage each application reached to its outcome: Rejected, Withdrawn, Ghosted, or still open ("No response yet" after Applied, "In progress" later). Accepted is an end. No zero flows.',
  })
  flows: SankeyFlowDto[];
}

export class StatsDto {
  @ApiProperty({ type: StatsRangeDto }) range: StatsRangeDto;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', nullable: true, description: 'The channel filter; null = every channel.' }) channel: Channel | null;
  @ApiProperty({ type: FunnelDto }) funnel: FunnelDto;
  @ApiProperty({ type: [ChannelRatesDto], description: '`all` first, then each channel with applications.' }) rates: ChannelRatesDto[];
  @ApiProperty({ type: TimeStatsDto }) time: TimeStatsDto;
  @ApiProperty({ type: NetworkingStatsDto, description: 'Not filtered by channel.' }) networking: NetworkingStatsDto;
  @ApiProperty({
    type: [InterviewRoundStatsDto],
    description: 'Interview events (type interview) starting on a day in the range, per round kind with at least one; with a channel filter, only those linked to an application of that channel.',
  })
  interviews: InterviewRoundStatsDto[];
  @ApiProperty({ type: SankeyDto }) sankey: SankeyDto;
  @ApiProperty({
    type: [WeeklyActivityDto],
    description: 'Activity per ISO week (Monday start, your time zone), oldest first: the weeks of the range, or the last 12 weeks up to `to` (or today) when `from` is omitted; at most the last 104 weeks.',
  })
  weekly: WeeklyActivityDto[];
}
