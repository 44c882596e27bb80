import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { boardQueryKey } from './get-board';

export function seedDemo() {
  return unwrap(api.POST('/api/demo/seed'));
}

export function useSeedDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: seedDemo,
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardQueryKey }),
  });
}
