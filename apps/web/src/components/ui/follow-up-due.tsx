import { formatDay } from '../../lib/dates';
import { dueLabel, dueTone } from '../../lib/follow-up-cache';

/** How a due date stands against today, coloured by urgency; the exact day in the tooltip. */
export function FollowUpDue({ dueOn, today }: { dueOn: string; today: string }) {
  return (
    <span className="follow-up-due" data-tone={dueTone(dueOn, today)} title={formatDay(dueOn)}>
      {dueLabel(dueOn, today)}
    </span>
  );
}
