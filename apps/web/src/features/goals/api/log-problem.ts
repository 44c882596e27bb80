import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { goalsQueryKey } from './get-goals';
import { prepQueryKey } from './get-prep';

export type CreatePrepProblemDto = components['schemas']['CreatePrepProblemDto'];
export type PrepProblemDto = components['schemas']['PrepProblemDto'];

export function logProblem(body: CreatePrepProblemDto): Promise<PrepProblemDto> {
  return unwrap(api.POST('/api/prep/problems', { body }));
}

export function useLogProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logProblem,
    // Totals, weeks and the coding-problems goal are the server's to compute.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: prepQueryKey }), queryClient.invalidateQueries({ queryKey: goalsQueryKey })]),
  });
}
