import { checkReferralTransition } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { ProblemException, notFound, versionConflict } from '../../common/problem.js';
import { ApplicationsRepository } from '../applications/applications.repository.js';
import { CadenceService } from '../cadence/cadence.service.js';
import type { CreateReferralDto, ListReferralsQueryDto, ReferralDetailDto, ReferralPageDto, TransitionReferralDto, UpdateReferralDto } from './dto/referral.dto.js';
import { mapReferral, mapReferralDetail } from './referral.mapper.js';
import { ReferralsRepository } from './referrals.repository.js';

/** The unique (user_id, application_id, contact_id) index refused the insert. */
function duplicateReferral(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'referrals_user_application_contact_key') {
    throw new ProblemException({
      status: 409,
      code: 'referral_exists',
      detail: 'This contact already has a referral for this application',
      errors: [{ field: 'contactId', message: 'already referring you for this application' }],
    });
  }
  throw error;
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly repo: ReferralsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly cadence: CadenceService,
  ) {}

  async list(userId: string, query: ListReferralsQueryDto): Promise<ReferralPageDto> {
    const { rows, total } = await this.repo.list(userId, { applicationId: query.applicationId, contactId: query.contactId, status: query.status }, query.page, query.pageSize);
    return { items: rows.map(mapReferral), total, page: query.page, pageSize: query.pageSize };
  }

  get(userId: string, id: string): Promise<ReferralDetailDto> {
    return this.detail(userId, id);
  }

  async create(userId: string, dto: CreateReferralDto): Promise<ReferralDetailDto> {
    const status = dto.status ?? 'to_ask';
    const id = await this.repo
      .transaction(async (tx) => {
        const inserted = await this.repo.insert(tx, userId, { applicationId: dto.applicationId, contactId: dto.contactId, status, notes: dto.notes ?? null });
        if (inserted) await this.repo.appendEvent(tx, userId, inserted, null, status, dto.date ?? null);
        return inserted;
      })
      .catch(duplicateReferral);
    if (!id) {
      // Someone else's application or contact answers like a missing one, and names the field (as outreach does).
      const field = (await this.repo.missingOwner(userId, dto.applicationId, dto.contactId)) ?? 'applicationId';
      const what = field === 'applicationId' ? 'application' : 'contact';
      throw new ProblemException({ status: 400, code: 'validation_failed', detail: `${field} is not one of your ${what}s`, errors: [{ field, message: `no such ${what}` }] });
    }
    return this.get(userId, id);
  }

  async update(userId: string, id: string, dto: UpdateReferralDto): Promise<ReferralDetailDto> {
    return this.repo.transaction(async (tx) => {
      const current = await this.repo.lock(tx, userId, id);
      if (!current) throw notFound('Referral');
      if (current.version !== dto.version) throw versionConflict('referral', current.version);
      if (!(await this.repo.updateIfVersion(tx, userId, id, dto.version, { notes: dto.notes }))) throw versionConflict('referral', current.version);
      return this.detail(userId, id, tx);
    });
  }

  /** One step: the referral, its history and (on submitted) the application's channel change together. */
  async transition(userId: string, id: string, dto: TransitionReferralDto): Promise<ReferralDetailDto> {
    const moved = await this.repo.transaction(async (tx) => {
      const current = await this.repo.lock(tx, userId, id);
      if (!current) throw notFound('Referral');
      if (current.version !== dto.version) throw versionConflict('referral', current.version);
      const check = checkReferralTransition(current.status, dto.status);
      if (!check.ok) {
        throw new ProblemException({ status: 400, code: 'invalid_transition', detail: check.reason, errors: [{ field: 'status', message: check.reason }] });
      }
      if (!(await this.repo.updateIfVersion(tx, userId, id, dto.version, { status: dto.status }))) throw versionConflict('referral', current.version);
      await this.repo.appendEvent(tx, userId, id, current.status, dto.status, dto.date ?? null);
      if (dto.status === 'submitted') await this.applications.adoptReferralChannel(tx, userId, current.applicationId);
      return this.detail(userId, id, tx);
    });
    // Submitted starts the check-in; any later status answers it.
    await this.cadence.reconcileUser(userId);
    return moved;
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Referral');
  }

  private async detail(userId: string, id: string, tx?: EntityManager): Promise<ReferralDetailDto> {
    const row = await this.repo.findOne(userId, id, tx);
    if (!row) throw notFound('Referral');
    return mapReferralDetail(row);
  }
}
