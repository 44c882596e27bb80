import { EVENT_TYPE_LABELS, type EventType, GATHERING_EVENT_TYPES, ROUND_KIND_LABELS, ROUND_KIND_STAGE, type RoundKind } from './events.js';
import { isClosedStage, type OpenStage, type Stage, stageRank } from './stages.js';

export const EVENT_LIMITS = {
  titleMax: 200,
  locationMax: 500,
  urlMax: 2048,
  timeZoneMax: 64,
  contactNoteMax: 2000,
  /** Contacts linked to one event in one request. */
  contactsMax: 50,
  /** People added in one "event mode" request. */
  peopleMax: 50,
  /** Longest range GET /api/events answers, in days. */
  rangeDaysMax: 366,
  followUpDaysDefault: 2,
  followUpDaysMax: 14,
} as const;

export function isGatheringEventType(type: EventType): type is (typeof GATHERING_EVENT_TYPES)[number] {
  return (GATHERING_EVENT_TYPES as readonly EventType[]).includes(type);
}

/**
 * The move an interview round suggests: forward to the stage the round implies, only while the
 * application is open and behind it. Null otherwise (no round, closed, already there or past).
 */
export function suggestStage(roundKind: RoundKind | null, stage: Stage): { from: OpenStage; to: OpenStage } | null {
  if (!roundKind || isClosedStage(stage)) return null;
  const to = ROUND_KIND_STAGE[roundKind];
  return stageRank(stage) < stageRank(to) ? { from: stage, to } : null;
}

/** The title an event gets when none is given, e.g. "Coding interview — Stripe". */
export function defaultEventTitle(type: EventType, roundKind: RoundKind | null, companyName: string | null): string {
  const what = type === 'interview' && roundKind ? `${ROUND_KIND_LABELS[roundKind]} interview` : EVENT_TYPE_LABELS[type];
  return truncate(companyName ? `${what} — ${companyName}` : what, EVENT_LIMITS.titleMax);
}

/** The follow-up made for someone met at a gathering, e.g. "Follow up with Ana Diaz (met at PyData Berlin)". */
export function metAtFollowUpTitle(personName: string, eventTitle: string): string {
  return truncate(`Follow up with ${personName} (met at ${eventTitle})`, 200);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An ISO 8601 date-time that carries its offset ("2026-03-12T14:00:00+01:00" or "...Z") and names
 * a real day; the instant, or null. A time without an offset is ambiguous and refused.
 */
export function parseOffsetDateTime(text: string): Date | null {
  if (typeof text !== 'string') return null;
  const match = OFFSET_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
