import { vi } from 'vitest';

const COLUMN_PITCH = 125;
const COLUMN_WIDTH = 120;
const CARD_PITCH = 90;
const CARD_HEIGHT = 80;
const TOP = 100;

function rect(x: number, y: number, width: number, height: number): DOMRect {
  return {
    x,
    y,
    left: x,
    top: y,
    width,
    height,
    right: x + width,
    bottom: y + height,
    toJSON: () => ({}),
  } as DOMRect;
}

/**
 * jsdom has no layout, and dnd-kit moves cards by geometry. Give the board one: columns side
 * by side in DOM order, cards stacked inside them in DOM order.
 */
function layoutOf(element: Element): DOMRect {
  // The copy under the pointer starts where the picked-up card is.
  if (element.matches('.card-overlay') || element.querySelector(':scope > .card-overlay')) {
    const picked = document.querySelector('[data-testid="card"][data-dragging]');
    return picked ? layoutOf(picked) : rect(0, 0, 0, 0);
  }
  // The collapsed closed lane's drop zones sit in a row under the board.
  if (element.matches('[data-drop-stage]')) {
    const zones = [...document.querySelectorAll('[data-drop-stage]')];
    return rect(zones.indexOf(element) * COLUMN_PITCH, 900, COLUMN_WIDTH, 40);
  }
  const column = element.closest('section[data-stage]');
  if (!column) return rect(0, 0, 0, 0);
  const columns = [...document.querySelectorAll('section[data-stage]')];
  const x = columns.indexOf(column) * COLUMN_PITCH;
  if (element.matches('[data-testid="card"]')) {
    const cards = [...column.querySelectorAll('[data-testid="card"]')];
    return rect(x + 5, TOP + cards.indexOf(element) * CARD_PITCH, COLUMN_WIDTH - 10, CARD_HEIGHT);
  }
  return rect(x, TOP - 40, COLUMN_WIDTH, 600);
}

export function mockBoardLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return layoutOf(this);
  });
  if (!HTMLElement.prototype.scrollIntoView) HTMLElement.prototype.scrollIntoView = () => {};
}
