import { addDays } from '@offerpath/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { Drawer } from '../../../components/ui/drawer';
import { PageLoading } from '../../../components/ui/page-loading';
import { errorMessage } from '../../../lib/api';
import { useEvents } from '../api/get-events';
import type { EventDto } from '../lib/types';
import { type CalendarView, VIEW_DAYS, parseDay, rangeLabel, todayIn, visibleRange, weekStart } from '../lib/week';
import { browserTimeZone } from '../../../lib/dates';
import { EventForm } from './event-form';
import { AgendaList, WeekView } from './week-view';

type DrawerState = { mode: 'new' } | { mode: 'edit'; event: EventDto } | null;

/** The calendar: a week of day columns or a four-week agenda, one request per visible range. */
export function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const timeZone = browserTimeZone() ?? 'UTC';
  const today = todayIn(timeZone);
  const view: CalendarView = params.get('view') === 'list' ? 'list' : 'week';
  const anchor = parseDay(params.get('date')) ?? today;
  const range = visibleRange(view, anchor, timeZone);
  const events = useEvents({ from: range.from, to: range.to });
  const [drawer, setDrawer] = useState<DrawerState>(null);

  const go = (next: { view?: CalendarView; date?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.view) merged.set('view', next.view);
    if (next.date) merged.set('date', next.date);
    setParams(merged);
  };
  const step = VIEW_DAYS[view];
  const unit = view === 'week' ? 'week' : 'four weeks';
  const newEventDay = range.days.includes(today) ? today : range.days[0];

  return (
    <div className="calendar-page">
      <header className="page-header">
        <h1>Calendar</h1>
        <button type="button" className="button button-primary" onClick={() => setDrawer({ mode: 'new' })}>
          New event
        </button>
      </header>
      <div className="calendar-toolbar" role="toolbar" aria-label="Calendar navigation">
        <div className="button-group">
          <button type="button" className="button" aria-label={`Previous ${unit}`} onClick={() => go({ date: addDays(weekStart(anchor), -step) })}>
            ‹ Prev
          </button>
          <button type="button" className="button" onClick={() => go({ date: today })}>
            Today
          </button>
          <button type="button" className="button" aria-label={`Next ${unit}`} onClick={() => go({ date: addDays(weekStart(anchor), step) })}>
            Next ›
          </button>
        </div>
        <h2 className="calendar-range" aria-live="polite">
          {rangeLabel(range.days)}
        </h2>
        <div className="button-group" role="group" aria-label="View">
          <button type="button" className="button" aria-pressed={view === 'week'} onClick={() => go({ view: 'week' })}>
            Week
          </button>
          <button type="button" className="button" aria-pressed={view === 'list'} onClick={() => go({ view: 'list' })}>
            List
          </button>
        </div>
      </div>
      <p className="muted calendar-zone">Times are shown in your time zone ({timeZone}).</p>

      {events.isError && !events.data ? (
        <Banner>
          Could not load the calendar: {errorMessage(events.error)}{' '}
          <button type="button" className="button button-quiet" onClick={() => void events.refetch()}>
            Try again
          </button>
        </Banner>
      ) : !events.data ? (
        <PageLoading />
      ) : (
        <>
          {events.data.items.length === 0 ? (
            <p className="empty-state">
              Nothing on the calendar for these {view === 'week' ? 'seven days' : 'four weeks'}. Add an interview, a call or a career fair with “New event”.
            </p>
          ) : null}
          {view === 'week' ? (
            <WeekView days={range.days} events={events.data.items} today={today} timeZone={timeZone} onOpen={(event) => setDrawer({ mode: 'edit', event })} />
          ) : events.data.items.length > 0 ? (
            <AgendaList days={range.days} events={events.data.items} today={today} timeZone={timeZone} onOpen={(event) => setDrawer({ mode: 'edit', event })} />
          ) : null}
        </>
      )}

      {drawer ? (
        <Drawer title={drawer.mode === 'new' ? 'New event' : drawer.event.title} onClose={() => setDrawer(null)}>
          <EventForm
            key={drawer.mode === 'edit' ? drawer.event.id : 'new'}
            event={drawer.mode === 'edit' ? drawer.event : undefined}
            defaultDay={newEventDay}
            defaultTimeZone={timeZone}
            onClose={() => setDrawer(null)}
          />
        </Drawer>
      ) : null}
    </div>
  );
}
