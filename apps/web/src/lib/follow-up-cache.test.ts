import { describe, expect, it } from 'vitest';
import { makeFollowUp, makeToday } from '../test/follow-up-factories';
import { dueLabel, moveInPage, moveInToday, snoozedDueOn } from './follow-up-cache';
import type { FollowUpPage } from './follow-up-cache';

describe('follow-up cache edits', () => {
  const late = makeFollowUp({ dueOn: '2026-03-10' });
  const now = makeFollowUp({ dueOn: '2026-03-12' });
  const soon = makeFollowUp({ dueOn: '2026-03-15' });
  const data = makeToday({ date: '2026-03-12', overdue: [late], today: [now], upcoming: [soon] });

  it('snoozes from today, or from a due date still ahead', () => {
    expect(snoozedDueOn('2026-03-10', '2026-03-12', 1)).toBe('2026-03-13');
    expect(snoozedDueOn('2026-03-15', '2026-03-12', 7)).toBe('2026-03-22');
  });

  it('removes a done one from its bucket and its count', () => {
    const next = moveInToday(data, now.id, null);
    expect(next.today).toEqual([]);
    expect(next.counts).toEqual({ overdue: 1, today: 0, upcoming: 1 });
  });

  it('moves a snoozed one into the bucket of its new date, in date order, or out of the week', () => {
    const tomorrow = moveInToday(data, late.id, '2026-03-13');
    expect(tomorrow.upcoming.map((f) => [f.id, f.dueOn, f.status])).toEqual([
      [late.id, '2026-03-13', 'snoozed'],
      [soon.id, '2026-03-15', 'open'],
    ]);
    expect(tomorrow.counts).toEqual({ overdue: 0, today: 1, upcoming: 2 });
    const later = moveInToday(data, now.id, '2026-03-20');
    expect(later.counts).toEqual({ overdue: 1, today: 0, upcoming: 1 });
    expect(moveInToday(data, 'unknown', null)).toBe(data);
  });

  it('edits a page of pending follow-ups', () => {
    const page: FollowUpPage = { items: [late, soon], total: 2, page: 1, pageSize: 100, date: '2026-03-12' };
    expect(moveInPage(page, late.id, null)).toMatchObject({ items: [soon], total: 1 });
    expect(moveInPage(page, late.id, '2026-03-20').items.map((f) => f.id)).toEqual([soon.id, late.id]);
  });

  it('says how a due date stands against today', () => {
    expect(dueLabel('2026-03-09', '2026-03-12')).toBe('3 days overdue');
    expect(dueLabel('2026-03-11', '2026-03-12')).toBe('1 day overdue');
    expect(dueLabel('2026-03-12', '2026-03-12')).toBe('Due today');
    expect(dueLabel('2026-03-13', '2026-03-12')).toBe('Due tomorrow');
    // Across the end of daylight saving time: still whole days.
    expect(dueLabel('2026-11-03', '2026-10-31')).toBe('Due in 3 days');
  });
});
