import { FOLLOW_UP_KIND_LABELS, STAGE_LABELS } from '@offerpath/domain';
import { Link } from 'react-router';
import { FollowUpDue } from '../ui/follow-up-due';
import { useToast } from '../ui/toast';
import { errorMessage } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import { type FollowUp, useFollowUpAction } from '../../lib/follow-ups';

interface FollowUpRowProps {
  followUp: FollowUp;
  /** The user's local today ('YYYY-MM-DD'). */
  today: string;
  /** Leave out the link to the contact (on that contact's own page). */
  hideContact?: boolean;
}

/** What a follow-up is about, as links to where it lives. */
function About({ followUp, hideContact }: { followUp: FollowUp; hideContact: boolean }) {
  const parts = [];
  if (followUp.application) {
    const { application } = followUp;
    parts.push(
      <Link key="application" to={`/board?app=${application.id}`}>
        {application.companyName} · {application.roleTitle}
      </Link>,
      <span key="stage" className="muted">
        ({STAGE_LABELS[application.stage]})
      </span>,
    );
  }
  if (followUp.contact && !hideContact) {
    parts.push(
      <Link key="contact" to={`/contacts/${followUp.contact.id}`}>
        {followUp.contact.name}
      </Link>,
    );
  }
  if (followUp.referral && !(hideContact && followUp.referral.contactId === followUp.contactId)) {
    parts.push(
      <span key="referral">
        Referral by <Link to={`/contacts/${followUp.referral.contactId}`}>{followUp.referral.contactName}</Link> at{' '}
        {followUp.referral.companyName}
      </span>,
    );
  }
  if (followUp.event) parts.push(<span key="event">{followUp.event.title}</span>);
  if (parts.length === 0) return null;
  return <span className="follow-up-about">{parts}</span>;
}

/**
 * One pending follow-up with one-click Done / Snooze 1 day / Snooze 1 week. The lists change at
 * once (rolled back, with a message, if the server refuses); a toast offers Undo.
 */
export function FollowUpRow({ followUp, today, hideContact = false }: FollowUpRowProps) {
  const action = useFollowUpAction();
  const toast = useToast();
  const busy = action.isPending;

  const undo = (run: () => Promise<unknown>) => () => {
    run().catch((error: unknown) => toast(`Couldn't undo. ${errorMessage(error)}`, 'error'));
  };

  // mutateAsync: the row leaves the list at once (optimistically), and the toast must still come.
  const done = () => {
    action
      .mutateAsync({ type: 'complete', followUp })
      .then((updated) =>
        toast(`Done: ${followUp.title}`, 'success', {
          label: 'Undo',
          onAction: undo(() => action.mutateAsync({ type: 'reopen', followUp: updated })),
        }),
      )
      .catch((error: unknown) => toast(`Couldn't mark “${followUp.title}” done. ${errorMessage(error)}`, 'error'));
  };

  const snooze = (days: number) => {
    action
      .mutateAsync({ type: 'snooze', followUp, days })
      .then((updated) =>
        toast(`Snoozed “${followUp.title}” to ${formatDay(updated.dueOn)}`, 'success', {
          label: 'Undo',
          onAction: undo(() => action.mutateAsync({ type: 'reschedule', followUp: updated, dueOn: followUp.dueOn })),
        }),
      )
      .catch((error: unknown) => toast(`Couldn't snooze “${followUp.title}”. ${errorMessage(error)}`, 'error'));
  };

  return (
    <li className="follow-up-row" data-testid="follow-up" data-id={followUp.id}>
      <div className="follow-up-main">
        <span className="follow-up-title">{followUp.title}</span>
        <span className="follow-up-meta">
          <FollowUpDue dueOn={followUp.dueOn} today={today} />
          {followUp.dueTime ? <span className="muted">at {followUp.dueTime}</span> : null}
          {followUp.kind !== 'custom' ? <span className="muted">{FOLLOW_UP_KIND_LABELS[followUp.kind]}</span> : null}
          <About followUp={followUp} hideContact={hideContact} />
        </span>
      </div>
      <div className="follow-up-actions" role="group" aria-label={`Actions for ${followUp.title}`}>
        <button type="button" className="button button-small" disabled={busy} onClick={done} aria-label={`Done: ${followUp.title}`}>
          Done
        </button>
        <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => snooze(1)} aria-label={`Snooze ${followUp.title} 1 day`}>
          +1 day
        </button>
        <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => snooze(7)} aria-label={`Snooze ${followUp.title} 1 week`}>
          +1 week
        </button>
      </div>
    </li>
  );
}
