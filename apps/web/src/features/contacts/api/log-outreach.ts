import type { CreateOutreachDto, OutreachDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { contactQueryKey } from './get-contact';
import { contactsQueryKey } from './get-contacts';

export interface LogOutreachVariables {
  contactId: string;
  body: CreateOutreachDto;
}

export function logOutreach({ contactId, body }: LogOutreachVariables): Promise<OutreachDto> {
  return unwrap(api.POST('/api/contacts/{id}/outreach', { params: { path: { id: contactId } }, body }));
}

export function useLogOutreach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOutreach,
    // The timeline and "last contacted" are the server's to compute.
    onSuccess: (_, { contactId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactQueryKey(contactId) }),
        queryClient.invalidateQueries({ queryKey: [...contactsQueryKey, 'list'] }),
      ]),
  });
}
