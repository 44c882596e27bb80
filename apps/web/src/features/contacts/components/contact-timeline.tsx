import type { TimelineEntryDto } from '@offerpath/api-client';
import { OUTREACH_TYPE_LABELS, REFERRAL_STATUS_LABELS } from '@offerpath/domain';
import { formatDay } from '../../../lib/dates';

export function describeEntry(entry: TimelineEntryDto): string {
  switch (entry.entry) {
    case 'outreach':
      return entry.outreachType ? OUTREACH_TYPE_LABELS[entry.outreachType] : 'Outreach';
    case 'referral':
      if (!entry.toStatus) return 'Referral';
      return entry.fromStatus
        ? `Referral: ${REFERRAL_STATUS_LABELS[entry.fromStatus]} → ${REFERRAL_STATUS_LABELS[entry.toStatus]}`
        : `Referral: ${REFERRAL_STATUS_LABELS[entry.toStatus]}`;
    default: {
      const unknownEntry: never = entry.entry;
      return String(unknownEntry);
    }
  }
}

/** Outreach and referral steps with this person, newest first (as the API sends them). */
export function ContactTimeline({ timeline }: { timeline: TimelineEntryDto[] }) {
  if (timeline.length === 0) return <p className="muted">Nothing logged yet.</p>;
  return (
    <ol className="history">
      {timeline.map((entry) => (
        <li key={`${entry.entry}:${entry.id}`} className="history-item" data-entry={entry.entry}>
          <span className="history-text">
            {describeEntry(entry)}
            {entry.note ? <span className="muted"> — {entry.note}</span> : null}
          </span>
          <time className="history-date" dateTime={entry.occurredOn}>
            {formatDay(entry.occurredOn)}
          </time>
        </li>
      ))}
    </ol>
  );
}
