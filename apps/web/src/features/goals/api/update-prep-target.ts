import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { prepQueryKey, type PrepDto } from './get-prep';

export type UpdatePrepTargetDto = components['schemas']['UpdatePrepTargetDto'];
export type PrepTargetDto = components['schemas']['PrepTargetDto'];

export function updatePrepTarget(body: UpdatePrepTargetDto): Promise<PrepTargetDto> {
  return unwrap(api.PUT('/api/prep/target', { body }));
}

export function useUpdatePrepTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePrepTarget,
    onSuccess: (saved) => queryClient.setQueryData<PrepDto>(prepQueryKey, (prep) => prep && { ...prep, ...saved }),
  });
}
