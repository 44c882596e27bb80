import type { UserDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
export async function getMe(): Promise<UserDto | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });
}
