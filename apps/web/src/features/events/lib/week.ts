import { addDays, localDate } from '@offerpath/domain';
import { wallTimeToIso } from './zoned-time';

export const CALENDAR_VIEWS = ['week', 'list'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** How many days each view shows; prev/next move by as much. */
export const VIEW_DAYS: Record<CalendarView, number> = { week: 7, list: 28 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of the week `day` is in. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function todayIn(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}

/** A valid 'YYYY-MM-DD' from the URL, or null. */
export function parseDay(text: string | null): string | null {
  if (!text || !DAY.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

export interface VisibleRange {
  days: string[];
  /** Midnight of the first day, and of the day after the last, in `timeZone`: the API range. */
  from: string;
  to: string;
}

export function visibleRange(view: CalendarView, anchor: string, timeZone: string): VisibleRange {
  const start = weekStart(anchor);
  const days = Array.from({ length: VIEW_DAYS[view] }, (_, i) => addDays(start, i));
  return {
    days,
    from: wallTimeToIso(`${start}T00:00`, timeZone) as string,
    to: wallTimeToIso(`${addDays(start, VIEW_DAYS[view])}T00:00`, timeZone) as string,
  };
}

const headingFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const rangeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function dayHeading(day: string, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? headingFormat : shortFormat).format(new Date(`${day}T00:00:00Z`));
}

export function rangeLabel(days: string[]): string {
  return `${rangeFormat.format(new Date(`${days[0]}T00:00:00Z`))} – ${rangeFormat.format(new Date(`${days[days.length - 1]}T00:00:00Z`))}`;
}
