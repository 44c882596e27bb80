import type { ApplicationDetailDto, BoardDto, UpdateApplicationDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api';
import { removeCard, replaceCard, toCard } from '../lib/board-cache';
import { applicationQueryKey } from './get-application';
import { boardQueryKey } from './get-board';

export interface UpdateApplicationVariables {
  id: string;
  body: UpdateApplicationDto;
}

export function updateApplication({ id, body }: UpdateApplicationVariables): Promise<ApplicationDetailDto> {
  return unwrap(api.PATCH('/api/applications/{id}', { params: { path: { id } }, body }));
}

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (updated) => {
      queryClient.setQueryData(applicationQueryKey(updated.id), updated);
      queryClient.setQueryData<BoardDto>(boardQueryKey, (board) =>
        board && (updated.archived ? removeCard(board, updated.id) : replaceCard(board, toCard(updated))),
      );
      // A stage change puts the card where the server decides; take its word for the order.
      void queryClient.invalidateQueries({ queryKey: boardQueryKey });
    },
    // Awaited: the caller says "reloaded" once the fresh copy is in.
    onError: async (error, { id }) => {
      if (isApiError(error, 409) || isApiError(error, 404)) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: applicationQueryKey(id) }),
          queryClient.invalidateQueries({ queryKey: boardQueryKey }),
        ]);
      }
    },
  });
}
