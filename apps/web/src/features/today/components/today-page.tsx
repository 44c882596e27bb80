import { EVENT_TYPE_LABELS, ROUND_KIND_LABELS, STAGE_LABELS } from '@offerpath/domain';
import { useId } from 'react';
import { Link } from 'react-router';
import { AddFollowUpForm } from '../../../components/follow-ups/add-follow-up-form';
import { FollowUpRow } from '../../../components/follow-ups/follow-up-row';
import { Banner } from '../../../components/ui/banner';
import { PageLoading } from '../../../components/ui/page-loading';
import { errorMessage } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { type FollowUp, type TodayData, useToday } from '../../../lib/follow-ups';

type TodayEvent = TodayData['events'][number];

/** The home screen: what is overdue, due today and this week, and today's events. */
export function TodayPage() {
  const today = useToday();

  if (today.isPending) return <PageLoading />;
  if (today.isError) {
    return (
      <div className="today-page">
        <h1>Today</h1>
        <Banner>
          Couldn't load today. {errorMessage(today.error)}{' '}
          <button type="button" className="link-button" onClick={() => void today.refetch()}>
            Retry
          </button>
        </Banner>
      </div>
    );
  }
  const data = today.data;
  const nothingDue = data.counts.overdue + data.counts.today + data.counts.upcoming === 0;
  return (
    <div className="today-page">
      <div className="page-header">
        <h1>Today</h1>
        <p className="muted">
          {formatDay(data.date)} · {data.timeZone}
        </p>
      </div>
      <AddFollowUpForm key={data.date} today={data.date} />
      {nothingDue ? (
        <p className="today-empty" role="status">
          Nothing due — you're all caught up. Add a follow-up above, or plan your next move on the <Link to="/board">board</Link>.
        </p>
      ) : null}
      <div className="today-layout">
        <div className="today-follow-ups">
          {data.counts.overdue > 0 ? <Bucket title="Overdue" items={data.overdue} total={data.counts.overdue} today={data.date} tone="overdue" /> : null}
          {!nothingDue ? (
            <Bucket title="Today" items={data.today} total={data.counts.today} today={data.date} empty="Nothing else due today." />
          ) : null}
          {!nothingDue ? (
            <Bucket title="Next 7 days" items={data.upcoming} total={data.counts.upcoming} today={data.date} empty="Nothing due this week." />
          ) : null}
        </div>
        <Events events={data.events} />
      </div>
    </div>
  );
}

interface BucketProps {
  title: string;
  items: FollowUp[];
  total: number;
  today: string;
  empty?: string;
  tone?: 'overdue';
}

function Bucket({ title, items, total, today, empty, tone }: BucketProps) {
  const headingId = useId();
  return (
    <section className="panel today-bucket" aria-labelledby={headingId} data-tone={tone}>
      <h2 id={headingId}>
        {title} <span className="count">{total}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="follow-up-list">
          {items.map((item) => (
            <FollowUpRow key={item.id} followUp={item} today={today} />
          ))}
        </ul>
      )}
      {total > items.length ? <p className="muted">And {total - items.length} more.</p> : null}
    </section>
  );
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function Events({ events }: { events: TodayEvent[] }) {
  const headingId = useId();
  return (
    <section className="panel today-events" aria-labelledby={headingId}>
      <h2 id={headingId}>Today's events</h2>
      {events.length === 0 ? (
        <p className="muted">No events today.</p>
      ) : (
        <ul className="today-event-list">
          {events.map((event) => (
            <li key={event.id} className="today-event">
              <time dateTime={event.startsAt}>
                {timeFormat.format(new Date(event.startsAt))}
                {event.endsAt ? `–${timeFormat.format(new Date(event.endsAt))}` : ''}
              </time>
              <span className="today-event-title">{event.title}</span>
              <span className="muted">
                {event.roundKind ? ROUND_KIND_LABELS[event.roundKind] : EVENT_TYPE_LABELS[event.type]}
                {event.location ? ` · ${event.location}` : ''}
              </span>
              {event.application ? (
                <Link to={`/board?app=${event.application.id}`}>
                  {event.application.companyName} · {event.application.roleTitle} ({STAGE_LABELS[event.application.stage]})
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
