import type { CreateEventDto, EventDetailDto } from '../lib/types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { eventQueryKey } from './get-event';
import { eventsQueryKey } from './get-events';

export function createEvent(body: CreateEventDto): Promise<EventDetailDto> {
  return unwrap(api.POST('/api/events', { body }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (created) => {
      queryClient.setQueryData(eventQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'range'] });
    },
  });
}
