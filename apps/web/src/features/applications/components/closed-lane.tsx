import { useDroppable } from '@dnd-kit/core';
import { CLOSED_STAGES, STAGE_LABELS, type ClosedStage } from '@offerpath/domain';
import { useId, type ReactNode } from 'react';
import { zoneDropId } from '../lib/drop-targets';

interface ClosedLaneProps {
  open: boolean;
  onToggle: () => void;
  counts: Record<ClosedStage, number>;
  /** Set per outcome while a card is dragged that may not go there. */
  forbidden: (stage: ClosedStage) => boolean;
  renderColumn: (stage: ClosedStage) => ReactNode;
}

/** Rejected, withdrawn and ghosted, out of the way until asked for; still drop targets when collapsed. */
export function ClosedLane({ open, onToggle, counts, forbidden, renderColumn }: ClosedLaneProps) {
  const contentId = useId();
  const total = CLOSED_STAGES.reduce((sum, stage) => sum + counts[stage], 0);
  return (
    <section className="closed-lane" aria-label="Closed applications" data-open={open || undefined}>
      <div className="closed-lane-header">
        <button type="button" className="lane-toggle" aria-expanded={open} aria-controls={contentId} onClick={onToggle}>
          <span className="lane-chevron" aria-hidden="true">
            ▸
          </span>
          Closed <span className="lane-total">({total})</span>
        </button>
        {!open ? (
          <div className="closed-zones">
            {CLOSED_STAGES.map((stage) => (
              <ClosedZone key={stage} stage={stage} count={counts[stage]} forbidden={forbidden(stage)} />
            ))}
          </div>
        ) : null}
      </div>
      <div id={contentId} className="closed-columns" hidden={!open}>
        {open ? CLOSED_STAGES.map((stage) => renderColumn(stage)) : null}
      </div>
    </section>
  );
}

function ClosedZone({ stage, count, forbidden }: { stage: ClosedStage; count: number; forbidden: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: zoneDropId(stage) });
  return (
    <span
      ref={setNodeRef}
      className="closed-zone"
      data-drop-stage={stage}
      data-over={isOver || undefined}
      data-forbidden={forbidden || undefined}
    >
      {STAGE_LABELS[stage]} <strong>{count}</strong>
    </span>
  );
}
