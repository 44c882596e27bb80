import type { ContactDetailDto, UpdateContactDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api';
import { contactQueryKey } from './get-contact';
import { contactsQueryKey } from './get-contacts';

export interface UpdateContactVariables {
  id: string;
  body: UpdateContactDto;
}

export function updateContact({ id, body }: UpdateContactVariables): Promise<ContactDetailDto> {
  return unwrap(api.PATCH('/api/contacts/{id}', { params: { path: { id } }, body }));
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (updated) => {
      queryClient.setQueryData(contactQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...contactsQueryKey, 'list'] });
    },
    // Awaited: the caller says "reloaded" once the fresh copy is in.
    onError: async (error, { id }) => {
      if (isApiError(error, 409) || isApiError(error, 404)) {
        await queryClient.invalidateQueries({ queryKey: contactQueryKey(id) });
      }
    },
  });
}
