import { OUTREACH_TYPES, OUTREACH_TYPE_LABELS } from '@offerpath/domain';
import { useId, useState } from 'react';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/api';
import { useLogOutreach } from '../api/log-outreach';
import { today } from '../../../lib/dates';

/** One click per outreach step, on the chosen day (today unless changed). */
export function OutreachActions({ contactId, name }: { contactId: string; name: string }) {
  const log = useLogOutreach();
  const toast = useToast();
  const dateId = useId();
  const [occurredOn, setOccurredOn] = useState(today);

  return (
    <div className="outreach-actions">
      <div className="field outreach-date">
        <label htmlFor={dateId}>Date</label>
        <input id={dateId} type="date" value={occurredOn} max={today()} onChange={(event) => setOccurredOn(event.target.value)} />
      </div>
      <div className="chips" role="group" aria-label="Log outreach">
        {OUTREACH_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className="button"
            disabled={log.isPending || !occurredOn}
            onClick={() =>
              log.mutate(
                { contactId, body: { type, occurredOn } },
                {
                  onSuccess: () => toast(`Logged “${OUTREACH_TYPE_LABELS[type]}” with ${name}.`, 'success'),
                  onError: (error) => toast(`Couldn't log that. ${errorMessage(error)}`, 'error'),
                },
              )
            }
          >
            {OUTREACH_TYPE_LABELS[type]}
          </button>
        ))}
      </div>
    </div>
  );
}
