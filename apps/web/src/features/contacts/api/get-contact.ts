import type { ContactDetailDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { contactsQueryKey } from './get-contacts';

export const contactQueryKey = (id: string) => [...contactsQueryKey, 'detail', id] as const;

export function getContact(id: string): Promise<ContactDetailDto> {
  return unwrap(api.GET('/api/contacts/{id}', { params: { path: { id } } }));
}

export function useContact(id: string) {
  return useQuery({ queryKey: contactQueryKey(id), queryFn: () => getContact(id) });
}
