import type { ReferralPageDto } from '@offerpath/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const referralsQueryKey = ['referrals'] as const;
export const applicationReferralsQueryKey = (applicationId: string) => [...referralsQueryKey, { applicationId }] as const;

/** An application has a handful of referrals at most; one page of the maximum size holds them. */
const PAGE_SIZE = 200;

export function getApplicationReferrals(applicationId: string): Promise<ReferralPageDto> {
  return unwrap(api.GET('/api/referrals', { params: { query: { applicationId, pageSize: PAGE_SIZE } } }));
}

export function useApplicationReferrals(applicationId: string) {
  return useQuery({
    queryKey: applicationReferralsQueryKey(applicationId),
    queryFn: () => getApplicationReferrals(applicationId),
  });
}
