import type { ApplicationDto, BoardDto } from '@offerpath/api-client';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import {
  CLOSED_STAGES,
  OPEN_STAGES,
  STAGES,
  STAGE_LABELS,
  checkTransition,
  isClosedStage,
  type ClosedStage,
  type Stage,
} from '@offerpath/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useToast } from '../../../components/ui/toast';
import { isApiError, errorMessage } from '../../../lib/api';
import { useMoveApplication } from '../api/move-application';
import { findCard } from '../lib/board-cache';
import { boardCollisionDetection } from '../lib/board-collisions';
import { visibleColumns, type BoardColumns, type BoardFilter } from '../lib/board-filter';
import { dropPosition } from '../lib/drop-position';
import { parseDropTarget } from '../lib/drop-targets';
import { boardKeyboardCoordinates } from '../lib/keyboard-coordinates';
import { CardBody } from './application-card';
import { BoardColumn } from './board-column';
import { ClosedLane } from './closed-lane';

interface PipelineBoardProps {
  board: BoardDto;
  filter: BoardFilter;
  onOpenCard: (id: string) => void;
}

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'Press Enter to open this application. To move it, press Space to pick it up, use the arrow keys to move it ' +
    'within its column or to another column, then press Space again to drop it, or Escape to cancel.',
};

/** The stage whose list holds `id` (a card) or that `id` names (a column or zone). */
function stageOf(columns: BoardColumns, id: UniqueIdentifier): Stage | undefined {
  const target = parseDropTarget(id);
  if (target) return target.stage;
  return STAGES.find((stage) => columns[stage].some((card) => card.id === id));
}

