import type { ApplicationDto } from '@offerpath/api-client';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { STAGE_LABELS, type Stage } from '@offerpath/domain';
import { columnDropId } from '../lib/drop-targets';
import { SortableCard } from './application-card';

interface BoardColumnProps {
  stage: Stage;
  cards: ApplicationDto[];
  /** Cards in the column before filtering. */
  total: number;
  /** Set while a card is dragged that may not go here. */
  forbidden: boolean;
  onOpenCard: (id: string) => void;
}

export function BoardColumn({ stage, cards, total, forbidden, onOpenCard }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage) });
  const label = STAGE_LABELS[stage];
  const count = cards.length === total ? String(total) : `${cards.length}/${total}`;
  return (
    <section
      className="column"
      aria-label={label}
      data-stage={stage}
      data-over={isOver || undefined}
      data-forbidden={forbidden || undefined}
    >
      <header className="column-header">
        <h2 className="column-title">{label}</h2>
        <span className="column-count" title={`${cards.length} shown of ${total}`}>
          {count}
        </span>
      </header>
      <SortableContext id={stage} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className="column-cards">
          {cards.map((card) => (
            <SortableCard key={card.id} card={card} onOpen={onOpenCard} />
          ))}
          {cards.length === 0 ? <p className="column-empty">{total === 0 ? 'Nothing here yet' : 'No matches'}</p> : null}
        </div>
      </SortableContext>
    </section>
  );
}
