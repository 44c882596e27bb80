import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type GoalsDto = components['schemas']['GoalsDto'];
export type GoalWeekDto = components['schemas']['GoalWeekDto'];

/** Shared with the stats page's goal lines: one cache entry for GET /api/goals. */
export const goalsQueryKey = ['goals'] as const;

export function getGoals(): Promise<GoalsDto> {
  return unwrap(api.GET('/api/goals'));
}

export function useGoals() {
  return useQuery({ queryKey: goalsQueryKey, queryFn: getGoals });
}
