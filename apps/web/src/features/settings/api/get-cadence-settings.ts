import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type CadenceSettings = components['schemas']['CadenceSettingsDto'];
export type CadenceRule = components['schemas']['CadenceRuleDto'];

export const cadenceSettingsQueryKey = ['settings', 'cadence'] as const;

export function getCadenceSettings(): Promise<CadenceSettings> {
  return unwrap(api.GET('/api/settings/cadence'));
}

export function useCadenceSettings() {
  return useQuery({ queryKey: cadenceSettingsQueryKey, queryFn: getCadenceSettings });
}
