import { Injectable } from '@nestjs/common';
import { badField, notFound } from '../../common/problem.js';
import { CompaniesRepository } from './companies.repository.js';
import { mapCompany } from './company.mapper.js';
import type { CompanyDto, CompanyListDto } from './dto/company.dto.js';

@Injectable()
export class CompaniesService {
  constructor(private readonly repo: CompaniesRepository) {}

  async list(userId: string): Promise<CompanyListDto> {
    return { items: (await this.repo.list(userId)).map(mapCompany) };
  }

  /** Moves the source's applications and contacts to the target and deletes the source: one transaction. */
  async merge(userId: string, sourceId: string, intoId: string): Promise<CompanyDto> {
    if (sourceId === intoId) throw badField('intoId', 'intoId must be another company');
    return this.repo.transaction(async (tx) => {
      const found = await this.repo.lock(tx, userId, [sourceId, intoId]);
      if (!found.includes(sourceId)) throw notFound('Company');
      if (!found.includes(intoId)) throw notFound('Target company');
      await this.repo.merge(tx, userId, sourceId, intoId);
      const merged = await this.repo.findOne(userId, intoId, tx);
      if (!merged) throw notFound('Target company');
      return mapCompany(merged);
    });
  }
}
