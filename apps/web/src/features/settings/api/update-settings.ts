import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api';
import { settingsQueryKey, type Settings } from './get-settings';

export type UpdateSettings = components['schemas']['UpdateSettingsDto'];

export function updateSettings(body: UpdateSettings): Promise<Settings> {
  return unwrap(api.PATCH('/api/settings', { body }));
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQueryKey, saved);
      // "Today" and due dates are counted in the time zone.
      void queryClient.invalidateQueries({ queryKey: ['follow-ups'] });
    },
    onError: (error) => {
      // Saved elsewhere (another tab, or the follow-up rules on this page): load the new version.
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: settingsQueryKey });
    },
  });
}
