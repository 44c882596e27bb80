import type { ApplicationDetailDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const applicationQueryKey = (id: string) => ['applications', id] as const;

export function getApplication(id: string): Promise<ApplicationDetailDto> {
  return unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } }));
}

export function useApplication(id: string) {
  return useQuery({ queryKey: applicationQueryKey(id), queryFn: () => getApplication(id) });
}
