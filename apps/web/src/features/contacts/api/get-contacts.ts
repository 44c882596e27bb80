import type { ContactPageDto } from '@offerpath/api-client';
import type { ContactKind, ContactSortKey, SortDirection } from '@offerpath/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export interface ContactsQuery {
  q?: string;
  kind?: ContactKind;
  sort?: ContactSortKey;
  order?: SortDirection;
  page: number;
  pageSize: number;
}

export const contactsQueryKey = ['contacts'] as const;
export const contactListQueryKey = (query: ContactsQuery) => [...contactsQueryKey, 'list', query] as const;

export function getContacts({ q, kind, sort, order, page, pageSize }: ContactsQuery): Promise<ContactPageDto> {
  return unwrap(
    api.GET('/api/contacts', { params: { query: { q: q || undefined, kind, sort, order, page, pageSize } } }),
  );
}

/** One page from the server; the previous page stays on screen while the next one loads. */
export function useContacts(query: ContactsQuery) {
  return useQuery({
    queryKey: contactListQueryKey(query),
    queryFn: () => getContacts(query),
    placeholderData: keepPreviousData,
  });
}
