import type { EventDetailDto, UpdateEventDto } from '../lib/types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api';
import { eventQueryKey } from './get-event';
import { eventsQueryKey } from './get-events';

export interface UpdateEventVariables {
  id: string;
  body: UpdateEventDto;
}

export function updateEvent({ id, body }: UpdateEventVariables): Promise<EventDetailDto> {
  return unwrap(api.PATCH('/api/events/{id}', { params: { path: { id } }, body }));
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (updated) => {
      queryClient.setQueryData(eventQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'range'] });
    },
    onError: async (error) => {
      // A stale version or a deleted event: show what the server holds now.
      if (isApiError(error, 409) || isApiError(error, 404)) await queryClient.invalidateQueries({ queryKey: eventsQueryKey });
    },
  });
}
