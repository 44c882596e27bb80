import type { OutreachDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { applicationPeopleQueryKey } from './get-application-people';

export interface MessageRecruiterVariables {
  contactId: string;
  applicationId: string;
  /** 'YYYY-MM-DD'. */
  occurredOn: string;
}

/** Logs a message sent to a contact about this application (an outreach entry on the contact). */
export function messageRecruiter({ contactId, applicationId, occurredOn }: MessageRecruiterVariables): Promise<OutreachDto> {
  return unwrap(
    api.POST('/api/contacts/{id}/outreach', {
      params: { path: { id: contactId } },
      body: { type: 'message_sent', occurredOn, applicationId },
    }),
  );
}

export function useMessageRecruiter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: messageRecruiter,
    onSuccess: (_, { contactId, applicationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationPeopleQueryKey(applicationId) }),
        // "Last contacted" in the contacts feature's caches, by its keys.
        queryClient.invalidateQueries({ queryKey: ['contacts', 'detail', contactId] }),
        queryClient.invalidateQueries({ queryKey: ['contacts', 'list'] }),
      ]),
  });
}
