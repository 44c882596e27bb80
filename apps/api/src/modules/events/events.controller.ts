import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse,
  ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { AddPeopleDto, AddPeopleResultDto } from './dto/event-people.dto.js';
import { CreateEventDto, EventDetailDto, EventListDto, ListEventsQueryDto, UpdateEventDto } from './dto/event.dto.js';
import { EventPeopleService } from './event-people.service.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly people: EventPeopleService,
  ) {}

  @Get()
  @ApiOkResponse({ type: EventListDto, description: 'Events starting in [from, to), ordered by startsAt; the range may span at most 366 days (400 naming `to`).' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListEventsQueryDto): Promise<EventListDto> {
    return this.events.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: EventDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEventDto): Promise<EventDetailDto> {
    return this.events.create(user.id, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<EventDetailDto> {
    return this.events.get(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: EventDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateEventDto): Promise<EventDetailDto> {
    return this.events.update(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Also deletes the event’s links and the follow-ups made for it.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.events.remove(user.id, id);
  }

  @Post(':id/people')
  @ApiCreatedResponse({ type: AddPeopleResultDto, description: 'Every person becomes a contact linked to the event, with a follow-up; all or nothing.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'not_a_gathering_event: only career fairs and networking events take people; contact_exists: a LinkedIn profile is already a contact.',
  })
  addPeople(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: AddPeopleDto): Promise<AddPeopleResultDto> {
    return this.people.add(user.id, id, dto);
  }
}
