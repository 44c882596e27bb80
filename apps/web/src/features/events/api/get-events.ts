import type { EventListDto } from '../lib/types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export interface EventsRange {
  from: string;
  to: string;
}

export const eventsQueryKey = ['events'] as const;
export const eventRangeQueryKey = (range: EventsRange) => [...eventsQueryKey, 'range', range] as const;

export function getEvents({ from, to }: EventsRange): Promise<EventListDto> {
  return unwrap(api.GET('/api/events', { params: { query: { from, to } } }));
}

/** Every event of the visible range in one request; the last range stays on screen while the next loads. */
export function useEvents(range: EventsRange) {
  return useQuery({ queryKey: eventRangeQueryKey(range), queryFn: () => getEvents(range), placeholderData: keepPreviousData });
}
