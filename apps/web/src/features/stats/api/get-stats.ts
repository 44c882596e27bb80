import type { components } from '@offerpath/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { StatsQuery } from '../lib/stats-filters';

export type StatsDto = components['schemas']['StatsDto'];

export const statsQueryKey = ['stats'] as const;

export function getStats(query: StatsQuery): Promise<StatsDto> {
  return unwrap(api.GET('/api/stats', { params: { query } }));
}

/** The whole page's numbers in one request; the last result stays on screen while new filters load. */
export function useStats(query: StatsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...statsQueryKey, query],
    queryFn: () => getStats(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
