import { useId } from 'react';
import { AddFollowUpForm } from '../../../components/follow-ups/add-follow-up-form';
import { FollowUpRow } from '../../../components/follow-ups/follow-up-row';
import { errorMessage } from '../../../lib/api';
import { today as browserToday } from '../../../lib/dates';
import { usePendingFollowUps } from '../../../lib/follow-ups';

/** The contact's pending follow-ups, soonest first, with Done / Snooze and a form to add one. */
export function ContactFollowUps({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const followUps = usePendingFollowUps({ contactId });
  // The server's today (the user's time zone) once it has answered.
  const today = followUps.data?.date ?? browserToday();
  return (
    <section className="panel contact-follow-ups" aria-labelledby={headingId}>
      <h2 id={headingId}>Follow-ups</h2>
      {followUps.isPending ? (
        <p className="muted" role="status">
          Loading follow-ups…
        </p>
      ) : followUps.isError ? (
        <p className="form-error" role="alert">
          Couldn't load follow-ups. {errorMessage(followUps.error)}{' '}
          <button type="button" className="link-button" onClick={() => void followUps.refetch()}>
            Retry
          </button>
        </p>
      ) : followUps.data.items.length === 0 ? (
        <p className="muted">Nothing pending with {name}. Add a reminder below to stay in touch.</p>
      ) : (
        <ul className="follow-up-list">
          {followUps.data.items.map((item) => (
            <FollowUpRow key={item.id} followUp={item} today={today} hideContact />
          ))}
        </ul>
      )}
      <AddFollowUpForm key={today} today={today} contactId={contactId} label={`Add a follow-up with ${name}`} />
    </section>
  );
}
