import { CHANNEL_LABELS, ROUND_KIND_LABELS, STAGE_LABELS, isStage, type Channel, type RoundKind } from '@offerpath/domain';

/** Below this many, a rate is shown with its sample size as a warning: it says little yet. */
export const SMALL_SAMPLE = 10;

export function channelLabel(channel: string): string {
  if (channel === 'all') return 'All channels';
  return CHANNEL_LABELS[channel as Channel] ?? channel;
}

export function stageLabel(stage: string): string {
  return isStage(stage) ? STAGE_LABELS[stage] : stage;
}

export function roundKindLabel(kind: string): string {
  return ROUND_KIND_LABELS[kind as RoundKind] ?? kind;
}

/** 0.4166 → '42%'; null (nothing to divide by) → '—'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** Days with one decimal below 10 ('3.5 d'), whole days above; null → '—'. */
export function formatDays(days: number | null): string {
  if (days === null) return '—';
  return `${days < 10 ? Math.round(days * 10) / 10 : Math.round(days)} d`;
}

/** A share of a whole as a percentage, or null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A round upper bound for an axis: 1, 2, 5, 10, 20, 50 … at or above `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

const weekFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → '3 Mar' (the day stays the day in every time zone). */
export function formatWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : weekFormat.format(date);
}
