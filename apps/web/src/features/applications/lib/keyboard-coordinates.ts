import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { CLOSED_STAGES, OPEN_STAGES, STAGES, type Stage } from '@offerpath/domain';
import type { BoardColumns } from './board-filter';
import { columnDropId, parseDropTarget, zoneDropId } from './drop-targets';

const ARROWS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'] as const;
type Arrow = (typeof ARROWS)[number];
const isArrow = (code: string): code is Arrow => (ARROWS as readonly string[]).includes(code);

interface BoardKeyboardState {
  /** The board as shown while dragging. */
  columns: BoardColumns | null;
  closedLaneOpen: boolean;
}

function stageHolding(columns: BoardColumns, id: UniqueIdentifier): Stage | undefined {
  return STAGES.find((stage) => columns[stage].some((card) => card.id === id));
}

/**
 * Arrow keys while a card is picked up: Left/Right go to the top of the previous/next column
 * (or the collapsed lane's drop zones), Up/Down step through the cards of the current column.
 * dnd-kit's generic getter picks the geometrically nearest target, which across columns of
 * different lengths jumps somewhere unexpected.
 */
export function boardKeyboardCoordinates(getState: () => BoardKeyboardState): KeyboardCoordinateGetter {
  return (event, { context: { active, over, collisionRect, droppableRects } }) => {
    if (!isArrow(event.code)) return undefined;
    event.preventDefault();
    const { columns, closedLaneOpen } = getState();
    if (!active || !collisionRect || !columns) return undefined;
    const topLeft = (id: UniqueIdentifier | undefined) => {
      const rect = id === undefined ? undefined : droppableRects.get(id);
      return rect ? { x: rect.left, y: rect.top } : undefined;
    };

    const overTarget = over ? parseDropTarget(over.id) : null;
    const stage = overTarget?.stage ?? stageHolding(columns, over?.id ?? active.id);
    if (!stage) return undefined;

    if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
      if (overTarget?.kind === 'zone') return undefined;
      const down = event.code === 'ArrowDown';
      const candidates = columns[stage]
        .map((card) => ({ id: card.id, rect: droppableRects.get(card.id) }))
        .filter((entry) => entry.rect && (down ? entry.rect.top > collisionRect.top + 1 : entry.rect.top < collisionRect.top - 1))
        .sort((a, b) => (down ? 1 : -1) * ((a.rect?.top ?? 0) - (b.rect?.top ?? 0)));
      return topLeft(candidates[0]?.id);
    }

    const order = [
      ...OPEN_STAGES.map(columnDropId),
      ...CLOSED_STAGES.map((closed) => (closedLaneOpen ? columnDropId(closed) : zoneDropId(closed))),
    ];
    const current = overTarget?.kind === 'zone' ? zoneDropId(overTarget.stage) : columnDropId(stage);
    const nextId = order[order.indexOf(current) + (event.code === 'ArrowRight' ? 1 : -1)];
    const next = nextId ? parseDropTarget(nextId) : null;
    if (!nextId || !next) return undefined;
    if (next.kind === 'zone') return topLeft(nextId);
    const first = columns[next.stage].find((card) => card.id !== active.id);
    return topLeft(first?.id ?? nextId);
  };
}
