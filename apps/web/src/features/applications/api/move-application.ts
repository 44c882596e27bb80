import type { ApplicationDto, BoardDto, MoveApplicationDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { moveCard, replaceCard } from '../lib/board-cache';
import { applicationQueryKey } from './get-application';
import { boardQueryKey } from './get-board';

export interface MoveApplicationVariables extends MoveApplicationDto {
  id: string;
}

export function moveApplication({ id, ...body }: MoveApplicationVariables): Promise<ApplicationDto> {
  return unwrap(api.POST('/api/applications/{id}/move', { params: { path: { id } }, body }));
}

/** Moves a card on the board at once, and puts it back if the server says no. */
export function useMoveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveApplication,
    onMutate: async ({ id, stage, position }) => {
      await queryClient.cancelQueries({ queryKey: boardQueryKey });
      const previous = queryClient.getQueryData<BoardDto>(boardQueryKey);
      if (previous) queryClient.setQueryData(boardQueryKey, moveCard(previous, id, stage, position));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(boardQueryKey, context.previous);
      // Whatever went wrong (a stale version above all), show what the server holds now; the
      // caller's message need not wait for that.
      void queryClient.invalidateQueries({ queryKey: boardQueryKey });
    },
    onSuccess: (moved) => {
      queryClient.setQueryData<BoardDto>(boardQueryKey, (board) => board && replaceCard(board, moved));
      void queryClient.invalidateQueries({ queryKey: applicationQueryKey(moved.id) });
    },
  });
}
