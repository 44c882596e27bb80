import { isGatheringEventType } from '@offerpath/domain';
import { Link, useParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { PageLoading } from '../../../components/ui/page-loading';
import { errorMessage, isApiError } from '../../../lib/api';
import { useEvent } from '../api/get-event';
import { dayHeading } from '../lib/week';
import { browserTimeZone } from '../../../lib/dates';
import { dayOf, formatTime } from '../lib/zoned-time';
import { PeopleMetForm } from './people-met-form';

/** /calendar/events/:id/people — everyone met at a career fair or meetup, entered in one go. */
export function PeopleMetPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  const timeZone = browserTimeZone() ?? 'UTC';

  if (event.isPending) return <PageLoading />;
  if (event.isError) {
    return (
      <Banner>
        {isApiError(event.error, 404) || isApiError(event.error, 400) ? 'This event does not exist (or is not yours).' : `Could not load the event: ${errorMessage(event.error)}`}{' '}
        <Link to="/calendar">Back to the calendar</Link>
      </Banner>
    );
  }
  const e = event.data;
  return (
    <div className="people-met-page">
      <p>
        <Link to="/calendar">← Calendar</Link>
      </p>
      <h1>People met at {e.title}</h1>
      <p className="muted">
        {dayHeading(dayOf(e.startsAt, timeZone))}, {formatTime(e.startsAt, timeZone)}
        {e.location ? ` · ${e.location}` : ''}
      </p>
      {isGatheringEventType(e.type) ? (
        <>
          {e.contacts.length > 0 ? (
            <section aria-labelledby="already-met">
              <h2 id="already-met">Already added</h2>
              <ul className="already-met">
                {e.contacts.map((c) => (
                  <li key={c.contactId}>
                    <Link to={`/contacts/${c.contactId}`}>{c.name}</Link>
                    {c.companyName ? ` · ${c.companyName}` : ''}
                    {c.note ? ` — ${c.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <h2>Add people</h2>
          <PeopleMetForm event={e} />
        </>
      ) : (
        <Banner tone="info">People met can be added to career fairs and networking events only.</Banner>
      )}
    </div>
  );
}
