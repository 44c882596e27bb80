import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { goalsQueryKey } from './get-goals';
import { prepQueryKey } from './get-prep';

export function deleteProblem(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/prep/problems/{id}', { params: { path: { id } } })).then(() => undefined);
}

export function useDeleteProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProblem,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: prepQueryKey }), queryClient.invalidateQueries({ queryKey: goalsQueryKey })]),
  });
}
