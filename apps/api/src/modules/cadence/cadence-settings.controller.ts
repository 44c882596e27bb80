import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { CadenceService } from './cadence.service.js';
import { CadenceSettingsDto, UpdateCadenceSettingsDto } from './dto/cadence-settings.dto.js';

@ApiTags('settings')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('settings/cadence')
export class CadenceSettingsController {
  constructor(private readonly cadence: CadenceService) {}

  @Get()
  @ApiOkResponse({ type: CadenceSettingsDto, description: 'Every follow-up rule with its effective values and defaults.' })
  get(@CurrentUser() user: AuthUser): Promise<CadenceSettingsDto> {
    return this.cadence.getSettings(user.id);
  }

  @Put()
  @ApiOkResponse({ type: CadenceSettingsDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'An unknown rule (rules.<key>) or a value out of range (rules.<key>.days).' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateCadenceSettingsDto): Promise<CadenceSettingsDto> {
    return this.cadence.updateSettings(user.id, dto);
  }
}
