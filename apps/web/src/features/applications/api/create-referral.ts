import type { CreateReferralDto, ReferralDetailDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { applicationReferralsQueryKey } from './get-application-referrals';

export function createReferral(body: CreateReferralDto): Promise<ReferralDetailDto> {
  return unwrap(api.POST('/api/referrals', { body }));
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReferral,
    onSettled: (_, __, { applicationId, contactId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationReferralsQueryKey(applicationId) }),
        // The contact's timeline gains the step (the contacts feature's cache, by its key).
        queryClient.invalidateQueries({ queryKey: ['contacts', 'detail', contactId] }),
      ]),
  });
}
