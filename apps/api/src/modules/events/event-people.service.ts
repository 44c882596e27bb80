import { EVENT_LIMITS, addDays, isGatheringEventType, localDate, metAtFollowUpTitle, normalizeCompanyName, normalizeLinkedInUrl } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { type FieldErrorDto, ProblemException, notFound } from '../../common/problem.js';
import { CompaniesRepository } from '../companies/companies.repository.js';
import { mapContact } from '../contacts/contact.mapper.js';
import { ContactsRepository } from '../contacts/contacts.repository.js';
import { mapFollowUp } from '../follow-ups/follow-up.mapper.js';
import type { AddPeopleDto, AddPeopleResultDto, PersonMetDto } from './dto/event-people.dto.js';
import { mapEvent } from './event.mapper.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';

const invalid = (errors: FieldErrorDto[]) =>
  new ProblemException({ status: 400, code: 'validation_failed', detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });

/** A concurrent write took a LinkedIn profile between the check and the insert. */
function duplicateProfile(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'contacts_user_linkedin_url_key') {
    throw new ProblemException({ status: 409, code: 'contact_exists', detail: 'A contact with one of these LinkedIn profiles already exists', errors: [{ field: 'people', message: 'a LinkedIn profile is already a contact' }] });
  }
  throw error;
}

/** Normalised LinkedIn URLs per row; bad or repeated ones become field errors. */
function profiles(people: PersonMetDto[]): { urls: Array<string | null>; errors: FieldErrorDto[] } {
  const errors: FieldErrorDto[] = [];
  const seen = new Set<string>();
  const urls = people.map((person, i) => {
    if (!person.linkedinUrl) return null;
    const url = normalizeLinkedInUrl(person.linkedinUrl);
    if (!url) errors.push({ field: `people.${i}.linkedinUrl`, message: 'linkedinUrl must be an http(s) URL' });
    else if (seen.has(url)) errors.push({ field: `people.${i}.linkedinUrl`, message: 'this LinkedIn profile is listed twice' });
    if (url) seen.add(url);
    return url;
  });
  return { urls, errors };
}

/**
 * "Event mode": everyone met at a career fair or meetup becomes a contact linked to the event with
 * a follow-up a few days later, all in one transaction.
 */
@Injectable()
export class EventPeopleService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly events: EventsService,
    private readonly contacts: ContactsRepository,
    private readonly companies: CompaniesRepository,
  ) {}

  async add(userId: string, eventId: string, dto: AddPeopleDto): Promise<AddPeopleResultDto> {
    const { urls, errors } = profiles(dto.people);
    const followUpDays = dto.followUpDays ?? EVENT_LIMITS.followUpDaysDefault;
    const result = await this.repo
      .transaction(async (tx) => {
        const event = await this.repo.lock(tx, userId, eventId);
        if (!event) throw notFound('Event');
        if (!isGatheringEventType(event.type)) {
          throw new ProblemException({
            status: 409,
            code: 'not_a_gathering_event',
            detail: 'People met can only be added to a career fair or a networking event',
          });
        }
        if (errors.length) throw invalid(errors);
        const taken = await this.repo.existingProfiles(tx, userId, urls.filter((u): u is string => u !== null));
        if (taken.size) {
          throw new ProblemException({
            status: 409,
            code: 'contact_exists',
            detail: 'Some of these LinkedIn profiles are already contacts',
            errors: urls.flatMap((url, i) => (url && taken.has(url) ? [{ field: `people.${i}.linkedinUrl`, message: 'already one of your contacts' }] : [])),
          });
        }
        const companyIds = await this.companies.upsertMany(tx, userId, dto.people.flatMap((p) => (p.companyName ? [p.companyName] : [])));
        const created = [];
        for (const [i, person] of dto.people.entries()) {
          created.push(
            await this.contacts.insert(tx, userId, {
              name: person.name,
              companyId: person.companyName ? (companyIds.get(normalizeCompanyName(person.companyName)) ?? null) : null,
              title: person.title ?? null,
              linkedinUrl: urls[i],
              email: person.email ?? null,
              kind: 'other',
              howMet: event.title,
            }),
          );
        }
        await this.repo.link(tx, userId, eventId, created.map((contact, i) => ({ contactId: contact.id, note: dto.people[i].note ?? null })));
        const dueOn = addDays(localDate(event.startsAt, event.timeZone), followUpDays);
        const followUpIds = await this.repo.insertFollowUps(
          tx,
          userId,
          eventId,
          created.map((contact) => ({ contactId: contact.id, title: metAtFollowUpTitle(contact.name, event.title), dueOn })),
        );
        await this.repo.touch(tx, userId, eventId);
        const row = await this.repo.findOne(userId, eventId, tx);
        return {
          event: mapEvent(row as NonNullable<typeof row>),
          contacts: created.map(mapContact),
          followUps: (await this.repo.followUps(tx, userId, followUpIds)).map(mapFollowUp),
        };
      })
      .catch(duplicateProfile);
    await this.events.afterCommit(userId);
    return result;
  }
}
