import type {
  ApplicationDetailDto,
  ApplicationDto,
  ApplicationEventDto,
  BoardDto,
  ContactDetailDto,
  ContactDto,
  ContactPageDto,
  PersonDto,
  ReferralDto,
} from '@offerpath/api-client';
import { STAGES } from '@offerpath/domain';

const DAY_MS = 86_400_000;
let sequence = 0;

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS - 60_000).toISOString();

/** A unique, valid-looking uuid per call. */
function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function makeApplication(overrides: Partial<ApplicationDto> = {}): ApplicationDto {
  const now = new Date().toISOString();
  return {
    id: nextId(),
    companyName: 'Acme',
    companyId: null,
    roleTitle: 'ML Engineer',
    jobUrl: null,
    location: null,
    workMode: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    channel: 'cold_apply',
    stage: 'wishlist',
    lastOpenStage: null,
    excitement: null,
    notes: null,
    appliedOn: null,
    offerDeadline: null,
    resumeVersion: null,
    archived: false,
    position: 1024,
    version: 1,
    stageChangedAt: now,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function makeDetail(
  application: ApplicationDto,
  history: ApplicationEventDto[] = [
    { id: nextId(), type: 'created', fromStage: null, toStage: application.stage, at: application.createdAt },
  ],
): ApplicationDetailDto {
  return { ...application, history };
}

/** A board as the API sends it: every stage, in order, cards in the order given. */
export function makeBoard(
  cards: Array<ApplicationDto & Partial<Pick<BoardDto['columns'][number]['applications'][number], 'nextFollowUp'>>>,
  companyContacts: BoardDto['companyContacts'] = [],
): BoardDto {
  return {
    columns: STAGES.map((stage) => ({
      stage,
      applications: cards.filter((card) => card.stage === stage).map((card) => ({ nextFollowUp: null, ...card })),
    })),
    companyContacts,
  };
}

export function makeContact(overrides: Partial<ContactDto> = {}): ContactDto {
  const now = new Date().toISOString();
  return {
    id: nextId(),
    name: 'Maya Okafor',
    companyId: null,
    companyName: 'Stripe',
    title: 'Technical Recruiter',
    linkedinUrl: null,
    email: null,
    phone: null,
    kind: 'recruiter',
    tags: [],
    notes: null,
    howMet: null,
    connectedOn: null,
    lastContactedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function makeContactDetail(contact: ContactDto, timeline: ContactDetailDto['timeline'] = []): ContactDetailDto {
  return { ...contact, timeline };
}

/** A page of contacts as GET /api/contacts sends it. */
export function makeContactPage(items: ContactDto[], { total = items.length, page = 1, pageSize = 50 } = {}): ContactPageDto {
  return { items, total, page, pageSize };
}

export function makePerson(contact: ContactDto, suggestedAction: PersonDto['suggestedAction']): PersonDto {
  return { ...contact, suggestedAction };
}

export function makeReferral(overrides: Partial<ReferralDto> = {}): ReferralDto {
  const now = new Date().toISOString();
  return {
    id: nextId(),
    applicationId: nextId(),
    contactId: nextId(),
    contactName: 'Daniel Reyes',
    companyName: 'Acme',
    roleTitle: 'ML Engineer',
    status: 'to_ask',
    notes: null,
    version: 1,
    steps: { to_ask: now.slice(0, 10), asked: null, agreed: null, submitted: null, interviewing: null, declined: null, no_response: null },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
