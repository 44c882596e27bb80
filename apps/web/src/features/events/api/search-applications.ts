import type { ApplicationPageDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export function searchApplications(q: string): Promise<ApplicationPageDto> {
  return unwrap(api.GET('/api/applications', { params: { query: { q, pageSize: 8 } } }));
}

/** Applications matching `q`, for the event form's picker; idle until something is typed. */
export function useApplicationSearch(q: string) {
  return useQuery({ queryKey: ['events', 'application-search', q], queryFn: () => searchApplications(q), enabled: q.trim().length > 0 });
}
