import type { EventDetailDto } from '../lib/types';

let sequence = 0;

export function makeEvent(overrides: Partial<EventDetailDto> = {}): EventDetailDto {
  sequence += 1;
  const now = new Date().toISOString();
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    type: 'interview',
    roundKind: 'coding',
    title: 'Coding interview — Stripe',
    startsAt: '2026-03-12T13:00:00.000Z',
    endsAt: '2026-03-12T14:00:00.000Z',
    timeZone: 'Europe/Berlin',
    location: null,
    url: null,
    notes: null,
    outcome: 'pending',
    applicationId: null,
    application: null,
    contacts: [],
    version: 1,
    createdAt: now,
    updatedAt: now,
    stageSuggestion: null,
    ...overrides,
  };
}
