import type { components } from '@offerpath/api-client';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './api';
import { type FollowUp, type FollowUpPage, type TodayData, moveInPage, moveInToday, snoozedDueOn } from './follow-up-cache';
import { today as browserToday } from './dates';

/*
 * The follow-up endpoints and their hooks, shared by Today, the contact page and the board (no
 * feature owns follow-ups on the client; each shows them).
 */

export type FollowUpCounts = components['schemas']['FollowUpCountsDto'];
export type CreateFollowUpBody = components['schemas']['CreateFollowUpDto'];
export type { FollowUp, FollowUpPage, TodayData };

export const followUpsKey = ['follow-ups'] as const;
export const todayKey = [...followUpsKey, 'today'] as const;
export const followUpCountsKey = [...followUpsKey, 'counts'] as const;
export interface FollowUpListQuery {
  contactId?: string;
  applicationId?: string;
}
export const followUpListKey = (query: FollowUpListQuery) => [...followUpsKey, 'list', query] as const;
/** The board's cache (features/applications): its cards show their next follow-up. */
const BOARD_KEY = ['board'] as const;

export function getToday(): Promise<TodayData> {
  return unwrap(api.GET('/api/today'));
}

export function useToday() {
  return useQuery({ queryKey: todayKey, queryFn: getToday });
}

export function getFollowUpCounts(): Promise<FollowUpCounts> {
  return unwrap(api.GET('/api/follow-ups/counts'));
}

export function useFollowUpCounts() {
  return useQuery({ queryKey: followUpCountsKey, queryFn: getFollowUpCounts, refetchInterval: 5 * 60_000 });
}

/** Every pending follow-up about a contact or an application, soonest first. */
export function getPendingFollowUps(query: FollowUpListQuery): Promise<FollowUpPage> {
  return unwrap(api.GET('/api/follow-ups', { params: { query: { ...query, pageSize: 100 } } }));
}

export function usePendingFollowUps(query: FollowUpListQuery) {
  return useQuery({ queryKey: followUpListKey(query), queryFn: () => getPendingFollowUps(query) });
}

function refreshAll(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: followUpsKey }),
    queryClient.invalidateQueries({ queryKey: BOARD_KEY }),
  ]);
}

export function createFollowUp(body: CreateFollowUpBody): Promise<FollowUp> {
  return unwrap(api.POST('/api/follow-ups', { body }));
}

export function useCreateFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createFollowUp, onSettled: () => refreshAll(queryClient) });
}

/** What one click does to a follow-up; undo is `reopen` (after done) or `reschedule` back (after a snooze). */
export type FollowUpAction =
  | { type: 'complete'; followUp: FollowUp }
  | { type: 'snooze'; followUp: FollowUp; days: number }
  | { type: 'reopen'; followUp: FollowUp }
  | { type: 'reschedule'; followUp: FollowUp; dueOn: string };

export function runFollowUpAction(action: FollowUpAction): Promise<FollowUp> {
  const path = { id: action.followUp.id };
  const version = action.followUp.version;
  switch (action.type) {
    case 'complete':
      return unwrap(api.POST('/api/follow-ups/{id}/complete', { params: { path }, body: { version } }));
    case 'snooze':
      return unwrap(api.POST('/api/follow-ups/{id}/snooze', { params: { path }, body: { days: action.days, version } }));
    case 'reopen':
      return unwrap(api.POST('/api/follow-ups/{id}/reopen', { params: { path }, body: { version } }));
    case 'reschedule':
      return unwrap(api.PATCH('/api/follow-ups/{id}', { params: { path }, body: { version, dueOn: action.dueOn } }));
  }
}

/** Where the action moves the follow-up in the pending lists: null = gone (done), undefined = unknown (wait for the server). */
function optimisticDueOn(action: FollowUpAction, today: string): string | null | undefined {
  switch (action.type) {
    case 'complete':
      return null;
    case 'snooze':
      return snoozedDueOn(action.followUp.dueOn, today, action.days);
    case 'reopen':
    case 'reschedule':
      return undefined;
  }
}

type Snapshot = Array<[readonly unknown[], unknown]>;

/**
 * Done / snooze / undo, applied to every cached follow-up list at once and rolled back when the
 * server refuses. The counts (nav badge) and the board are refetched afterwards.
 */
export function useFollowUpAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runFollowUpAction,
    onMutate: async (action): Promise<{ snapshot: Snapshot }> => {
      await queryClient.cancelQueries({ queryKey: followUpsKey });
      const snapshot = queryClient.getQueriesData({ queryKey: followUpsKey });
      const today = queryClient.getQueryData<TodayData>(todayKey)?.date ?? browserToday();
      const dueOn = optimisticDueOn(action, today);
      if (dueOn !== undefined) {
        const id = action.followUp.id;
        queryClient.setQueryData<TodayData>(todayKey, (data) => (data ? moveInToday(data, id, dueOn) : data));
        queryClient.setQueriesData<FollowUpPage>({ queryKey: [...followUpsKey, 'list'] }, (page) => (page ? moveInPage(page, id, dueOn) : page));
      }
      return { snapshot };
    },
    onError: (_error, _action, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => refreshAll(queryClient),
  });
}
