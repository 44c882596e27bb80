import type { components } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type Settings = components['schemas']['SettingsDto'];

export const settingsQueryKey = ['settings', 'general'] as const;

export function getSettings(): Promise<Settings> {
  return unwrap(api.GET('/api/settings'));
}

export function useSettings() {
  return useQuery({ queryKey: settingsQueryKey, queryFn: getSettings });
}
