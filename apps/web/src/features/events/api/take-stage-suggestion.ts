import type { ApplicationDto } from '@offerpath/api-client';
import type { StageSuggestionDto } from '../lib/types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { eventsQueryKey } from './get-events';

/** Moves the application to the suggested stage, at the end of that column, through the board's move endpoint. */
export function takeStageSuggestion(suggestion: StageSuggestionDto): Promise<ApplicationDto> {
  return unwrap(
    api.POST('/api/applications/{id}/move', {
      params: { path: { id: suggestion.applicationId } },
      body: { stage: suggestion.to, position: suggestion.position, version: suggestion.applicationVersion },
    }),
  );
}

export function useTakeStageSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: takeStageSuggestion,
    onSettled: () => {
      // The board and application caches belong to the applications feature; their keys are stable.
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
      void queryClient.invalidateQueries({ queryKey: eventsQueryKey });
    },
  });
}
