import type { BoardDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { removeCard } from '../lib/board-cache';
import { applicationQueryKey } from './get-application';
import { boardQueryKey } from './get-board';

export function deleteApplication(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/applications/{id}', { params: { path: { id } } })).then(() => undefined);
}

export function useDeleteApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApplication,
    onSuccess: (_, id) => {
      queryClient.setQueryData<BoardDto>(boardQueryKey, (board) => board && removeCard(board, id));
      queryClient.removeQueries({ queryKey: applicationQueryKey(id) });
    },
  });
}
