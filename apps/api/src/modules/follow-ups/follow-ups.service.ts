import { type FollowUpStatus, addDays } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { ProblemException, badField, notFound, versionConflict } from '../../common/problem.js';
import type {
  CompleteFollowUpDto, CreateFollowUpDto, ListFollowUpsQueryDto, ReopenFollowUpDto, SnoozeFollowUpDto, UpdateFollowUpDto,
} from './dto/follow-up-input.dto.js';
import type { FollowUpCountsDto, FollowUpDto, FollowUpPageDto, TodayDto } from './dto/follow-up.dto.js';
import { CadenceService } from '../cadence/cadence.service.js';
import { mapFollowUp, mapTodayEvent } from './follow-up.mapper.js';
import { type FollowUpChanges, type FollowUpLinks, FollowUpsRepository, type LinkField, type LockedFollowUp } from './follow-ups.repository.js';

/** The Today screen looks this many days ahead. */
export const UPCOMING_DAYS = 7;

const LINK_WHAT: Record<LinkField, string> = { applicationId: 'Application', contactId: 'Contact', referralId: 'Referral', eventId: 'Event' };

/** A link to something that is not the user's answers like a missing row: 404, naming the field. */
const linkNotFound = (field: LinkField) =>
  new ProblemException({ status: 404, code: 'not_found', detail: `${LINK_WHAT[field]} not found`, errors: [{ field, message: `no such ${LINK_WHAT[field].toLowerCase()}` }] });

const notPending = (status: FollowUpStatus, current: number) =>
  new ProblemException({ status: 409, code: 'follow_up_closed', detail: `This follow-up is already ${status}; reopen it first`, extra: { currentVersion: current } });

const isPending = (status: FollowUpStatus) => status === 'open' || status === 'snoozed';

/** A foreign key refused a link whose row went away after it was checked. */
function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23503';
}

