import type { ContactDto, UpdateContactDto } from '@offerpath/api-client';
import type { ContactKind } from '@offerpath/domain';

/** The contact form's state: what the inputs hold. Tags are typed comma-separated. */
export interface ContactFormValues {
  name: string;
  companyName: string;
  title: string;
  kind: ContactKind;
  linkedinUrl: string;
  email: string;
  phone: string;
  howMet: string;
  connectedOn: string;
  tags: string;
  notes: string;
}

const text = (value: string | null | undefined) => value ?? '';

export function toFormValues(contact: ContactDto): ContactFormValues {
  return {
    name: contact.name,
    companyName: text(contact.companyName),
    title: text(contact.title),
    kind: contact.kind,
    linkedinUrl: text(contact.linkedinUrl),
    email: text(contact.email),
    phone: text(contact.phone),
    howMet: text(contact.howMet),
    connectedOn: text(contact.connectedOn),
    tags: contact.tags.join(', '),
    notes: text(contact.notes),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

function toApiValues(values: ContactFormValues) {
  return {
    name: values.name.trim(),
    companyName: orNull(values.companyName),
    title: orNull(values.title),
    kind: values.kind,
    linkedinUrl: orNull(values.linkedinUrl),
    email: orNull(values.email),
    phone: orNull(values.phone),
    howMet: orNull(values.howMet),
    connectedOn: orNull(values.connectedOn),
    tags: parseTags(values.tags),
    notes: orNull(values.notes),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A PATCH body with only the changed fields and the version, or null when nothing changed. */
export function toUpdate(contact: ContactDto, values: ContactFormValues): UpdateContactDto | null {
  const next = toApiValues(values);
  const before = toApiValues(toFormValues(contact));
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => !same(next[key], before[key]));
  if (changed.length === 0) return null;
  const body: Record<string, unknown> = { version: contact.version };
  for (const key of changed) body[key] = next[key];
  return body as UpdateContactDto;
}
