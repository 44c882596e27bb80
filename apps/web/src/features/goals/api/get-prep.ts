import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type PrepDto = components['schemas']['PrepDto'];
export type PrepTopicDto = components['schemas']['PrepTopicDto'];
export type UpcomingInterviewDto = components['schemas']['UpcomingInterviewDto'];

export const prepQueryKey = ['prep'] as const;

export function getPrep(): Promise<PrepDto> {
  return unwrap(api.GET('/api/prep'));
}

export function usePrep() {
  return useQuery({ queryKey: prepQueryKey, queryFn: getPrep });
}
