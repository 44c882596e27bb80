import { Controller, Get, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto } from '../../common/problem.js';
import { ExportService } from './export.service.js';

@ApiTags('data')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('applications.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every application (archived too) as CSV, for a spreadsheet; a download named offerpath-applications-<date>.csv.', schema: { type: 'string' } })
  async applications(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const csv = await this.exports.applicationsCsv(user.id);
    const date = new Date().toISOString().slice(0, 10);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="offerpath-applications-${date}.csv"`);
    res.send(csv);
  }
}
