import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { cadenceSettingsQueryKey, type CadenceSettings } from './get-cadence-settings';

export type UpdateCadenceSettings = components['schemas']['UpdateCadenceSettingsDto'];

export function updateCadenceSettings(body: UpdateCadenceSettings): Promise<CadenceSettings> {
  return unwrap(api.PUT('/api/settings/cadence', { body }));
}

export function useUpdateCadenceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCadenceSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(cadenceSettingsQueryKey, saved);
      // Saving runs the rules at once: follow-ups may have appeared or been cancelled.
      void queryClient.invalidateQueries({ queryKey: ['follow-ups'] });
    },
  });
}
