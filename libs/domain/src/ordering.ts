/** Gap between sort keys when a column is renumbered. */
export const POSITION_STEP = 1024;

/**
 * Sort key for a card dropped between two neighbours (either may be missing). Returns null
 * when the neighbours are too close to fit another key and the column must be renumbered.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return POSITION_STEP;
  if (before === null) return (after as number) - POSITION_STEP;
  if (after === null) return before + POSITION_STEP;
  const mid = (before + after) / 2;
  if (!(mid > before && mid < after) || after - before < 1e-6) return null;
  return mid;
}
