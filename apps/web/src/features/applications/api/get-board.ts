import type { BoardDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const boardQueryKey = ['board'] as const;

export function getBoard(): Promise<BoardDto> {
  return unwrap(api.GET('/api/board'));
}

export function useBoard() {
  return useQuery({ queryKey: boardQueryKey, queryFn: getBoard });
}
