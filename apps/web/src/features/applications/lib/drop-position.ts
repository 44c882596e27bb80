import type { ApplicationDto, BoardDto } from '@offerpath/api-client';
import type { Stage } from '@offerpath/domain';

/**
 * The `position` to send for a card dropped into `stage`, given the visible (maybe filtered)
 * order of that column after the drop: its index in the full column, counted without the card.
 * Hidden cards keep their places; the card goes just before its next visible neighbour.
 */
export function dropPosition(board: BoardDto, stage: Stage, visibleOrder: readonly ApplicationDto[], id: string): number {
  const full = (board.columns.find((column) => column.stage === stage)?.applications ?? []).filter((card) => card.id !== id);
  const at = visibleOrder.findIndex((card) => card.id === id);
  if (at === -1) return 0;
  const next = visibleOrder[at + 1];
  if (next) {
    const index = full.findIndex((card) => card.id === next.id);
    if (index !== -1) return index;
  }
  const previous = visibleOrder[at - 1];
  if (previous) {
    const index = full.findIndex((card) => card.id === previous.id);
    if (index !== -1) return index + 1;
  }
  return 0;
}
