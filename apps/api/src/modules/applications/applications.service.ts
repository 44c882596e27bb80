import { STAGES, type Stage, checkTransition, isClosedStage, lastOpenStageAfter, positionBetween } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException, notFound, versionConflict } from '../../common/problem.js';
import { type ApplicationRow, mapApplication, mapApplicationDetail, mapBoardCard } from './application.mapper.js';
import { CadenceService } from '../cadence/cadence.service.js';
import { CompaniesRepository } from '../companies/companies.repository.js';
import { type ApplicationValues, ApplicationsRepository } from './applications.repository.js';
import type {
  ApplicationDetailDto, ApplicationDto, ApplicationPageDto, BoardCardDto, BoardDto, CreateApplicationDto,
  ListApplicationsQueryDto, MoveApplicationDto, UpdateApplicationDto,
} from './dto/application.dto.js';

function assertTransition(from: Stage, to: Stage): void {
  const check = checkTransition(from, to);
  if (!check.ok) {
    throw new ProblemException({ status: 400, code: 'invalid_transition', detail: check.reason, errors: [{ field: 'stage', message: check.reason }] });
  }
}

function assertSalaryRange(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && min > max) {
    throw new ProblemException({
      status: 400,
      code: 'validation_failed',
      detail: 'salaryMax must not be less than salaryMin',
      errors: [{ field: 'salaryMax', message: 'salaryMax must not be less than salaryMin' }],
    });
  }
}

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly companies: CompaniesRepository,
    private readonly cadence: CadenceService,
  ) {}

  async list(userId: string, query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    const { rows, total } = await this.repo.list(
      userId,
      { stage: query.stage, channel: query.channel, q: query.q, archived: query.archived ?? false },
      query.page,
      query.pageSize,
    );
    return { items: rows.map(mapApplication), total, page: query.page, pageSize: query.pageSize };
  }

  async get(userId: string, id: string): Promise<ApplicationDetailDto> {
    const row = await this.repo.findOne(userId, id);
    if (!row) throw notFound('Application');
    return mapApplicationDetail(row, await this.repo.history(userId, id));
  }

  async create(userId: string, dto: CreateApplicationDto): Promise<ApplicationDetailDto> {
    assertSalaryRange(dto.salaryMin, dto.salaryMax);
    const stage = dto.stage ?? 'wishlist';
    if (stage === 'accepted' || isClosedStage(stage)) {
      const reason = 'A new application starts in an open stage before offer acceptance';
      throw new ProblemException({ status: 400, code: 'invalid_transition', detail: reason, errors: [{ field: 'stage', message: reason }] });
    }
    const values: ApplicationValues & { stage: Stage } = { ...dto, channel: dto.channel ?? 'cold_apply', stage };
    const created = await this.repo.transaction(async (tx) => {
      values.companyId = await this.companies.upsert(tx, userId, dto.companyName);
      const row = await this.repo.insert(tx, userId, values);
      await this.repo.appendEvent(tx, userId, row.id, 'created', null, stage);
      return mapApplicationDetail(row, await this.repo.history(userId, row.id, tx));
    });
    await this.cadence.reconcileUser(userId);
    return created;
  }

  async update(userId: string, id: string, dto: UpdateApplicationDto): Promise<ApplicationDetailDto> {
    const { version, ...fields } = dto;
    const updated = await this.repo.transaction(async (tx) => {
      const current = await this.lockAtVersion(tx, userId, id, version);
      assertSalaryRange(
        fields.salaryMin !== undefined ? fields.salaryMin : current.salaryMin,
        fields.salaryMax !== undefined ? fields.salaryMax : current.salaryMax,
      );
      const changes: ApplicationValues & { position?: number } = { ...fields };
      if (fields.companyName !== undefined) changes.companyId = await this.companies.upsert(tx, userId, fields.companyName);
      const stageChanged = fields.stage !== undefined && fields.stage !== current.stage;
      if (stageChanged && fields.stage) {
        assertTransition(current.stage, fields.stage);
        changes.lastOpenStage = lastOpenStageAfter(current.stage, fields.stage, current.lastOpenStage);
        const { after } = await this.repo.neighbours(tx, userId, fields.stage, id, 0);
        changes.position = positionBetween(null, after) ?? 0;
      }
      const row = await this.repo.updateIfVersion(tx, userId, id, version, changes, stageChanged);
      if (!row) throw versionConflict('application', current.version);
      if (stageChanged) await this.repo.appendEvent(tx, userId, id, 'stage_changed', current.stage, row.stage);
      return mapApplicationDetail(row, await this.repo.history(userId, id, tx));
    });
    // A stage change or a new offer deadline can make or answer a follow-up.
    await this.cadence.reconcileUser(userId);
    return updated;
  }

  async move(userId: string, id: string, dto: MoveApplicationDto): Promise<ApplicationDto> {
    const moved = await this.repo.transaction(async (tx) => {
      const current = await this.lockAtVersion(tx, userId, id, dto.version);
      assertTransition(current.stage, dto.stage);
      let position = await this.positionAt(tx, userId, dto.stage, id, dto.position);
      if (position === null) {
        await this.repo.renumberColumn(tx, userId, dto.stage);
        position = (await this.positionAt(tx, userId, dto.stage, id, dto.position)) as number;
      }
      const stageChanged = dto.stage !== current.stage;
      const changes: ApplicationValues & { position: number } = { position };
      if (stageChanged) {
        changes.stage = dto.stage;
        changes.lastOpenStage = lastOpenStageAfter(current.stage, dto.stage, current.lastOpenStage);
      }
      const row = await this.repo.updateIfVersion(tx, userId, id, dto.version, changes, stageChanged);
      if (!row) throw versionConflict('application', current.version);
      if (stageChanged) await this.repo.appendEvent(tx, userId, id, 'stage_changed', current.stage, dto.stage);
      return { row: mapApplication(row), stageChanged };
    });
    if (moved.stageChanged) await this.cadence.reconcileUser(userId);
    return moved.row;
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Application');
  }

  async board(userId: string): Promise<BoardDto> {
    const [rows, companyContacts] = await Promise.all([this.repo.board(userId), this.repo.contactCountsByCompany(userId)]);
    const byStage = new Map<Stage, BoardCardDto[]>(STAGES.map((stage) => [stage, []]));
    for (const row of rows) byStage.get(row.stage)?.push(mapBoardCard(row));
    return { columns: STAGES.map((stage) => ({ stage, applications: byStage.get(stage) ?? [] })), companyContacts };
  }

  /** Locks the row; 404 when it is not the user's, 409 when the client's version is stale. */
  private async lockAtVersion(tx: EntityManager, userId: string, id: string, version: number): Promise<ApplicationRow> {
    const current = await this.repo.findOne(userId, id, tx, true);
    if (!current) throw notFound('Application');
    if (current.version !== version) throw versionConflict('application', current.version);
    return current;
  }

  private async positionAt(tx: EntityManager, userId: string, stage: Stage, id: string, index: number): Promise<number | null> {
    const { before, after } = await this.repo.neighbours(tx, userId, stage, id, index);
    return positionBetween(before, after);
  }
}
