import type { EventDto } from '../lib/types';
import { dayHeading } from '../lib/week';
import { dayOf } from '../lib/zoned-time';
import { EventItem } from './event-item';

interface CalendarViewProps {
  days: string[];
  events: EventDto[];
  today: string;
  timeZone: string;
  onOpen: (event: EventDto) => void;
}

/** Events (already in time order) by the day they start on in `timeZone`. */
export function groupByDay(events: EventDto[], timeZone: string): Map<string, EventDto[]> {
  const byDay = new Map<string, EventDto[]>();
  for (const event of events) {
    const day = dayOf(event.startsAt, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return byDay;
}

/** Seven day columns, Monday first, each event placed on its day with its time; today highlighted. */
export function WeekView({ days, events, today, timeZone, onOpen }: CalendarViewProps) {
  const byDay = groupByDay(events, timeZone);
  return (
    <div className="week-view">
      {days.map((day) => {
        const dayEvents = byDay.get(day) ?? [];
        const isToday = day === today;
        return (
          <section key={day} className={isToday ? 'week-day is-today' : 'week-day'} aria-label={dayHeading(day)} aria-current={isToday ? 'date' : undefined} data-day={day}>
            <h3 className="week-day-heading">
              {dayHeading(day, 'short')}
              {isToday ? <span className="today-badge">Today</span> : null}
            </h3>
            {dayEvents.length > 0 ? (
              <ul className="week-day-events">
                {dayEvents.map((event) => (
                  <li key={event.id}>
                    <EventItem event={event} timeZone={timeZone} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="week-day-empty muted">No events</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The agenda: only days with events, each under its date. */
export function AgendaList({ days, events, today, timeZone, onOpen }: CalendarViewProps) {
  const byDay = groupByDay(events, timeZone);
  return (
    <div className="agenda">
      {days
        .filter((day) => byDay.has(day))
        .map((day) => (
          <section key={day} className={day === today ? 'agenda-day is-today' : 'agenda-day'} aria-current={day === today ? 'date' : undefined} data-day={day}>
            <h3>
              {dayHeading(day)}
              {day === today ? <span className="today-badge">Today</span> : null}
            </h3>
            <ul>
              {(byDay.get(day) ?? []).map((event) => (
                <li key={event.id}>
                  <EventItem event={event} timeZone={timeZone} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
