import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { goalsQueryKey } from './get-goals';

export type GoalPlanDto = components['schemas']['GoalPlanDto'];

export interface PlanQuery {
  onsites: number;
  weeks: number;
}

export function getGoalPlan(query: PlanQuery): Promise<GoalPlanDto> {
  return unwrap(api.GET('/api/goals/plan', { params: { query } }));
}

/** Runs once the planner form was submitted (query not null). */
export function useGoalPlan(query: PlanQuery | null) {
  return useQuery({
    queryKey: [...goalsQueryKey, 'plan', query],
    queryFn: () => getGoalPlan(query as PlanQuery),
    enabled: query !== null,
  });
}
