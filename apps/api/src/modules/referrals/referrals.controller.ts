import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse,
  ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import {
  CreateReferralDto, ListReferralsQueryDto, ReferralDetailDto, ReferralPageDto, TransitionReferralDto, UpdateReferralDto,
} from './dto/referral.dto.js';
import { ReferralsService } from './referrals.service.js';

@ApiTags('referrals')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @ApiOkResponse({ type: ReferralPageDto, description: 'Most recently changed first.' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListReferralsQueryDto): Promise<ReferralPageDto> {
    return this.referrals.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'referral_exists: this contact already has a referral for this application.' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateReferralDto): Promise<ReferralDetailDto> {
    return this.referrals.create(user.id, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ReferralDetailDto> {
    return this.referrals.get(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateReferralDto): Promise<ReferralDetailDto> {
    return this.referrals.update(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.referrals.remove(user.id, id);
  }

  @Post(':id/transition')
  @HttpCode(200)
  @ApiOkResponse({
    type: ReferralDetailDto,
    description: 'Moving to submitted also makes the application’s channel `referral` while it is still the default `cold_apply`.',
  })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  transition(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: TransitionReferralDto): Promise<ReferralDetailDto> {
    return this.referrals.transition(user.id, id, dto);
  }
}
