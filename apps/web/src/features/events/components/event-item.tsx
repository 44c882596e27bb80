import { EVENT_TYPE_LABELS, ROUND_KIND_LABELS } from '@offerpath/domain';
import type { EventDto } from '../lib/types';
import { formatTime } from '../lib/zoned-time';

interface EventItemProps {
  event: EventDto;
  timeZone: string;
  onOpen: (event: EventDto) => void;
}

/** One event in the week or the agenda: its time, title and kind; opens the event form. */
export function EventItem({ event, timeZone, onOpen }: EventItemProps) {
  const kind = event.roundKind ? `${EVENT_TYPE_LABELS[event.type]} · ${ROUND_KIND_LABELS[event.roundKind]}` : EVENT_TYPE_LABELS[event.type];
  return (
    <button type="button" className="event-item" data-type={event.type} data-outcome={event.outcome} onClick={() => onOpen(event)}>
      <time dateTime={event.startsAt} className="event-time">
        {formatTime(event.startsAt, timeZone)}
        {event.endsAt ? `–${formatTime(event.endsAt, timeZone)}` : ''}
      </time>
      <span className="event-title">{event.title}</span>
      <span className="event-kind">
        {kind}
        {event.application ? ` · ${event.application.companyName}` : ''}
        {event.outcome !== 'pending' ? ` · ${event.outcome}` : ''}
      </span>
    </button>
  );
}
