import { CHANNELS, type Channel, GOAL_METRICS, type GoalMetric, PLAN_STEPS, PLANNER_METRICS, type PlanBasis, type PlannerMetric, type PlanStep } from '@offerpath/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Max, Min, ValidateBy, ValidateNested } from 'class-validator';

const PLAN_BASES = ['own data', 'defaults'] as const satisfies readonly PlanBasis[];

export class GoalTargetDto {
  @ApiProperty({ enum: GOAL_METRICS, enumName: 'GoalMetric' })
  @IsIn(GOAL_METRICS, { message: `metric must be one of ${GOAL_METRICS.join(', ')}` })
  metric: GoalMetric;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000, description: 'Per week; 0 means no goal for this metric.' })
  @IsInt({ message: 'target must be a whole number' })
  @Min(0)
  @Max(1000)
  target: number;
}

export class UpdateGoalsDto {
  @ApiProperty({ type: [GoalTargetDto], description: 'Targets to set, each metric at most once; metrics left out keep their target.' })
  @IsArray({ message: 'targets must be a list' })
  @ArrayMinSize(1, { message: 'targets must not be empty' })
  @ArrayMaxSize(GOAL_METRICS.length, { message: `targets must have at most ${GOAL_METRICS.length} entries` })
  @ValidateBy({
    name: 'uniqueMetrics',
    validator: {
      validate: (value: unknown) => {
        const metrics = Array.isArray(value) ? value.map((t: unknown) => (t as { metric?: unknown } | null)?.metric) : [];
        return new Set(metrics).size === metrics.length;
      },
      defaultMessage: () => 'targets must name each metric once',
    },
  })
  @ValidateNested()
  @Type(() => GoalTargetDto)
  targets: GoalTargetDto[];
}

export class GoalProgressDto {
  @ApiProperty({ enum: GOAL_METRICS, enumName: 'GoalMetric' }) metric: GoalMetric;
  @ApiProperty({ type: 'integer', description: 'Done so far this week.' }) done: number;
  @ApiProperty({ type: 'integer', description: '0 when there is no goal.' }) target: number;
  @ApiProperty({ type: Number, nullable: true, description: 'done / target capped at 1; null without a goal.' }) fraction: number | null;
}

export class CurrentWeekDto {
  @ApiProperty({ format: 'date', description: 'The Monday of the current week in your time zone.' }) weekStart: string;
  @ApiProperty({ type: [GoalProgressDto], description: 'Every metric, in catalogue order.' }) progress: GoalProgressDto[];
}

export class WeeklyActivityDto {
  @ApiProperty({ format: 'date', description: 'The Monday of the ISO week, in your time zone.' }) weekStart: string;
  @ApiProperty({ type: 'integer', description: 'Applications that reached applied that week.' }) applications: number;
  @ApiProperty({ type: 'integer', description: 'Messages sent to recruiter contacts.' }) recruiterMessages: number;
  @ApiProperty({ type: 'integer', description: 'Referrals first asked for.' }) referralAsks: number;
  @ApiProperty({ type: 'integer', description: 'Career fairs and networking events attended (past, not cancelled).' }) eventsAttended: number;
  @ApiProperty({ type: 'integer', description: 'Coding problems solved.' }) codingProblems: number;
}

export class GoalWeekDto extends WeeklyActivityDto {
  @ApiProperty({ type: Boolean, nullable: true, description: 'Every metric with a target reached it (against today’s targets); null when no target is set.' })
  met: boolean | null;
}

export class StreakDto {
  @ApiProperty({ type: 'integer', description: 'Consecutive met weeks up to now; the unfinished current week does not break it.' }) current: number;
  @ApiProperty({ type: 'integer', description: 'Longest run of met weeks in the last 52 weeks.' }) best: number;
}

