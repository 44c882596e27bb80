import type { AddPeopleDto, AddPeopleResultDto } from '../lib/types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { eventQueryKey } from './get-event';
import { eventsQueryKey } from './get-events';

export interface AddPeopleVariables {
  eventId: string;
  body: AddPeopleDto;
}

export function addPeople({ eventId, body }: AddPeopleVariables): Promise<AddPeopleResultDto> {
  return unwrap(api.POST('/api/events/{id}/people', { params: { path: { id: eventId } }, body }));
}

export function useAddPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPeople,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: eventQueryKey(result.event.id) });
      void queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'range'] });
      // New contacts and follow-ups live in other features' caches.
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      void queryClient.invalidateQueries({ queryKey: ['follow-ups'] });
    },
  });
}
