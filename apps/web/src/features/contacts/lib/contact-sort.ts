import type { ContactDto } from '@offerpath/api-client';
import { CONTACT_KIND_LABELS } from '@offerpath/domain';

export const CONTACT_SORT_KEYS = ['name', 'company', 'title', 'kind', 'lastContacted'] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ContactSort {
  key: ContactSortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: ContactSort = { key: 'name', direction: 'asc' };

function sortValue(contact: ContactDto, key: ContactSortKey): string | null {
  switch (key) {
    case 'name':
      return contact.name;
    case 'company':
      return contact.companyName;
    case 'title':
      return contact.title;
    case 'kind':
      return CONTACT_KIND_LABELS[contact.kind];
    case 'lastContacted':
      return contact.lastContactedAt;
    default: {
      const unknownKey: never = key;
      return unknownKey;
    }
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The page's rows in the chosen order; blanks always last. */
export function sortContacts(contacts: readonly ContactDto[], { key, direction }: ContactSort): ContactDto[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...contacts].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === right) return 0;
    if (left === null || left === '') return 1;
    if (right === null || right === '') return -1;
    return sign * collator.compare(left, right);
  });
}

export function parseSort(raw: string | null): ContactSort {
  if (!raw) return DEFAULT_SORT;
  const [key, direction] = raw.split(':');
  if (!(CONTACT_SORT_KEYS as readonly string[]).includes(key)) return DEFAULT_SORT;
  return { key: key as ContactSortKey, direction: direction === 'desc' ? 'desc' : 'asc' };
}