export class GoalsDto {
  @ApiProperty({ type: [GoalTargetDto], description: 'Every metric, in catalogue order; 0 when not set.' }) targets: GoalTargetDto[];
  @ApiProperty({ type: CurrentWeekDto }) currentWeek: CurrentWeekDto;
  @ApiProperty({ type: [GoalWeekDto], description: 'The last 12 weeks, oldest first, ending with the current week.' }) weeks: GoalWeekDto[];
  @ApiProperty({ type: StreakDto }) streak: StreakDto;
  @ApiProperty({ description: 'The time zone weeks are counted in.' }) timeZone: string;
}

export class GoalPlanQueryDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, description: 'Onsites to reach.' })
  @Type(() => Number)
  @IsInt({ message: 'onsites must be a whole number' })
  @Min(1)
  @Max(100)
  onsites: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 52, description: 'Over how many weeks.' })
  @Type(() => Number)
  @IsInt({ message: 'weeks must be a whole number' })
  @Min(1)
  @Max(52)
  weeks: number;
}

export class PlannedTargetDto {
  @ApiProperty({ enum: PLANNER_METRICS, enumName: 'PlannerMetric' }) metric: PlannerMetric;
  @ApiProperty({ type: 'integer', description: 'Suggested per week, rounded up.' }) target: number;
}

export class PlannedStepDto {
  @ApiProperty({ enum: PLAN_STEPS, enumName: 'PlanStep' }) step: PlanStep;
  @ApiProperty({ type: 'integer', description: 'Tries in your history.' }) trials: number;
  @ApiProperty({ type: 'integer', description: 'Of those, how many got through.' }) successes: number;
  @ApiProperty({ description: 'The rate planned with, 0..1.' }) rate: number;
  @ApiProperty({ enum: PLAN_BASES, enumName: 'PlanBasis', description: 'own data from 10 tries on, else a typical default.' }) basis: PlanBasis;
}

export class PlannedMetricDto {
  @ApiProperty({ enum: PLANNER_METRICS, enumName: 'PlannerMetric' }) metric: PlannerMetric;
  @ApiProperty({ description: 'Onsites this action should bring: an equal share of the goal.' }) onsites: number;
  @ApiProperty({ description: 'Onsites per action: the product of its steps’ rates.' }) rate: number;
  @ApiProperty({ type: 'integer' }) weeklyTarget: number;
  @ApiProperty({ enum: PLAN_BASES, enumName: 'PlanBasis' }) basis: PlanBasis;
  @ApiProperty({ type: [PlannedStepDto] }) steps: PlannedStepDto[];
}

export class ChannelCountsDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) channel: Channel;
  @ApiProperty({ type: 'integer', description: 'Applications that reached applied or later.' }) applied: number;
  @ApiProperty({ type: 'integer', description: 'Of those, the ones that reached onsite or beyond.' }) onsites: number;
}

export class PlanHistoryDto {
  @ApiProperty({ type: [ChannelCountsDto], description: 'Every channel, in catalogue order.' }) channels: ChannelCountsDto[];
  @ApiProperty({ type: 'integer', description: 'Recruiter contacts you messaged.' }) recruitersMessaged: number;
  @ApiProperty({ type: 'integer', description: 'Of those, how many replied.' }) recruitersReplied: number;
  @ApiProperty({ type: 'integer', description: 'Referrals you asked for.' }) referralsAsked: number;
  @ApiProperty({ type: 'integer', description: 'Of those, how many were submitted.' }) referralsSubmitted: number;
}

export class GoalPlanDto {
  @ApiProperty({ type: 'integer' }) onsites: number;
  @ApiProperty({ type: 'integer' }) weeks: number;
  @ApiProperty({ enum: PLAN_BASES, enumName: 'PlanBasis', description: 'own data only when every rate came from your history.' }) basis: PlanBasis;
  @ApiProperty({ type: [PlannedTargetDto], description: 'Suggested weekly targets, ready for PUT /api/goals.' }) targets: PlannedTargetDto[];
  @ApiProperty({ type: [PlannedMetricDto] }) metrics: PlannedMetricDto[];
  @ApiProperty({ type: PlanHistoryDto, description: 'The counts the rates come from.' }) history: PlanHistoryDto;
}
