import { Injectable } from '@nestjs/common';
import { ProblemException, notFound } from '../../common/problem.js';
import { CadenceService } from '../cadence/cadence.service.js';
import type { CreateOutreachDto, OutreachDto, OutreachListDto } from './dto/outreach.dto.js';
import { type OutreachRow, OutreachRepository } from './outreach.repository.js';

function mapOutreach(row: OutreachRow): OutreachDto {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

@Injectable()
export class OutreachService {
  constructor(
    private readonly repo: OutreachRepository,
    private readonly cadence: CadenceService,
  ) {}

  async list(userId: string, contactId: string): Promise<OutreachListDto> {
    if (!(await this.repo.contactExists(userId, contactId))) throw notFound('Contact');
    return { items: (await this.repo.list(userId, contactId)).map(mapOutreach) };
  }

  async create(userId: string, contactId: string, dto: CreateOutreachDto): Promise<OutreachDto> {
    const row = await this.repo.insert(userId, contactId, {
      type: dto.type,
      occurredOn: dto.occurredOn,
      applicationId: dto.applicationId ?? null,
      note: dto.note?.trim() || null,
    });
    if (row) {
      // A request or a message starts a follow-up; an acceptance or a reply answers one.
      await this.cadence.reconcileUser(userId);
      return mapOutreach(row);
    }
    if (!(await this.repo.contactExists(userId, contactId))) throw notFound('Contact');
    // Someone else's application answers like a missing one, and names the field.
    throw new ProblemException({ status: 400, code: 'validation_failed', detail: 'applicationId is not one of your applications', errors: [{ field: 'applicationId', message: 'no such application' }] });
  }

  async remove(userId: string, contactId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, contactId, id))) throw notFound('Outreach entry');
    await this.cadence.reconcileUser(userId);
  }
}
