import type { ApplicationDto } from '@offerpath/api-client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { CHANNEL_LABELS, STAGE_LABELS, daysSince } from '@offerpath/domain';
import type { KeyboardEvent } from 'react';
import { FollowUpDue } from '../../../components/ui/follow-up-due';
import { today } from '../../../lib/dates';
import { dueLabel } from '../../../lib/follow-up-cache';
import { useCompanyContactCount } from '../api/get-board';
import type { BoardCard } from '../lib/board-cache';
import { ChannelBadge } from './channel-badge';

/** A card as the board sends it, or an application from elsewhere (no follow-up known). */
type CardData = ApplicationDto & Partial<Pick<BoardCard, 'nextFollowUp'>>;

function daysLabel(days: number): string {
  return days === 0 ? 'today' : `${days}d`;
}

export function cardLabel(card: CardData): string {
  const days = daysSince(card.stageChangedAt);
  const since = days === 0 ? 'since today' : `for ${days} ${days === 1 ? 'day' : 'days'}`;
  const next = card.nextFollowUp ? ` Next follow-up: ${card.nextFollowUp.title}, ${dueLabel(card.nextFollowUp.dueOn, today()).toLowerCase()}.` : '';
  return `${card.companyName}, ${card.roleTitle}. ${CHANNEL_LABELS[card.channel]}. In ${STAGE_LABELS[card.stage]} ${since}.${next}`;
}

/** What a card shows; shared by the card in its column and the copy under the pointer while dragging. */
export function CardBody({ card }: { card: CardData }) {
  const days = daysSince(card.stageChangedAt);
  return (
    <>
      <span className="card-company">{card.companyName}</span>
      <span className="card-role">{card.roleTitle}</span>
      <span className="card-meta">
        <ChannelBadge channel={card.channel} />
        <span className="card-days" title={`In ${STAGE_LABELS[card.stage]} for ${days} days`}>
          {daysLabel(days)}
        </span>
      </span>
      <ContactCount companyId={card.companyId} companyName={card.companyName} />
      {card.nextFollowUp ? (
        <span className="card-follow-up" data-testid="card-follow-up" title={card.nextFollowUp.title}>
          <FollowUpDue dueOn={card.nextFollowUp.dueOn} today={today()} />
        </span>
      ) : null}
    </>
  );
}

function ContactCount({ companyId, companyName }: { companyId: string | null; companyName: string }) {
  const count = useCompanyContactCount(companyId);
  if (!count.data) return null;
  return (
    <span className="card-contacts" data-testid="card-contacts">
      {count.data} {count.data === 1 ? 'contact' : 'contacts'} at {companyName}
    </span>
  );
}

interface SortableCardProps {
  card: CardData;
  onOpen: (id: string) => void;
}

export function SortableCard({ card, onOpen }: SortableCardProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    // Space picks the card up (the keyboard sensor); Enter opens it, unless it ends a drag.
    if (event.key === 'Enter' && !isDragging && !event.defaultPrevented) {
      event.preventDefault();
      onOpen(card.id);
    }
  };

  return (
    <div
      ref={setNodeRef}
      className="card"
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-roledescription="draggable card"
      aria-label={cardLabel(card)}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(card.id)}
      data-testid="card"
      data-id={card.id}
      data-dragging={isDragging || undefined}
    >
      <CardBody card={card} />
    </div>
  );
}
