import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { queryString, type StatsQuery } from '../lib/stats-filters';

export function getSankeyText(query: StatsQuery): Promise<string> {
  return unwrap(api.GET('/api/stats/sankey.txt', { params: { query }, parseAs: 'text' }));
}

/** Where the browser downloads the same text from (same origin, the session cookie rides along). */
export function sankeyTextUrl(query: StatsQuery): string {
  return `/api/stats/sankey.txt${queryString(query)}`;
}

/** Fetched on demand (a click on "Copy"), never with the page: a mutation rather than a query. */
export function useCopySankeyText() {
  return useMutation({
    mutationFn: async (query: StatsQuery) => {
      const text = await getSankeyText(query);
      await navigator.clipboard.writeText(text);
      return text;
    },
  });
}
