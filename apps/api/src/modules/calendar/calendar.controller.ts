import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Public } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { CalendarService } from './calendar.service.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const icsBody = { 'text/calendar': { schema: { type: 'string' } } };

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('events/:id.ics')
  @ApiCookieAuth()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ content: icsBody, description: 'One event as an iCalendar file (a download).' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @Header('Cache-Control', 'private, no-store')
  async eventFile(@CurrentUser() user: AuthUser, @IdParam() id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = await this.calendar.eventFile(user.id, id);
    res.attachment(`offerpath-event-${id}.ics`).type(CALENDAR_TYPE);
    return body;
  }

  @Get(':token.ics')
  @Public()
  @ApiParam({ name: 'token', description: 'The secret of the feed URL (Settings → Calendar feed).' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    content: icsBody,
    description: 'Subscription feed: events from 90 days ago on and pending follow-ups (all-day, or at their time in your zone). Needs no session: the URL is the secret.',
  })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'Unknown or replaced token.' })
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = await this.calendar.feed(token);
    res.type(CALENDAR_TYPE).setHeader('Content-Disposition', 'inline; filename="offerpath.ics"');
    return body;
  }
}
