import { EVENT_LIMITS, canonicalTimeZone, defaultEventTitle, parseOffsetDateTime, suggestStage } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type FieldErrorDto, ProblemException, badField, notFound, versionConflict } from '../../common/problem.js';
import { CadenceService } from '../cadence/cadence.service.js';
import type { CreateEventDto, EventContactLinkDto, EventDetailDto, EventListDto, ListEventsQueryDto, StageSuggestionDto, UpdateEventDto } from './dto/event.dto.js';
import { mapEvent, mapEventDetail } from './event.mapper.js';
import { type EventValues, EventsRepository } from './events.repository.js';

const DAY_MS = 86_400_000;

const invalid = (errors: FieldErrorDto[]) =>
  new ProblemException({ status: 400, code: 'validation_failed', detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });

function instant(value: string | Date): number {
  return value instanceof Date ? value.getTime() : (parseOffsetDateTime(value) as Date).getTime();
}

@Injectable()
export class EventsService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly cadence: CadenceService,
  ) {}

  async list(userId: string, query: ListEventsQueryDto): Promise<EventListDto> {
    const span = instant(query.to) - instant(query.from);
    if (span <= 0) throw badField('to', 'to must be after from');
    if (span > EVENT_LIMITS.rangeDaysMax * DAY_MS) throw badField('to', `the range may span at most ${EVENT_LIMITS.rangeDaysMax} days`);
    const rows = await this.repo.list(userId, query);
    return { items: rows.map(mapEvent), from: new Date(instant(query.from)).toISOString(), to: new Date(instant(query.to)).toISOString() };
  }

  get(userId: string, id: string): Promise<EventDetailDto> {
    return this.detail(userId, id);
  }

  async create(userId: string, dto: CreateEventDto): Promise<EventDetailDto> {
    const { contacts, ...fields } = dto;
    const roundKind = fields.roundKind ?? null;
    if (roundKind && fields.type !== 'interview') throw badField('roundKind', 'roundKind is only for interviews');
    if (fields.endsAt && instant(fields.endsAt) < instant(fields.startsAt)) throw badField('endsAt', 'endsAt must not be before startsAt');
    const created = await this.repo.transaction(async (tx) => {
      const application = fields.applicationId ? await this.ownApplication(tx, userId, fields.applicationId) : null;
      await this.checkContacts(tx, userId, contacts);
      const id = await this.repo.insert(tx, userId, {
        ...fields,
        roundKind,
        title: fields.title ?? defaultEventTitle(fields.type, roundKind, application?.companyName ?? null),
        timeZone: fields.timeZone === undefined ? undefined : canonicalTimeZone(fields.timeZone),
      });
      await this.repo.link(tx, userId, id, (contacts ?? []).map((c) => ({ contactId: c.contactId, note: c.note ?? null })));
      return this.detail(userId, id, tx);
    });
    await this.afterCommit(userId);
    return created;
  }

  async update(userId: string, id: string, dto: UpdateEventDto): Promise<EventDetailDto> {
    const { version, contacts, ...fields } = dto;
    const updated = await this.repo.transaction(async (tx) => {
      const current = await this.repo.lock(tx, userId, id);
      if (!current) throw notFound('Event');
      if (current.version !== version) throw versionConflict('event', current.version);
      const type = fields.type ?? current.type;
      const changes: EventValues = { ...fields };
      if (type !== 'interview') {
        if (fields.roundKind) throw badField('roundKind', 'roundKind is only for interviews');
        // Turning an interview into something else drops its round rather than refusing the change.
        if (current.roundKind) changes.roundKind = null;
      }
      const startsAt = fields.startsAt ?? current.startsAt;
      const endsAt = fields.endsAt !== undefined ? fields.endsAt : current.endsAt;
      if (endsAt !== null && instant(endsAt) < instant(startsAt)) {
        throw badField(fields.endsAt !== undefined ? 'endsAt' : 'startsAt', fields.endsAt !== undefined ? 'endsAt must not be before startsAt' : 'startsAt must not be after endsAt');
      }
      if (fields.applicationId) await this.ownApplication(tx, userId, fields.applicationId);
      if (fields.timeZone !== undefined) changes.timeZone = canonicalTimeZone(fields.timeZone);
      if (!(await this.repo.updateIfVersion(tx, userId, id, version, changes))) throw versionConflict('event', current.version);
      if (contacts) {
        await this.checkContacts(tx, userId, contacts);
        await this.repo.unlinkAll(tx, userId, id);
        await this.repo.link(tx, userId, id, contacts.map((c) => ({ contactId: c.contactId, note: c.note ?? null })));
      }
      return this.detail(userId, id, tx);
    });
    await this.afterCommit(userId);
    return updated;
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Event');
    await this.afterCommit(userId);
  }

  /**
   * The one place every committed write of an event passes (create, update, delete; event mode
   * calls it too): rules that react to events (e.g. cadence follow-ups) hook in here.
   */
  async afterCommit(userId: string): Promise<void> {
    // An interview that has begun gets its thank-you note; a cancelled one loses it.
    await this.cadence.reconcileUser(userId);
  }

  async detail(userId: string, id: string, tx?: EntityManager): Promise<EventDetailDto> {
    const row = await this.repo.findOne(userId, id, tx);
    if (!row) throw notFound('Event');
    return mapEventDetail(row, await this.suggestion(userId, row.roundKind, row.application?.id ?? null, tx));
  }

  /** Forward move an interview round implies for its application, with what the move call needs. */
  private async suggestion(userId: string, roundKind: EventValues['roundKind'], applicationId: string | null, tx?: EntityManager): Promise<StageSuggestionDto | null> {
    if (!roundKind || !applicationId) return null;
    const application = await this.repo.application(userId, applicationId, tx);
    if (!application || application.archived) return null;
    const move = suggestStage(roundKind, application.stage);
    if (!move) return null;
    return {
      applicationId,
      companyName: application.companyName,
      from: move.from,
      to: move.to,
      applicationVersion: application.version,
      position: await this.repo.columnLength(userId, move.to, applicationId, tx),
    };
  }

  /** Another user's application answers like a missing one, naming the field (as referrals do). */
  private async ownApplication(tx: EntityManager, userId: string, applicationId: string) {
    const application = await this.repo.application(userId, applicationId, tx);
    if (!application) throw badField('applicationId', 'applicationId is not one of your applications');
    return application;
  }

  private async checkContacts(tx: EntityManager, userId: string, contacts: EventContactLinkDto[] | undefined): Promise<void> {
    if (!contacts?.length) return;
    const owned = await this.repo.ownedContacts(tx, userId, contacts.map((c) => c.contactId));
    const seen = new Set<string>();
    const errors: FieldErrorDto[] = [];
    contacts.forEach((c, i) => {
      if (!owned.has(c.contactId)) errors.push({ field: `contacts.${i}.contactId`, message: 'not one of your contacts' });
      else if (seen.has(c.contactId)) errors.push({ field: `contacts.${i}.contactId`, message: 'listed twice' });
      seen.add(c.contactId);
    });
    if (errors.length) throw invalid(errors);
  }
}
