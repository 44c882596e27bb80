import { ROUND_KIND_LABELS } from '@offerpath/domain';
import type { UpcomingInterviewDto } from '../api/get-prep';

const when = (interview: UpcomingInterviewDto) =>
  new Date(interview.startsAt).toLocaleString(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** Interviews in the next two weeks, so practice can aim at them. */
export function UpcomingInterviews({ interviews }: { interviews: readonly UpcomingInterviewDto[] }) {
  return (
    <section className="panel" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Upcoming interviews</h2>
      {interviews.length === 0 ? (
        <p className="empty-note">No interviews in the next 14 days. Interviews you add to the calendar show up here.</p>
      ) : (
        <ul className="upcoming-list">
          {interviews.map((interview) => (
            <li key={interview.id}>
              <time dateTime={interview.startsAt}>{when(interview)}</time>
              <strong>{interview.companyName ?? interview.title}</strong>
              <span className="muted">
                {[interview.roundKind ? ROUND_KIND_LABELS[interview.roundKind] : null, interview.roleTitle, interview.companyName ? interview.title : null].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
