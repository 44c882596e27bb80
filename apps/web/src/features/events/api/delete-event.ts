import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { eventQueryKey } from './get-event';
import { eventsQueryKey } from './get-events';

export function deleteEvent(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/events/{id}', { params: { path: { id } } })).then(() => undefined);
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: eventQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'range'] });
      // Its follow-ups went with it.
      void queryClient.invalidateQueries({ queryKey: ['follow-ups'] });
    },
  });
}
