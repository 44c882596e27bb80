import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export function seedDemo() {
  return unwrap(api.POST('/api/demo/seed'));
}

/** Loads the demo job hunt; everything on screen came from the account, so all of it is refetched. */
export function useSeedDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: seedDemo,
    onSettled: () => queryClient.invalidateQueries(),
  });
}
