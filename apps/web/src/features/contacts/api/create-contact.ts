import type { ContactDetailDto, CreateContactDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { contactQueryKey } from './get-contact';
import { contactsQueryKey } from './get-contacts';

export function createContact(body: CreateContactDto): Promise<ContactDetailDto> {
  return unwrap(api.POST('/api/contacts', { body }));
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContact,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: [...contactsQueryKey, 'list'] });
      queryClient.setQueryData(contactQueryKey(created.id), created);
    },
  });
}
