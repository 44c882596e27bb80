import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SYSTEM_DESIGN_TOPIC_KEYS } from '@offerpath/domain';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { CreatePrepProblemDto, PrepDto, PrepProblemDto, PrepTargetDto, PrepTopicDto, UpdatePrepTargetDto, UpdatePrepTopicDto } from './dto/prep.dto.js';
import { PrepService } from './prep.service.js';

const TopicParam = () => ApiParam({ name: 'topic', enum: SYSTEM_DESIGN_TOPIC_KEYS, enumName: 'SystemDesignTopic', description: 'A key of the catalogue; anything else is a 400 naming topic.' });

@ApiTags('prep')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('prep')
export class PrepController {
  constructor(private readonly prep: PrepService) {}

  @Get()
  @ApiOkResponse({ type: PrepDto, description: 'The coding target and progress, the topic checklist and upcoming interviews.' })
  get(@CurrentUser() user: AuthUser): Promise<PrepDto> {
    return this.prep.get(user.id);
  }

  @Post('problems')
  @ApiCreatedResponse({ type: PrepProblemDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  logProblem(@CurrentUser() user: AuthUser, @Body() dto: CreatePrepProblemDto): Promise<PrepProblemDto> {
    return this.prep.logProblem(user.id, dto);
  }

  @Delete('problems/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  deleteProblem(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.prep.deleteProblem(user.id, id);
  }

  @Put('topics/:topic')
  @TopicParam()
  @ApiOkResponse({ type: PrepTopicDto, description: 'Marks the topic covered; fields left out keep their value (coveredOn: today for a new one).' })
  @ApiBadRequestResponse({ type: ProblemDto })
  coverTopic(@CurrentUser() user: AuthUser, @Param('topic') topic: string, @Body() dto: UpdatePrepTopicDto): Promise<PrepTopicDto> {
    return this.prep.coverTopic(user.id, topic, dto);
  }

  @Delete('topics/:topic')
  @HttpCode(204)
  @TopicParam()
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'The topic is not marked covered.' })
  uncoverTopic(@CurrentUser() user: AuthUser, @Param('topic') topic: string): Promise<void> {
    return this.prep.uncoverTopic(user.id, topic);
  }

  @Put('target')
  @ApiOkResponse({ type: PrepTargetDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  setTarget(@CurrentUser() user: AuthUser, @Body() dto: UpdatePrepTargetDto): Promise<PrepTargetDto> {
    return this.prep.setTarget(user.id, dto);
  }
}
