import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { GoalPlanDto, GoalPlanQueryDto, GoalsDto, UpdateGoalsDto } from './dto/goals.dto.js';
import { GoalsService } from './goals.service.js';

@ApiTags('goals')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  @ApiOkResponse({ type: GoalsDto, description: 'Targets, this week’s progress, the last 12 weeks and the streak.' })
  get(@CurrentUser() user: AuthUser): Promise<GoalsDto> {
    return this.goals.get(user.id);
  }

  @Put()
  @ApiOkResponse({ type: GoalsDto, description: 'Sets the targets given (all or none) and answers like GET.' })
  @ApiBadRequestResponse({ type: ProblemDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateGoalsDto): Promise<GoalsDto> {
    return this.goals.update(user.id, dto);
  }

  @Get('plan')
  @ApiOkResponse({
    type: GoalPlanDto,
    description: 'Weekly targets for applications, recruiter messages and referral asks that should bring the onsites in time, from your own conversion rates where you have enough history.',
  })
  @ApiBadRequestResponse({ type: ProblemDto })
  plan(@CurrentUser() user: AuthUser, @Query() query: GoalPlanQueryDto): Promise<GoalPlanDto> {
    return this.goals.plan(user.id, query);
  }
}
