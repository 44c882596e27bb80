import { Controller, Get, HttpCode, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCookieAuth, ApiExtraModels, ApiOkResponse, ApiPayloadTooLargeResponse,
  ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { BackupService } from './backup.service.js';
import { BackupDocumentDto, BackupErrorDto, RestoreResultDto, RestoreUploadDto } from './dto/backup.dto.js';

/** A long search with years of history is a few MB; 50 MB leaves room without inviting abuse. */
export const RESTORE_MAX_BYTES = 50 * 1024 * 1024;

@ApiTags('data')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@ApiExtraModels(BackupErrorDto)
@Controller('backup')
export class BackupController {
  constructor(private readonly backups: BackupService) {}

  @Get()
  @ApiOkResponse({ type: BackupDocumentDto, description: 'Every row of the account as a download (Content-Disposition: attachment).' })
  async download(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<BackupDocumentDto> {
    const doc = await this.backups.backup(user.id);
    res.setHeader('Content-Disposition', `attachment; filename="offerpath-backup-${doc.exportedAt.slice(0, 10)}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return doc;
  }

  @Post('restore')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RestoreUploadDto })
  @ApiOkResponse({ type: RestoreResultDto, description: 'All or nothing, with new ids; only into an account without data.' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'invalid_backup: errors list {table, row, field, message} (BackupErrorDto); nothing written.' })
  @ApiConflictResponse({ type: ProblemDto, description: 'account_not_empty: the account already has data.' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto, description: 'The file is over 50 MB.' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: RESTORE_MAX_BYTES, files: 1, fields: 5 } }))
  restore(@CurrentUser() user: AuthUser, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<RestoreResultDto> {
    return this.backups.restore(user.id, file?.buffer);
  }
}
