import type { components } from '@offerpath/api-client';
import { addDays } from '@offerpath/domain';

export type FollowUp = components['schemas']['FollowUpDto'];
export type TodayData = components['schemas']['TodayDto'];
export type FollowUpPage = components['schemas']['FollowUpPageDto'];

/** Pure edits of cached follow-up data, for optimistic updates; the server's answer replaces them. */

/** Where a snooze of `days` moves a follow-up: from today, or from its due date when that is later. */
export function snoozedDueOn(dueOn: string, today: string, days: number): string {
  return addDays(dueOn > today ? dueOn : today, days);
}

const byDue = (a: FollowUp, b: FollowUp) => a.dueOn.localeCompare(b.dueOn);

/** Today's data with the follow-up gone from its bucket (done), or moved to `dueOn` (snoozed). */
export function moveInToday(data: TodayData, id: string, dueOn: string | null, upcomingDays = 7): TodayData {
  const found = [...data.overdue, ...data.today, ...data.upcoming].find((item) => item.id === id);
  if (!found) return data;
  const next: TodayData = {
    ...data,
    overdue: data.overdue.filter((item) => item.id !== id),
    today: data.today.filter((item) => item.id !== id),
    upcoming: data.upcoming.filter((item) => item.id !== id),
  };
  const counts = { ...data.counts };
  for (const bucket of ['overdue', 'today', 'upcoming'] as const) {
    if (next[bucket].length < data[bucket].length) counts[bucket] = Math.max(0, counts[bucket] - 1);
  }
  if (dueOn !== null) {
    const moved: FollowUp = { ...found, dueOn, status: 'snoozed' };
    const bucket = dueOn < data.date ? 'overdue' : dueOn === data.date ? 'today' : dueOn <= addDays(data.date, upcomingDays) ? 'upcoming' : null;
    if (bucket) {
      next[bucket] = [...next[bucket], moved].sort(byDue);
      counts[bucket] += 1;
    }
  }
  return { ...next, counts };
}

/** A page of pending follow-ups with one gone (done) or moved to `dueOn` (snoozed). */
export function moveInPage(page: FollowUpPage, id: string, dueOn: string | null): FollowUpPage {
  if (!page.items.some((item) => item.id === id)) return page;
  if (dueOn === null) return { ...page, items: page.items.filter((item) => item.id !== id), total: Math.max(0, page.total - 1) };
  return {
    ...page,
    items: page.items.map((item) => (item.id === id ? { ...item, dueOn, status: 'snoozed' as const } : item)).sort(byDue),
  };
}

/** A label for how a due date relates to today: "3 days overdue", "Due today", "Due tomorrow", "Due in 4 days". */
export function dueLabel(dueOn: string, today: string): string {
  const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < -1) return `${-days} days overdue`;
  if (days === -1) return '1 day overdue';
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}

export function dueTone(dueOn: string, today: string): 'overdue' | 'today' | 'later' {
  return dueOn < today ? 'overdue' : dueOn === today ? 'today' : 'later';
}
