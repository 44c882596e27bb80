import type { ApplicationEventDto } from '@offerpath/api-client';
import { STAGE_LABELS } from '@offerpath/domain';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function describeEvent(event: ApplicationEventDto): string {
  switch (event.type) {
    case 'created':
      return `Created in ${STAGE_LABELS[event.toStage]}`;
    case 'stage_changed':
      return event.fromStage
        ? `${STAGE_LABELS[event.fromStage]} → ${STAGE_LABELS[event.toStage]}`
        : `Moved to ${STAGE_LABELS[event.toStage]}`;
    default: {
      const unknownType: never = event.type;
      return String(unknownType);
    }
  }
}

/** The application's path through the pipeline, oldest first. */
export function StageHistory({ history }: { history: ApplicationEventDto[] }) {
  if (history.length === 0) return <p className="muted">No history yet.</p>;
  return (
    <ol className="history">
      {history.map((event) => (
        <li key={event.id} className="history-item">
          <span className="history-text">{describeEvent(event)}</span>
          <time className="history-date" dateTime={event.at}>
            {dateFormat.format(new Date(event.at))}
          </time>
        </li>
      ))}
    </ol>
  );
}
