import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { contactQueryKey } from './get-contact';
import { contactsQueryKey } from './get-contacts';

export function deleteContact(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/contacts/{id}', { params: { path: { id } } })).then(() => undefined);
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: contactQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...contactsQueryKey, 'list'] });
    },
  });
}