function linksOf(dto: FollowUpLinks): FollowUpLinks {
  return { applicationId: dto.applicationId, contactId: dto.contactId, referralId: dto.referralId, eventId: dto.eventId };
}

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly repo: FollowUpsRepository,
    private readonly cadence: CadenceService,
  ) {}

  async list(userId: string, query: ListFollowUpsQueryDto): Promise<FollowUpPageDto> {
    const filter = { view: query.view, days: query.days, applicationId: query.applicationId, contactId: query.contactId, referralId: query.referralId };
    const { rows, total, today } = await this.repo.list(userId, filter, query.page, query.pageSize);
    return { items: rows.map(mapFollowUp), total, page: query.page, pageSize: query.pageSize, date: today };
  }

  counts(userId: string): Promise<FollowUpCountsDto> {
    return this.repo.counts(userId);
  }

  /** The home screen: three queries (the local date, the follow-ups due within a week, today's events). */
  async today(userId: string): Promise<TodayDto> {
    const { timeZone, today } = await this.repo.localToday(userId);
    const [due, events] = await Promise.all([this.repo.dueSoon(userId, today, UPCOMING_DAYS), this.repo.eventsOn(userId, today, timeZone)]);
    const result: TodayDto = { date: today, timeZone, overdue: [], today: [], upcoming: [], events: events.map(mapTodayEvent), counts: { overdue: 0, today: 0, upcoming: 0 } };
    for (const { bucket, bucketTotal, ...row } of due) {
      result[bucket].push(mapFollowUp(row));
      result.counts[bucket] = bucketTotal;
    }
    return result;
  }

  get(userId: string, id: string): Promise<FollowUpDto> {
    return this.detail(userId, id);
  }

  async create(userId: string, dto: CreateFollowUpDto): Promise<FollowUpDto> {
    const links = linksOf(dto);
    const id = await this.repo
      .transaction((tx) =>
        this.repo.insert(tx, userId, { kind: dto.kind ?? 'custom', title: dto.title, notes: dto.notes ?? null, dueOn: dto.dueOn ?? null, dueTime: dto.dueTime ?? null, ...links }),
      )
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error)) return null;
        throw error;
      });
    if (!id) throw linkNotFound((await this.repo.missingLink(userId, links)) ?? 'applicationId');
    return this.detail(userId, id);
  }

  async update(userId: string, id: string, dto: UpdateFollowUpDto): Promise<FollowUpDto> {
    const { version, ...fields } = dto;
    const links = linksOf(fields);
    return this.write(userId, id, version, async (tx, current) => {
      const missing = await this.repo.missingLink(userId, links, tx);
      if (missing) throw linkNotFound(missing);
      const changes: FollowUpChanges = { ...fields };
      // Until it is snoozed, the due date is still the first one; a snooze keeps first_due_on.
      if (fields.dueOn !== undefined && current.status === 'open') changes.firstDueOn = fields.dueOn;
      return changes;
    }).catch(async (error: unknown) => {
      // A linked row deleted between the check and the write.
      if (!isForeignKeyViolation(error)) throw error;
      throw linkNotFound((await this.repo.missingLink(userId, links)) ?? 'applicationId');
    });
  }

  async complete(userId: string, id: string, dto: CompleteFollowUpDto): Promise<FollowUpDto> {
    const done = await this.write(userId, id, dto.version, (_tx, current) => {
      if (!isPending(current.status)) throw notPending(current.status, current.version);
      return Promise.resolve({ status: 'done', completedAt: true });
    });
    // A rule's step done may start its next step (another nudge after a further wait).
    if (done.rule !== null) await this.cadence.reconcileUser(userId);
    return done;
  }

  snooze(userId: string, id: string, dto: SnoozeFollowUpDto): Promise<FollowUpDto> {
    return this.write(userId, id, dto.version, (_tx, current) => {
      if (!isPending(current.status)) throw notPending(current.status, current.version);
      let dueOn: string;
      if (dto.until !== undefined) {
        if (dto.until <= current.today) throw badField('until', `until must be after today (${current.today})`);
        dueOn = dto.until;
      } else {
        // From today for an overdue one, from its due date for one still ahead: a snooze never brings it closer.
        dueOn = addDays(current.dueOn > current.today ? current.dueOn : current.today, dto.days ?? 1);
      }
      return Promise.resolve({ status: 'snoozed', dueOn });
    });
  }

  reopen(userId: string, id: string, dto: ReopenFollowUpDto): Promise<FollowUpDto> {
    return this.write(userId, id, dto.version, (_tx, current) => {
      if (isPending(current.status)) {
        throw new ProblemException({ status: 409, code: 'follow_up_pending', detail: 'This follow-up is still pending', extra: { currentVersion: current.version } });
      }
      return Promise.resolve({ status: 'open', completedAt: null, cancelledReason: null });
    });
  }

  /**
   * Deletes one made by hand. One made by a cadence rule is cancelled instead ("dismissed"):
   * its rule key must stay, or the rule would make it again on its next run.
   */
  async remove(userId: string, id: string): Promise<void> {
    await this.repo.transaction(async (tx) => {
      const current = await this.repo.lock(tx, userId, id);
      if (!current) throw notFound('Follow-up');
      if (current.rule === null) await this.repo.delete(tx, userId, id);
      else if (isPending(current.status)) await this.repo.updateIfVersion(tx, userId, id, current.version, { status: 'cancelled', cancelledReason: 'dismissed' });
    });
  }

  /**
   * Locks the row, checks the client's version when it sent one, applies what `decide` returns.
   * Under the lock the status cannot change, so a double click gets a clear 409, never two writes.
   */
  private async write(
    userId: string,
    id: string,
    version: number | undefined,
    decide: (tx: EntityManager, current: LockedFollowUp) => Promise<FollowUpChanges>,
  ): Promise<FollowUpDto> {
    return this.repo.transaction(async (tx) => {
      const current = await this.repo.lock(tx, userId, id);
      if (!current) throw notFound('Follow-up');
      if (version !== undefined && current.version !== version) throw versionConflict('follow-up', current.version);
      const changes = await decide(tx, current);
      if (!(await this.repo.updateIfVersion(tx, userId, id, current.version, changes))) throw versionConflict('follow-up', current.version);
      return this.detail(userId, id, tx);
    });
  }

  private async detail(userId: string, id: string, tx?: EntityManager): Promise<FollowUpDto> {
    const row = await this.repo.findOne(userId, id, tx);
    if (!row) throw notFound('Follow-up');
    return mapFollowUp(row);
  }
}
