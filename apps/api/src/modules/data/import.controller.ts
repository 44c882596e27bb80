import { Body, Controller, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCookieAuth, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { TrackerImportBodyDto, TrackerImportQueryDto, TrackerImportResultDto, TrackerImportUploadDto } from './dto/tracker-import.dto.js';
import { TrackerImportService } from './tracker-import.service.js';

export const TRACKER_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('data')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('import')
export class ImportController {
  constructor(private readonly trackerImport: TrackerImportService) {}

  @Post('applications')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: TrackerImportUploadDto })
  @ApiOkResponse({ type: TrackerImportResultDto, description: 'All or nothing: one transaction; every application gets a company and its history.' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid_csv, invalid_mapping, or invalid_rows (errors: {row, field, message}); nothing written.' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto, description: 'The file is over 5 MB.' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: TRACKER_IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 64 * 1024 } }))
  importApplications(
    @CurrentUser() user: AuthUser,
    @Query() query: TrackerImportQueryDto,
    @Body() body: TrackerImportBodyDto,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<TrackerImportResultDto> {
    return this.trackerImport.import(user.id, file?.buffer, body.mapping, query.dryRun ?? false);
  }
}
