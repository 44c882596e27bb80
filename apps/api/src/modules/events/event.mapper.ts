import type { EventOutcome, EventType, RoundKind } from '@offerpath/domain';
import type { EventApplicationSummaryDto, EventContactDto, EventDetailDto, EventDto, StageSuggestionDto } from './dto/event.dto.js';

/** An events row as selected by EVENT_COLUMNS; the application and contacts arrive as JSON. */
export interface EventRow {
  id: string;
  type: EventType;
  roundKind: RoundKind | null;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  location: string | null;
  url: string | null;
  notes: string | null;
  outcome: EventOutcome;
  applicationId: string | null;
  application: EventApplicationSummaryDto | null;
  contacts: EventContactDto[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function mapEvent(row: EventRow): EventDto {
  return {
    id: row.id,
    type: row.type,
    roundKind: row.roundKind,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt ? row.endsAt.toISOString() : null,
    timeZone: row.timeZone,
    location: row.location,
    url: row.url,
    notes: row.notes,
    outcome: row.outcome,
    applicationId: row.applicationId,
    application: row.application,
    contacts: row.contacts,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapEventDetail(row: EventRow, stageSuggestion: StageSuggestionDto | null): EventDetailDto {
  return { ...mapEvent(row), stageSuggestion };
}
