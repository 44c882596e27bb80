import type { ApplicationDetailDto, ApplicationDto, ApplicationEventDto, BoardDto } from '@offerpath/api-client';
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
export function makeBoard(cards: ApplicationDto[]): BoardDto {
  return {
    columns: STAGES.map((stage) => ({ stage, applications: cards.filter((card) => card.stage === stage) })),
  };
}
