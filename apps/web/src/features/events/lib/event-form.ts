import { EVENT_LIMITS, type EventOutcome, type EventType, type RoundKind, isValidTimeZone } from '@offerpath/domain';
import type { CreateEventDto, EventDto, UpdateEventDto } from './types';
import { isoToWallTime, wallTimeToIso } from './zoned-time';

export interface LinkedContact {
  contactId: string;
  name: string;
  note: string;
}

export interface EventFormValues {
  type: EventType;
  roundKind: RoundKind | '';
  title: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in timeZone (datetime-local inputs). */
  start: string;
  end: string;
  timeZone: string;
  location: string;
  url: string;
  notes: string;
  outcome: EventOutcome;
  application: { id: string; label: string } | null;
  contacts: LinkedContact[];
}

export const EVENT_FORM_FIELDS = ['type', 'roundKind', 'title', 'start', 'end', 'timeZone', 'location', 'url', 'notes', 'outcome', 'application', 'contacts'] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

export function emptyEventValues(day: string, timeZone: string): EventFormValues {
  return {
    type: 'interview',
    roundKind: '',
    title: '',
    start: `${day}T09:00`,
    end: `${day}T10:00`,
    timeZone,
    location: '',
    url: '',
    notes: '',
    outcome: 'pending',
    application: null,
    contacts: [],
  };
}

export function valuesFromEvent(event: EventDto): EventFormValues {
  return {
    type: event.type,
    roundKind: event.roundKind ?? '',
    title: event.title,
    start: isoToWallTime(event.startsAt, event.timeZone),
    end: event.endsAt ? isoToWallTime(event.endsAt, event.timeZone) : '',
    timeZone: event.timeZone,
    location: event.location ?? '',
    url: event.url ?? '',
    notes: event.notes ?? '',
    outcome: event.outcome,
    application: event.application ? { id: event.application.id, label: `${event.application.companyName} — ${event.application.roleTitle}` } : null,
    contacts: event.contacts.map((c) => ({ contactId: c.contactId, name: c.name, note: c.note ?? '' })),
  };
}

/** The API's field names → this form's. */
export function formFieldOf(apiField: string): EventFormField | null {
  if (apiField === 'startsAt') return 'start';
  if (apiField === 'endsAt') return 'end';
  if (apiField === 'applicationId') return 'application';
  if (apiField.startsWith('contacts')) return 'contacts';
  return (EVENT_FORM_FIELDS as readonly string[]).includes(apiField) ? (apiField as EventFormField) : null;
}

type Checked = { ok: true; body: CreateEventDto } | { ok: false; errors: Partial<Record<EventFormField, string>> };

/** What the API wants, or the messages to show beside the fields. An empty title lets the server name the event. */
export function toEventBody(values: EventFormValues): Checked {
  const errors: Partial<Record<EventFormField, string>> = {};
  const timeZone = values.timeZone.trim();
  if (!isValidTimeZone(timeZone)) errors.timeZone = 'Enter a time zone such as Europe/Berlin';
  const startsAt = errors.timeZone ? null : wallTimeToIso(values.start, timeZone);
  if (!values.start) errors.start = 'Enter when it starts';
  else if (!errors.timeZone && !startsAt) errors.start = 'Enter a date and time';
  const endsAt = values.end && !errors.timeZone ? wallTimeToIso(values.end, timeZone) : null;
  if (values.end && !errors.timeZone && !endsAt) errors.end = 'Enter a date and time';
  if (startsAt && endsAt && new Date(endsAt) < new Date(startsAt)) errors.end = 'Ends before it starts';
  if (values.title.length > EVENT_LIMITS.titleMax) errors.title = `At most ${EVENT_LIMITS.titleMax} characters`;
  if (Object.keys(errors).length > 0 || !startsAt) return { ok: false, errors };
  return {
    ok: true,
    body: {
      type: values.type,
      roundKind: values.type === 'interview' && values.roundKind ? values.roundKind : null,
      ...(values.title.trim() ? { title: values.title.trim() } : {}),
      startsAt,
      endsAt,
      timeZone,
      location: values.location.trim() || null,
      url: values.url.trim() || null,
      notes: values.notes.trim() || null,
      outcome: values.outcome,
      applicationId: values.application?.id ?? null,
      contacts: values.contacts.map((c) => ({ contactId: c.contactId, note: c.note.trim() || null })),
    },
  };
}

/** An edit sends every field (the title must stay non-empty), with the version it started from. */
export function toUpdateBody(body: CreateEventDto, version: number, currentTitle: string): UpdateEventDto {
  return { ...body, title: body.title ?? currentTitle, version };
}
