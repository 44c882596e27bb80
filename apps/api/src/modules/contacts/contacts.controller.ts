import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse,
  ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto, badField } from '../../common/problem.js';
import { IdParam } from '../../common/validation.js';
import { ContactsService } from './contacts.service.js';
import { ContactDetailDto, ContactPageDto, CreateContactDto, ListContactsQueryDto, UpdateContactDto } from './dto/contact.dto.js';
import { LinkedInImportQueryDto, LinkedInImportResultDto, LinkedInImportUploadDto } from './dto/linkedin-import.dto.js';
import { CreateOutreachDto, OutreachDto, OutreachListDto } from './dto/outreach.dto.js';
import { LinkedInImportService } from './linkedin-import.service.js';
import { OutreachService } from './outreach.service.js';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('contacts')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiBadRequestResponse({ type: ProblemDto })
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly outreach: OutreachService,
    private readonly linkedin: LinkedInImportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ContactPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListContactsQueryDto): Promise<ContactPageDto> {
    return this.contacts.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ContactDetailDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'contact_exists: a contact with this LinkedIn profile exists.' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactDto): Promise<ContactDetailDto> {
    return this.contacts.create(user.id, dto);
  }

  @Post('import/linkedin')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: LinkedInImportUploadDto })
  @ApiOkResponse({ type: LinkedInImportResultDto, description: 'All or nothing: one transaction, matched on the profile URL.' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto, description: 'The file is over 5 MB.' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5 } }))
  importLinkedIn(
    @CurrentUser() user: AuthUser,
    @Query() query: LinkedInImportQueryDto,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<LinkedInImportResultDto> {
    return this.linkedin.import(user.id, file?.buffer, query.dryRun ?? false);
  }

  @Get(':id')
  @ApiOkResponse({ type: ContactDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ContactDetailDto> {
    return this.contacts.get(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ContactDetailDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'version_conflict or contact_exists.' })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateContactDto): Promise<ContactDetailDto> {
    return this.contacts.update(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.contacts.remove(user.id, id);
  }

  @Get(':id/outreach')
  @ApiOkResponse({ type: OutreachListDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  listOutreach(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<OutreachListDto> {
    return this.outreach.list(user.id, id);
  }

  @Post(':id/outreach')
  @ApiCreatedResponse({ type: OutreachDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  logOutreach(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: CreateOutreachDto): Promise<OutreachDto> {
    return this.outreach.create(user.id, id, dto);
  }

  @Delete(':id/outreach/:outreachId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  removeOutreach(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Param('outreachId', new ParseUUIDPipe({ exceptionFactory: () => badField('outreachId', 'outreachId must be a UUID') })) outreachId: string,
  ): Promise<void> {
    return this.outreach.remove(user.id, id, outreachId);
  }
}
