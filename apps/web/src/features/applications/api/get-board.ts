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

/** How many of your contacts work at a company, from the board's own data (no extra request). */
export function useCompanyContactCount(companyId: string | null) {
  return useQuery({
    queryKey: boardQueryKey,
    queryFn: getBoard,
    select: (board) =>
      companyId === null ? 0 : (board.companyContacts.find((entry) => entry.companyId === companyId)?.contacts ?? 0),
  });
}
