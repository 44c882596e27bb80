const DAY_MS = 86_400_000;

/** Whole days elapsed since `since` (an ISO timestamp), never negative. */
export function daysSince(since: string | Date, now: Date = new Date()): number {
  const start = typeof since === 'string' ? new Date(since) : since;
  return Math.max(0, Math.floor((now.getTime() - start.getTime()) / DAY_MS));
}
