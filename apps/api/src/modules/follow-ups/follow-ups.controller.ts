import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse,
  ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import {
  CompleteFollowUpDto, CreateFollowUpDto, ListFollowUpsQueryDto, ReopenFollowUpDto, SnoozeFollowUpDto, UpdateFollowUpDto,
} from './dto/follow-up-input.dto.js';
import { FollowUpCountsDto, FollowUpDto, FollowUpPageDto, TodayDto } from './dto/follow-up.dto.js';
import { FollowUpsService } from './follow-ups.service.js';

const CLOSED_CONFLICT = 'follow_up_closed: it is already done or cancelled. version_conflict: the version sent is stale.';

@ApiTags('follow-ups')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller()
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get('today')
  @ApiOkResponse({ type: TodayDto, description: 'Everything the home screen shows, for your local today.' })
  today(@CurrentUser() user: AuthUser): Promise<TodayDto> {
    return this.followUps.today(user.id);
  }

  @Get('follow-ups')
  @ApiOkResponse({ type: FollowUpPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListFollowUpsQueryDto): Promise<FollowUpPageDto> {
    return this.followUps.list(user.id, query);
  }

  @Get('follow-ups/counts')
  @ApiOkResponse({ type: FollowUpCountsDto, description: 'For the navigation badge.' })
  counts(@CurrentUser() user: AuthUser): Promise<FollowUpCountsDto> {
    return this.followUps.counts(user.id);
  }

  @Post('follow-ups')
  @ApiCreatedResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'A linked application, contact, referral or event is not yours (the field is named).' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.create(user.id, dto);
  }

  @Get('follow-ups/:id')
  @ApiOkResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<FollowUpDto> {
    return this.followUps.get(user.id, id);
  }

  @Patch('follow-ups/:id')
  @ApiOkResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.update(user.id, id, dto);
  }

  @Delete('follow-ups/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'One made by a cadence rule is cancelled (reason `dismissed`) rather than deleted, so the rule does not make it again.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.followUps.remove(user.id, id);
  }

  @Post('follow-ups/:id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: CLOSED_CONFLICT })
  complete(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: CompleteFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.complete(user.id, id, dto);
  }

  @Post('follow-ups/:id/snooze')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpDto, description: 'Moves the due date and keeps firstDueOn.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: CLOSED_CONFLICT })
  snooze(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: SnoozeFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.snooze(user.id, id, dto);
  }

  @Post('follow-ups/:id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpDto, description: 'Undoes done or cancelled: open again, due date unchanged.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'follow_up_pending: it is not done or cancelled. version_conflict: the version sent is stale.' })
  reopen(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: ReopenFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.reopen(user.id, id, dto);
  }
}
