import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { FunnelDto, StatsDto, StatsQueryDto } from './dto/stats.dto.js';
import { StatsService } from './stats.service.js';

const BAD_QUERY = 'A malformed or impossible from/to date or an unknown channel (the field is named); `to` before `from` names `to`.';

@ApiTags('stats')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto, description: BAD_QUERY })
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({ type: StatsDto, description: 'Everything the stats page shows, in one request.' })
  get(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto): Promise<StatsDto> {
    return this.stats.stats(user.id, query);
  }

  @Get('funnel')
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({ type: FunnelDto, description: 'The funnel alone: per stage, the applications that ever reached it, overall and per channel.' })
  funnel(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto): Promise<FunnelDto> {
    return this.stats.funnel(user.id, query);
  }

  @Get('sankey.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    content: { 'text/plain': { schema: { type: 'string', example: 'Referral [12] Applied\nApplied [5] Recruiter screen\n' } } },
    description: 'The search as SankeyMATIC input (sankeymatic.com/build): one `Source [N] Target` line per flow, as in `sankey.flows` of GET /api/stats. Empty when there is nothing to show.',
  })
  sankey(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto): Promise<string> {
    return this.stats.sankeyText(user.id, query);
  }
}
