import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { settingsQueryKey, type Settings } from './get-settings';

export type CalendarFeed = components['schemas']['CalendarFeedDto'];

/** Creates the secret feed URL, or replaces it (the old one stops working). */
export function regenerateCalendarLink(): Promise<CalendarFeed> {
  return unwrap(api.POST('/api/settings/calendar-token'));
}

export function useRegenerateCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateCalendarLink,
    onSuccess: (calendar) => {
      queryClient.setQueryData<Settings>(settingsQueryKey, (current) => (current ? { ...current, calendar } : current));
    },
  });
}
