import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@offerpath/api-client';
import { api, unwrap } from '../../../lib/api';
import { meQueryKey } from './get-me';

export type RegisterBody = NonNullable<paths['/api/auth/register']['post']['requestBody']>['content']['application/json'];

export function register(body: RegisterBody) {
  return unwrap(api.POST('/api/auth/register', { body }));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
