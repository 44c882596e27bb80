import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { goalsQueryKey, type GoalsDto } from './get-goals';

export type UpdateGoalsDto = components['schemas']['UpdateGoalsDto'];

export function updateGoals(body: UpdateGoalsDto): Promise<GoalsDto> {
  return unwrap(api.PUT('/api/goals', { body }));
}

export function useUpdateGoals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGoals,
    onSuccess: (goals) => queryClient.setQueryData(goalsQueryKey, goals),
  });
}
