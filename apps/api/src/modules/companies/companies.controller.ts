import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { CompaniesService } from './companies.service.js';
import { CompanyDto, CompanyListDto, MergeCompanyDto } from './dto/company.dto.js';

@ApiTags('companies')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @ApiOkResponse({ type: CompanyListDto, description: 'Every company, by name, with counts of applications and contacts.' })
  list(@CurrentUser() user: AuthUser): Promise<CompanyListDto> {
    return this.companies.list(user.id);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOkResponse({ type: CompanyDto, description: 'The target company, with its new counts.' })
  @ApiNotFoundResponse({ type: ProblemDto })
  merge(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: MergeCompanyDto): Promise<CompanyDto> {
    return this.companies.merge(user.id, id, dto.intoId);
  }
}
