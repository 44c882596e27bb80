import { CONTACT_KINDS, CONTACT_LIMITS, LIMITS } from '@offerpath/domain';
import { applyDecorators } from '@nestjs/common';
import { type Presence, doc, presence, trim, trimToNull } from '../../../common/field-presence.js';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';




const text = (mode: Presence, name: string, max: number, example?: string) =>
  applyDecorators(doc(mode, { type: String, maxLength: max, ...(example ? { example } : {}) }), trimToNull, ...presence(mode), IsString({ message: `${name} must be text` }), MaxLength(max));

export const ContactName = (mode: Presence) =>
  applyDecorators(doc(mode, { example: 'Maya Okafor', maxLength: CONTACT_LIMITS.nameMax }), ...presence(mode), trim, IsString(), IsNotEmpty({ message: 'name must not be empty' }), MaxLength(CONTACT_LIMITS.nameMax));

export const ContactCompanyName = (mode: Presence) => text(mode, 'companyName', LIMITS.companyNameMax, 'Stripe');
export const ContactTitle = (mode: Presence) => text(mode, 'title', CONTACT_LIMITS.titleMax, 'Technical Recruiter');
export const Phone = (mode: Presence) => text(mode, 'phone', CONTACT_LIMITS.phoneMax);
export const HowMet = (mode: Presence) => text(mode, 'howMet', CONTACT_LIMITS.howMetMax);
export const ContactNotes = (mode: Presence) => applyDecorators(doc(mode, { type: String, maxLength: LIMITS.notesMax }), ...presence(mode), IsString(), MaxLength(LIMITS.notesMax));

export const LinkedInUrl = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: String, example: 'https://www.linkedin.com/in/maya-okafor', maxLength: LIMITS.urlMax, description: 'Stored normalised: lower-case, no query, no trailing slash.' }),
    trimToNull,
    ...presence(mode),
    IsString(),
    MaxLength(LIMITS.urlMax),
  );

export const Email = (mode: Presence) =>
  applyDecorators(doc(mode, { type: String, format: 'email', maxLength: LIMITS.emailMax }), trimToNull, ...presence(mode), IsString(), MaxLength(LIMITS.emailMax), IsEmail({}, { message: 'email must be an email address' }));

export const Kind = (mode: Presence) =>
  applyDecorators(doc(mode, { enum: CONTACT_KINDS, enumName: 'ContactKind' }), ...presence(mode), IsIn(CONTACT_KINDS, { message: `kind must be one of ${CONTACT_KINDS.join(', ')}` }));

export const Tags = (mode: Presence) =>
  applyDecorators(
    doc(mode, { type: [String], maxItems: CONTACT_LIMITS.tagsMax, description: 'Trimmed; blanks and repeats dropped.' }),
    Transform(({ value }) =>
      Array.isArray(value) && value.every((t) => typeof t === 'string') ? [...new Set(value.map((t: string) => t.trim()).filter(Boolean))] : value,
    ),
    ...presence(mode),
    IsArray({ message: 'tags must be a list of text' }),
    ArrayMaxSize(CONTACT_LIMITS.tagsMax),
    IsString({ each: true, message: 'tags must be a list of text' }),
    MaxLength(CONTACT_LIMITS.tagMax, { each: true }),
  );

export const CalendarDate = (mode: Presence, name: string) =>
  applyDecorators(
    doc(mode, { type: String, format: 'date', example: '2024-03-12' }),
    trimToNull,
    ...presence(mode),
    IsString(),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: `${name} must be a date like 2024-03-12` }),
  );
