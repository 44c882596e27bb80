import { inferContactKind, normalizeLinkedInUrl } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemException, badField, notFound, versionConflict } from '../../common/problem.js';
import { CompaniesRepository } from '../companies/companies.repository.js';
import { mapContact, mapContactDetail } from './contact.mapper.js';
import { type ContactValues, ContactsRepository } from './contacts.repository.js';
import type { ContactDetailDto, ContactPageDto, CreateContactDto, ListContactsQueryDto, UpdateContactDto } from './dto/contact.dto.js';

/** The unique (user_id, linkedin_url) index refused the write: that profile is already a contact. */
function duplicateProfile(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'contacts_user_linkedin_url_key') {
    throw new ProblemException({
      status: 409,
      code: 'contact_exists',
      detail: 'A contact with this LinkedIn profile already exists',
      errors: [{ field: 'linkedinUrl', message: 'a contact with this LinkedIn profile already exists' }],
    });
  }
  throw error;
}

function linkedinUrl(raw: string | null | undefined): string | null | undefined {
  if (raw === undefined || raw === null) return raw;
  const url = normalizeLinkedInUrl(raw);
  if (!url) throw badField('linkedinUrl', 'linkedinUrl must be an http(s) URL');
  return url;
}

@Injectable()
export class ContactsService {
  constructor(
    private readonly repo: ContactsRepository,
    private readonly companies: CompaniesRepository,
  ) {}

  async list(userId: string, query: ListContactsQueryDto): Promise<ContactPageDto> {
    const { rows, total } = await this.repo.list(userId, { q: query.q, kind: query.kind, companyId: query.companyId, tag: query.tag, sort: query.sort, order: query.order }, query.page, query.pageSize);
    return { items: rows.map(mapContact), total, page: query.page, pageSize: query.pageSize };
  }

  async get(userId: string, id: string): Promise<ContactDetailDto> {
    const row = await this.repo.findOne(userId, id);
    if (!row) throw notFound('Contact');
    return mapContactDetail(row, await this.repo.timeline(userId, id));
  }

  async create(userId: string, dto: CreateContactDto): Promise<ContactDetailDto> {
    const { companyName, ...fields } = dto;
    const values: ContactValues = { ...fields, linkedinUrl: linkedinUrl(dto.linkedinUrl), kind: dto.kind ?? inferContactKind(dto.title) };
    return this.repo
      .transaction(async (tx) => {
        if (companyName) values.companyId = await this.companies.upsert(tx, userId, companyName);
        const row = await this.repo.insert(tx, userId, values);
        return mapContactDetail(row, []);
      })
      .catch(duplicateProfile);
  }

  async update(userId: string, id: string, dto: UpdateContactDto): Promise<ContactDetailDto> {
    const { version, companyName, ...fields } = dto;
    const changes: ContactValues = { ...fields, linkedinUrl: linkedinUrl(dto.linkedinUrl) };
    return this.repo
      .transaction(async (tx) => {
        const current = await this.repo.findOne(userId, id, tx, true);
        if (!current) throw notFound('Contact');
        if (current.version !== version) throw versionConflict('contact', current.version);
        if (companyName !== undefined) changes.companyId = companyName ? await this.companies.upsert(tx, userId, companyName) : null;
        const row = await this.repo.updateIfVersion(tx, userId, id, version, changes);
        if (!row) throw versionConflict('contact', current.version);
        return mapContactDetail(row, await this.repo.timeline(userId, id, tx));
      })
      .catch(duplicateProfile);
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Contact');
  }
}
