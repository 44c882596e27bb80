import { finderRank, suggestedAction } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/problem.js';
import { ApplicationPeopleRepository } from './application-people.repository.js';
import { type ContactRow, mapContact } from './contact.mapper.js';
import type { LinkContactDto, LinkedContactListDto, PeopleDto, UnlinkContactQueryDto } from './dto/application-people.dto.js';

/** The later of two 'YYYY-MM-DD' dates (either may be missing). */
const latest = (row: ContactRow): string => [row.lastContactedAt, row.connectedOn].filter((d): d is string => !!d).sort().at(-1) ?? '';

@Injectable()
export class ApplicationPeopleService {
  constructor(private readonly repo: ApplicationPeopleRepository) {}

  /** The referral finder: who you know at the application's company, best bets first. */
  async people(userId: string, applicationId: string): Promise<PeopleDto> {
    const companyId = await this.repo.applicationCompany(userId, applicationId);
    if (companyId === undefined) throw notFound('Application');
    if (companyId === null) return { items: [] };
    const rows = await this.repo.atCompany(userId, companyId);
    rows.sort((a, b) => finderRank(a.kind) - finderRank(b.kind) || latest(b).localeCompare(latest(a)) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { items: rows.map((row) => ({ ...mapContact(row), suggestedAction: suggestedAction(row.kind) })) };
  }

  async link(userId: string, applicationId: string, dto: LinkContactDto): Promise<LinkedContactListDto> {
    if (!(await this.repo.link(userId, applicationId, dto.contactId, dto.role))) {
      if ((await this.repo.applicationCompany(userId, applicationId)) === undefined) throw notFound('Application');
      throw notFound('Contact');
    }
    return this.linked(userId, applicationId);
  }

  async unlink(userId: string, applicationId: string, contactId: string, query: UnlinkContactQueryDto): Promise<void> {
    if ((await this.repo.unlink(userId, applicationId, contactId, query.role)) === 0) throw notFound('Link');
  }

  async linked(userId: string, applicationId: string): Promise<LinkedContactListDto> {
    const rows = await this.repo.linked(userId, applicationId);
    if (rows.length === 0 && (await this.repo.applicationCompany(userId, applicationId)) === undefined) throw notFound('Application');
    return { items: rows.map(({ role, linkedAt, ...row }) => ({ role, linkedAt: linkedAt.toISOString(), contact: mapContact(row) })) };
  }
}
