import { useId, useRef, useState } from 'react';
import { FormError } from '../../../components/ui/form-error';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/api';
import type { Settings } from '../api/get-settings';
import { useRegenerateCalendarLink } from '../api/regenerate-calendar-link';

/** "Calendar feed": the secret subscription URL, copy, create or replace it, and how to subscribe. */
export function CalendarFeedSection({ settings }: { settings: Settings }) {
  const regenerate = useRegenerateCalendarLink();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const url = settings.calendar.url;

  const makeLink = () => {
    setError(null);
    regenerate.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        toast(url ? 'New link made. Subscribe again with it: the old one no longer works.' : 'Calendar link created.', 'success');
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      toast('Link copied.', 'success');
    } catch {
      inputRef.current?.select();
      toast('Copying was blocked: the link is selected, press Ctrl+C (⌘C on a Mac).', 'info');
    }
  };

  return (
    <section className="settings-section" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Calendar feed</h2>
      <p className="muted">
        Subscribe from Google Calendar, Apple Calendar or Outlook to see your interviews, events and pending follow-ups there. The link is
        secret: anyone who has it can read them, so share it with no one.
      </p>
      <FormError message={error} />
      {url ? (
        <>
          <div className="field">
            <label htmlFor={inputId}>Feed link</label>
            <div className="calendar-feed-url">
              <input id={inputId} ref={inputRef} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="button" onClick={() => void copy()}>
                Copy
              </button>
            </div>
          </div>
          <details className="calendar-feed-help">
            <summary>How to subscribe</summary>
            <ul>
              <li>
                <strong>Google Calendar</strong> (on the web): Other calendars → “+” → From URL, paste the link, then Add calendar. Google
                refreshes it every few hours.
              </li>
              <li>
                <strong>Apple Calendar</strong>: File → New Calendar Subscription…, paste the link, or{' '}
                <a href={url.replace(/^https?:/, 'webcal:')}>open it in Calendar</a>. On an iPhone: Settings → Calendar → Accounts → Add
                Account → Other → Add Subscribed Calendar.
              </li>
              <li>
                <strong>Outlook</strong>: Add calendar → Subscribe from web.
              </li>
            </ul>
            <p className="muted">Calendar services fetch the link themselves, so this server has to be reachable at that address.</p>
          </details>
          {confirming ? (
            <div className="danger-zone" role="group" aria-label="Confirm new link">
              <p>Make a new link? The current one stops working at once: calendars subscribed to it stop updating until you subscribe again.</p>
              <div className="form-actions">
                <button type="button" className="button button-danger" disabled={regenerate.isPending} onClick={makeLink}>
                  {regenerate.isPending ? 'Making a new link…' : 'Yes, make a new link'}
                </button>
                <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
                  Keep the current link
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Regenerate link
              </button>
            </div>
          )}
        </>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={regenerate.isPending} onClick={makeLink}>
            {regenerate.isPending ? 'Creating…' : 'Create link'}
          </button>
        </div>
      )}
    </section>
  );
}
