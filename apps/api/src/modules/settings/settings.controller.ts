import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { CalendarFeedDto, SettingsDto, UpdateSettingsDto } from './dto/settings.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('settings')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOkResponse({ type: SettingsDto })
  get(@CurrentUser() user: AuthUser): Promise<SettingsDto> {
    return this.settings.get(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: SettingsDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'An unknown time zone (timeZone), an hour outside 0–23 (digestHour), …' })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict: the version sent is stale.' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateSettingsDto): Promise<SettingsDto> {
    return this.settings.update(user.id, dto);
  }

  @Post('calendar-token')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarFeedDto, description: 'A new secret feed URL; the previous one answers 404 from now on.' })
  regenerateCalendarToken(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.settings.regenerateCalendarToken(user.id);
  }
}
