import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@offerpath/api-client';
import { api, unwrap } from '../../../lib/api';
import { meQueryKey } from './get-me';

export type LoginBody = NonNullable<paths['/api/auth/login']['post']['requestBody']>['content']['application/json'];

export function login(body: LoginBody) {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