export function PipelineBoard({ board, filter, onOpenCard }: PipelineBoardProps) {
  const toast = useToast();
  const move = useMoveApplication();
  const [closedOpen, setClosedOpen] = useState(false);
  const closedOpenRef = useRef(closedOpen);
  closedOpenRef.current = closedOpen;
  // While dragging, the board shows this copy, rearranged as the card travels.
  const [dragColumns, setDragColumns] = useState<BoardColumns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // Over a collapsed outcome's zone the card has left its column: its placeholder is hidden.
  const [overZone, setOverZone] = useState(false);
  const dragColumnsRef = useRef<BoardColumns | null>(null);
  dragColumnsRef.current = dragColumns;
  const lastDropAt = useRef(0);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const justChangedColumn = useRef(false);
  const settling = useRef(false);

  useEffect(() => {
    if (!settling.current) return;
    settling.current = false;
    setDragColumns(null);
  }, [board]);

  useEffect(() => {
    // Once the card has settled in its new column, collisions are measured afresh.
    const frame = requestAnimationFrame(() => {
      justChangedColumn.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [dragColumns]);

  const collisionDetection = useMemo(
    () =>
      boardCollisionDetection({
        columns: () => dragColumnsRef.current,
        justChangedColumn: () => justChangedColumn.current,
        lastOverId,
      }),
    [],
  );

  const visible = useMemo(() => visibleColumns(board, filter), [board, filter]);
  const columns = dragColumns ?? visible;
  const totals = useMemo(
    () => Object.fromEntries(board.columns.map((column) => [column.stage, column.applications.length])) as Record<Stage, number>,
    [board],
  );
  const origin = activeId ? findCard(board, activeId) : undefined;
  const isForbidden = (stage: Stage) => Boolean(origin && !checkTransition(origin.stage, stage).ok);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: boardKeyboardCoordinates(() => ({
        columns: dragColumnsRef.current,
        closedLaneOpen: closedOpenRef.current,
      })),
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const nameOf = (id: UniqueIdentifier) => findCard(board, String(id))?.card.companyName ?? 'The card';

  const describeTarget = (activeIdentifier: UniqueIdentifier, overId: UniqueIdentifier): string => {
    const current = dragColumnsRef.current ?? visible;
    const stage = stageOf(current, overId);
    const from = findCard(board, String(activeIdentifier));
    if (!stage) return '';
    const check = from ? checkTransition(from.stage, stage) : { ok: true as const };
    if (!check.ok) return `${STAGE_LABELS[stage]}: not allowed. ${check.reason}`;
    const list = current[stage];
    // Over another card of the same column, the drop takes that card's place.
    const overIndex = list.findIndex((card) => card.id === overId);
    const index = overIndex !== -1 ? overIndex : list.findIndex((card) => card.id === activeIdentifier);
    return index === -1 ? STAGE_LABELS[stage] : `${STAGE_LABELS[stage]}, position ${index + 1} of ${list.length}`;
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const found = findCard(board, String(active.id));
      return found ? `Picked up ${found.card.companyName}, in ${STAGE_LABELS[found.stage]}.` : undefined;
    },
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over ${describeTarget(active.id, over.id)}.` : `${nameOf(active.id)} is not over a column.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped on ${describeTarget(active.id, over.id)}.` : `${nameOf(active.id)} was put back.`,
    onDragCancel: ({ active }) => {
      const found = findCard(board, String(active.id));
      return `Moving ${nameOf(active.id)} was cancelled.${found ? ` It stays in ${STAGE_LABELS[found.stage]}.` : ''}`;
    },
  };

  const cancelDrag = () => {
    setOverZone(false);
    lastOverId.current = null;
    setDragColumns(null);
    setActiveId(null);
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    settling.current = false;
    setActiveId(String(active.id));
    setDragColumns(visible);
  };

  const handleDragOver = ({ active, over }: DragOverEvent) => {
    setOverZone(over ? parseDropTarget(over.id)?.kind === 'zone' : false);
    if (!over) return;
    setDragColumns((current) => {
      if (!current) return current;
      const from = stageOf(current, active.id);
      const target = parseDropTarget(over.id);
      const to = stageOf(current, over.id);
      // A collapsed outcome's zone takes the card only on drop: its column is not on screen.
      if (!from || !to || from === to || target?.kind === 'zone') return current;
      if (isClosedStage(to) && !closedOpen) return current;
      const card = current[from].find((item) => item.id === active.id);
      if (!card) return current;
      justChangedColumn.current = true;
      const destination = current[to];
      let index = destination.length;
      if (!target) {
        const overIndex = destination.findIndex((item) => item.id === over.id);
        const translated = active.rect.current.translated;
        const below = translated ? translated.top > over.rect.top + over.rect.height / 2 : false;
        index = overIndex === -1 ? destination.length : overIndex + (below ? 1 : 0);
      }
      return {
        ...current,
        [from]: current[from].filter((item) => item.id !== active.id),
        [to]: [...destination.slice(0, index), card, ...destination.slice(index)],
      };
    });
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    const current = dragColumnsRef.current;
    const id = String(active.id);
    const found = findCard(board, id);
    setActiveId(null);
    setOverZone(false);
    lastOverId.current = null;
    lastDropAt.current = Date.now();
    // A card that went back to another column is a new element: keep keyboard users on it.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      // Dropped into the collapsed lane, the card is out of sight; the lane's toggle leads to it.
      const card = document.querySelector<HTMLElement>(`[data-testid="card"][data-id="${id}"]`);
      (card ?? document.querySelector<HTMLElement>('.lane-toggle'))?.focus();
    });
    const drop = over && current && found ? planDrop(current, over.id, id) : null;
    if (!drop || !found || (drop.stage === found.stage && drop.position === found.index)) {
      setDragColumns(null);
      return;
    }
    const check = checkTransition(found.stage, drop.stage);
    if (!check.ok) {
      setDragColumns(null);
      toast(`Can't move ${found.card.companyName} to ${STAGE_LABELS[drop.stage]}. ${check.reason}`, 'error');
      return;
    }
    // Keep the dropped arrangement on screen until the optimistic update reaches the cache
    // (query notifications are batched on a timer); else the card flashes back for a frame.
    setDragColumns(drop.columns);
    settling.current = true;
    move.mutate(
      { id, stage: drop.stage, position: drop.position, version: found.card.version },
      { onError: (error) => toast(moveFailedMessage(found.card, error), 'error') },
    );
  };

  /** Where a drop on `overId` puts card `id`: its stage, the API position, and the columns to show. */
  const planDrop = (current: BoardColumns, overId: UniqueIdentifier, id: string) => {
    const target = parseDropTarget(overId);
    if (target?.kind === 'zone') {
      const from = stageOf(current, id);
      const columns = from ? { ...current, [from]: current[from].filter((card) => card.id !== id) } : current;
      return { stage: target.stage, position: 0, columns };
    }
    const stage = stageOf(current, id);
    if (!stage) return null;
    let order = current[stage];
    if (!target && stageOf(current, overId) === stage) {
      const fromIndex = order.findIndex((card) => card.id === id);
      const toIndex = order.findIndex((card) => card.id === overId);
      if (fromIndex !== -1 && toIndex !== -1 && fromIndex !== toIndex) order = arrayMove(order, fromIndex, toIndex);
    }
    return { stage, position: dropPosition(board, stage, order, id), columns: { ...current, [stage]: order } };
  };

  const openCard = (id: string) => {
    // A drop can end with a click on the card; that click is not a request to open it.
    if (Date.now() - lastDropAt.current < 250) return;
    onOpenCard(id);
  };

  // While a card is dragged, it counts in the column it is over.
  const dragStage = activeId && dragColumns ? stageOf(dragColumns, activeId) : undefined;
  const totalIn = (stage: Stage) =>
    (totals[stage] ?? 0) - (origin && origin.stage === stage && dragStage && dragStage !== stage ? 1 : 0) +
    (origin && dragStage === stage && origin.stage !== stage ? 1 : 0);

  const renderColumn = (stage: Stage) => (
    <BoardColumn
      key={stage}
      stage={stage}
      cards={columns[stage]}
      total={totalIn(stage)}
      forbidden={isForbidden(stage)}
      onOpenCard={openCard}
    />
  );

  const closedCounts = Object.fromEntries(CLOSED_STAGES.map((stage) => [stage, totals[stage] ?? 0])) as Record<
    ClosedStage,
    number
  >;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={handleDragStart}
      onDragOver={handleDragOver}
      onDragEnd={handleDragEnd}
      onDragCancel={cancelDrag}
      autoScroll={{ threshold: { x: 0.1, y: 0.15 }, acceleration: 6 }}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <div className="board" data-dragging={activeId ? true : undefined} data-over-zone={overZone || undefined}>
        <div className="board-columns">{OPEN_STAGES.map(renderColumn)}</div>
        <ClosedLane
          open={closedOpen}
          onToggle={() => setClosedOpen((open) => !open)}
          counts={closedCounts}
          forbidden={isForbidden}
          renderColumn={renderColumn}
        />
      </div>
      <DragOverlay>
        {origin ? (
          <div className="card card-overlay">
            <CardBody card={origin.card} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function moveFailedMessage(card: ApplicationDto, error: unknown): string {
  if (isApiError(error, 409)) {
    return `${card.companyName} changed elsewhere, so it was not moved. The board has been reloaded.`;
  }
  return `Couldn't move ${card.companyName}, so it is back where it was. ${errorMessage(error)}`;
}
