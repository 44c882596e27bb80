import type { UniqueIdentifier } from '@dnd-kit/core';
import { isStage, type Stage } from '@offerpath/domain';

/**
 * Ids of the board's drop targets besides cards (whose ids are application ids): a column,
 * and the compact drop zone a closed outcome shows while its lane is collapsed.
 */
export const DROP_TARGET_KINDS = ['column', 'zone'] as const;
export type DropTargetKind = (typeof DROP_TARGET_KINDS)[number];

export const columnDropId = (stage: Stage) => `column:${stage}`;
export const zoneDropId = (stage: Stage) => `zone:${stage}`;

export function parseDropTarget(id: UniqueIdentifier): { kind: DropTargetKind; stage: Stage } | null {
  const [kind, stage] = String(id).split(':');
  if ((kind === 'column' || kind === 'zone') && isStage(stage)) return { kind, stage };
  return null;
}
