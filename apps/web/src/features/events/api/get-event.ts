import type { EventDetailDto } from '../lib/types';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { eventsQueryKey } from './get-events';

export const eventQueryKey = (id: string) => [...eventsQueryKey, 'detail', id] as const;

export function getEvent(id: string): Promise<EventDetailDto> {
  return unwrap(api.GET('/api/events/{id}', { params: { path: { id } } }));
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventQueryKey(id), queryFn: () => getEvent(id) });
}
