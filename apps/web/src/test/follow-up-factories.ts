import type { components } from '@offerpath/api-client';

type FollowUp = components['schemas']['FollowUpDto'];
type TodayData = components['schemas']['TodayDto'];
type FollowUpPage = components['schemas']['FollowUpPageDto'];

let sequence = 0;

export function makeFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  sequence += 1;
  const now = new Date().toISOString();
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind: 'custom',
    title: `Follow-up ${sequence}`,
    notes: null,
    dueOn: '2026-03-12',
    dueTime: null,
    firstDueOn: overrides.dueOn ?? '2026-03-12',
    status: 'open',
    rule: null,
    completedAt: null,
    cancelledReason: null,
    applicationId: null,
    contactId: null,
    referralId: null,
    eventId: null,
    application: null,
    contact: null,
    referral: null,
    event: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function makeToday(overrides: Partial<TodayData> = {}): TodayData {
  const data: TodayData = {
    date: '2026-03-12',
    timeZone: 'Europe/Berlin',
    overdue: [],
    today: [],
    upcoming: [],
    events: [],
    counts: { overdue: 0, today: 0, upcoming: 0 },
    ...overrides,
  };
  if (!overrides.counts) data.counts = { overdue: data.overdue.length, today: data.today.length, upcoming: data.upcoming.length };
  return data;
}

export function makeFollowUpPage(items: FollowUp[], date = '2026-03-12'): FollowUpPage {
  return { items, total: items.length, page: 1, pageSize: 100, date };
}
