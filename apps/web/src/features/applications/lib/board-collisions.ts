import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { BoardColumns } from './board-filter';
import { parseDropTarget } from './drop-targets';

interface CollisionState {
  /** The board as shown while dragging. */
  columns: () => BoardColumns | null;
  /** Set for a frame after the card changed column, while the columns settle. */
  justChangedColumn: () => boolean;
  /** The last target found, kept while the pointer is between targets. */
  lastOverId: { current: UniqueIdentifier | null };
}

/**
 * What the dragged card is over. Pointer: the droppable under it (else the one overlapping the
 * card most); over a column with cards, its nearest card, so the drop lands between cards.
 * Keyboard: the arrow keys put the card on its target's top-left corner, so the nearest corner.
 */
export function boardCollisionDetection({ columns, justChangedColumn, lastOverId }: CollisionState): CollisionDetection {
  return (args) => {
    if (justChangedColumn() && args.active) return [{ id: args.active.id }];
    if (!args.pointerCoordinates) {
      let nearest: UniqueIdentifier | null = null;
      let best = Infinity;
      for (const container of args.droppableContainers) {
        const rect = args.droppableRects.get(container.id);
        if (!rect) continue;
        const distance = Math.hypot(rect.left - args.collisionRect.left, rect.top - args.collisionRect.top);
        if (distance < best) {
          best = distance;
          nearest = container.id;
        }
      }
      return nearest === null ? [] : [{ id: nearest }];
    }
    const underPointer = pointerWithin(args);
    const hits = underPointer.length > 0 ? underPointer : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId === null || overId === undefined) return lastOverId.current === null ? [] : [{ id: lastOverId.current }];
    const target = parseDropTarget(overId);
    const current = columns();
    if (target?.kind === 'column' && current && current[target.stage].length > 0) {
      const ids = new Set<UniqueIdentifier>(current[target.stage].map((card) => card.id));
      const nearest = closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((container) => ids.has(container.id)),
      });
      overId = getFirstCollision(nearest, 'id') ?? overId;
    }
    lastOverId.current = overId;
    return [{ id: overId }];
  };
}
