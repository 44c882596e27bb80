import type { PeopleDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { applicationQueryKey } from './get-application';

export const applicationPeopleQueryKey = (id: string) => [...applicationQueryKey(id), 'people'] as const;

export function getApplicationPeople(id: string): Promise<PeopleDto> {
  return unwrap(api.GET('/api/applications/{id}/people', { params: { path: { id } } }));
}

/** Your contacts at the application's company: the referral finder. */
export function useApplicationPeople(id: string) {
  return useQuery({ queryKey: applicationPeopleQueryKey(id), queryFn: () => getApplicationPeople(id) });
}
