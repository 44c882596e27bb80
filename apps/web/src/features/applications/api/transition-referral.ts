import type { ReferralDetailDto, ReferralPageDto, TransitionReferralDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { applicationQueryKey } from './get-application';
import { applicationReferralsQueryKey } from './get-application-referrals';
import { boardQueryKey } from './get-board';

export interface TransitionReferralVariables {
  id: string;
  applicationId: string;
  body: TransitionReferralDto;
}

export function transitionReferral({ id, body }: TransitionReferralVariables): Promise<ReferralDetailDto> {
  return unwrap(api.POST('/api/referrals/{id}/transition', { params: { path: { id } }, body }));
}

export function useTransitionReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionReferral,
    onSuccess: (updated, { applicationId }) => {
      queryClient.setQueryData<ReferralPageDto>(applicationReferralsQueryKey(applicationId), (page) =>
        page && { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) },
      );
      void queryClient.invalidateQueries({ queryKey: ['contacts', 'detail', updated.contactId] });
      // A submitted referral can switch the application's channel (and so its version).
      if (updated.status === 'submitted') {
        void queryClient.invalidateQueries({ queryKey: applicationQueryKey(applicationId) });
        void queryClient.invalidateQueries({ queryKey: boardQueryKey });
      }
    },
    // Stale version or gone: show what the server holds now.
    onError: (_error, { applicationId }) =>
      queryClient.invalidateQueries({ queryKey: applicationReferralsQueryKey(applicationId) }),
  });
}
