import type { ContactPageDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export function searchContacts(q: string): Promise<ContactPageDto> {
  return unwrap(api.GET('/api/contacts', { params: { query: { q, pageSize: 8 } } }));
}

/** Contacts matching `q`, for linking people to an event; idle until something is typed. */
export function useContactSearch(q: string) {
  return useQuery({ queryKey: ['events', 'contact-search', q], queryFn: () => searchContacts(q), enabled: q.trim().length > 0 });
}
