import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

/** Bars, ribbons and points a chart lets the keyboard reach (each has an aria-label and a <title>). */
export const CHART_ITEM = '[data-chart-item]';

const items = (root: Element) => [...root.querySelectorAll<SVGElement | HTMLElement>(CHART_ITEM)];

/**
 * One tab stop per chart, not one per bar: the first item (or the one last moved to) is in the
 * tab order, the others are reached with the arrow keys, Home and End.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    if (!ref.current) return;
    const all = items(ref.current);
    const current = all.find((item) => item.getAttribute('tabindex') === '0') ?? all[0];
    for (const item of all) item.setAttribute('tabindex', item === current ? '0' : '-1');
  });
}

const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function moveChartFocus(event: KeyboardEvent<HTMLElement>) {
  const all = items(event.currentTarget);
  const index = all.indexOf(event.target as SVGElement);
  if (index < 0) return;
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = all.length - 1;
  else if (event.key in STEP) next = Math.min(all.length - 1, Math.max(0, index + STEP[event.key]));
  else return;
  event.preventDefault();
  for (const item of all) item.setAttribute('tabindex', item === all[next] ? '0' : '-1');
  all[next].focus();
}
