import { CONTACT_SORT_KEYS, type ContactSortKey, type SortDirection } from '@offerpath/domain';

export type { ContactSortKey, SortDirection } from '@offerpath/domain';

/** The table's order; the server sorts the whole list, so every page follows it. */
export interface ContactSort {
  key: ContactSortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: ContactSort = { key: 'name', direction: 'asc' };

export function parseSort(raw: string | null): ContactSort {
  if (!raw) return DEFAULT_SORT;
  const [key, direction] = raw.split(':');
  if (!(CONTACT_SORT_KEYS as readonly string[]).includes(key)) return DEFAULT_SORT;
  return { key: key as ContactSortKey, direction: direction === 'desc' ? 'desc' : 'asc' };
}
