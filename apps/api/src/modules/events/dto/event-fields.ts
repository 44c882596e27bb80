import { EVENT_LIMITS, EVENT_OUTCOMES, EVENT_TYPES, LIMITS, ROUND_KINDS, isValidTimeZone, parseOffsetDateTime } from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { IsIn, IsNotEmpty, IsString, IsUrl, MaxLength, ValidateBy } from 'class-validator';
import { type Presence, doc, presence, trim, trimToNull } from '../../../common/field-presence.js';

export const EventTypeField = (mode: Presence) =>
  applyDecorators(doc(mode, { enum: EVENT_TYPES, enumName: 'EventType' }), ...presence(mode), IsIn(EVENT_TYPES, { message: `type must be one of ${EVENT_TYPES.join(', ')}` }));

export const RoundKindField = (mode: Presence) =>
  applyDecorators(
    doc(mode, { enum: ROUND_KINDS, enumName: 'RoundKind', description: 'The interview round; only for type `interview` (400 otherwise).' }),
    ...presence(mode),
    IsIn(ROUND_KINDS, { message: `roundKind must be one of ${ROUND_KINDS.join(', ')}` }),
  );

export const EventTitle = (mode: Presence) =>
  applyDecorators(
    doc(mode, {
      type: String,
      maxLength: EVENT_LIMITS.titleMax,
      example: 'PyData Berlin',
      description: 'When omitted on create: made from the type, the round and the application’s company (e.g. "Coding interview — Stripe").',
    }),
    ...presence(mode),
    trim,
    IsString({ message: 'title must be text' }),
    IsNotEmpty({ message: 'title must not be empty' }),
    MaxLength(EVENT_LIMITS.titleMax),
  );

/** An ISO 8601 date-time with its offset, naming a real day. Kept as the string sent. */
export const OffsetDateTime = (mode: Presence, name: string, description: string) =>
  applyDecorators(
    doc(mode, { type: String, format: 'date-time', example: '2026-03-12T14:00:00+01:00', description }),
    ...presence(mode),
    ValidateBy({
      name: 'isOffsetDateTime',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOffsetDateTime(value) !== null,
        defaultMessage: () => `${name} must be an ISO 8601 date-time with an offset, like 2026-03-12T14:00:00+01:00`,
      },
    }),
  );

export const TimeZoneField = (mode: Presence) =>
  applyDecorators(
    doc(mode, {
      type: String,
      example: 'Europe/Berlin',
      maxLength: EVENT_LIMITS.timeZoneMax,
      description: 'IANA time zone the event is in (stored canonical). On create, your settings’ zone (UTC when unset) if omitted.',
    }),
    ...presence(mode),
    trim,
    IsString({ message: 'timeZone must be text' }),
    MaxLength(EVENT_LIMITS.timeZoneMax),
    ValidateBy({
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value),
        defaultMessage: () => 'timeZone must be an IANA time zone such as Europe/Berlin',
      },
    }),
  );

export const EventLocation = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, maxLength: EVENT_LIMITS.locationMax, example: 'Zoom' }), trimToNull, ...presence(mode), IsString({ message: 'location must be text' }), MaxLength(EVENT_LIMITS.locationMax));

export const EventUrl = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, maxLength: EVENT_LIMITS.urlMax, example: 'https://meet.example.com/abc' }),
    trimToNull,
    ...presence(mode),
    IsString({ message: 'url must be text' }),
    MaxLength(EVENT_LIMITS.urlMax),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' }),
  );

export const EventNotes = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, maxLength: LIMITS.notesMax }), ...presence(mode), IsString({ message: 'notes must be text' }), MaxLength(LIMITS.notesMax));

export const OutcomeField = (mode: Presence) =>
  applyDecorators(
    doc(mode, { enum: EVENT_OUTCOMES, enumName: 'EventOutcome', description: 'pending until it happened.' }),
    ...presence(mode),
    IsIn(EVENT_OUTCOMES, { message: `outcome must be one of ${EVENT_OUTCOMES.join(', ')}` }),
  );
