import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type GoalsDto = components['schemas']['GoalsDto'];

export const goalsQueryKey = ['goals'] as const;

export function getGoals(): Promise<GoalsDto> {
  return unwrap(api.GET('/api/goals'));
}

/** The weekly targets, for the goal lines; the charts do without them if this fails. */
export function useGoalTargets() {
  return useQuery({ queryKey: goalsQueryKey, queryFn: getGoals, select: (goals) => goals.targets });
}
