import type { ApplicationDetailDto, BoardDto, CreateApplicationDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { insertCard, toCard } from '../lib/board-cache';
import { applicationQueryKey } from './get-application';
import { boardQueryKey } from './get-board';

export function createApplication(body: CreateApplicationDto): Promise<ApplicationDetailDto> {
  return unwrap(api.POST('/api/applications', { body }));
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: (created) => {
      queryClient.setQueryData(applicationQueryKey(created.id), created);
      queryClient.setQueryData<BoardDto>(boardQueryKey, (board) => board && insertCard(board, toCard(created)));
    },
  });
}
