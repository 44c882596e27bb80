import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { ApplicationsService } from './applications.service.js';
import {
  ApplicationDetailDto, ApplicationDto, ApplicationPageDto, BoardDto, CreateApplicationDto,
  ListApplicationsQueryDto, MoveApplicationDto, UpdateApplicationDto,
} from './dto/application.dto.js';

@ApiTags('applications')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get('applications')
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    return this.applications.list(user.id, query);
  }

  @Post('applications')
  @ApiCreatedResponse({ type: ApplicationDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateApplicationDto): Promise<ApplicationDetailDto> {
    return this.applications.create(user.id, dto);
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ApplicationDetailDto> {
    return this.applications.get(user.id, id);
  }

  @Patch('applications/:id')
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateApplicationDto): Promise<ApplicationDetailDto> {
    return this.applications.update(user.id, id, dto);
  }

  @Delete('applications/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.applications.remove(user.id, id);
  }

  @Post('applications/:id/move')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  move(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: MoveApplicationDto): Promise<ApplicationDto> {
    return this.applications.move(user.id, id, dto);
  }

  @Get('board')
  @ApiOkResponse({ type: BoardDto, description: 'The whole board in one call.' })
  board(@CurrentUser() user: AuthUser): Promise<BoardDto> {
    return this.applications.board(user.id);
  }
}
