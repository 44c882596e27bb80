import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto, badField } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { ApplicationPeopleService } from './application-people.service.js';
import { LinkContactDto, LinkedContactListDto, PeopleDto, UnlinkContactQueryDto } from './dto/application-people.dto.js';

@ApiTags('applications')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@ApiNotFoundResponse({ type: ProblemDto })
@Controller('applications/:id')
export class ApplicationPeopleController {
  constructor(private readonly people: ApplicationPeopleService) {}

  @Get('people')
  @ApiOkResponse({ type: PeopleDto, description: 'The referral finder.' })
  finder(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<PeopleDto> {
    return this.people.people(user.id, id);
  }

  @Get('contacts')
  @ApiOkResponse({ type: LinkedContactListDto })
  linked(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<LinkedContactListDto> {
    return this.people.linked(user.id, id);
  }

  @Post('contacts')
  @HttpCode(200)
  @ApiOkResponse({ type: LinkedContactListDto, description: 'Every contact linked to the application, after linking.' })
  link(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: LinkContactDto): Promise<LinkedContactListDto> {
    return this.people.link(user.id, id, dto);
  }

  @Delete('contacts/:contactId')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlink(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Param('contactId', new ParseUUIDPipe({ exceptionFactory: () => badField('contactId', 'contactId must be a UUID') })) contactId: string,
    @Query() query: UnlinkContactQueryDto,
  ): Promise<void> {
    return this.people.unlink(user.id, id, contactId, query);
  }
}
