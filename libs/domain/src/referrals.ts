/** A referral's progress, in order; declined and no_response are outcomes. */
export const REFERRAL_STATUSES = ['to_ask', 'asked', 'agreed', 'submitted', 'interviewing', 'declined', 'no_response'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  to_ask: 'To ask',
  asked: 'Asked',
  agreed: 'Agreed',
  submitted: 'Submitted',
  interviewing: 'Interviewing',
  declined: 'Declined',
  no_response: 'No response',
};

export type ReferralTransitionCheck = { ok: true } | { ok: false; reason: string };

/**
 * Forward one step along to_ask → asked → agreed → submitted → interviewing, or out to
 * declined / no_response from asked, agreed or submitted. To correct a mis-click, every step
 * can also go back one (interviewing → submitted, …, asked → to_ask), an outcome can be
 * swapped for the other, and an outcome can go back to asked (the person answered after all).
 */
export function checkReferralTransition(from: ReferralStatus, to: ReferralStatus): ReferralTransitionCheck {
  if (from === to) return { ok: false, reason: `The referral is already ${to}.` };
  if (ALLOWED[from].includes(to)) return { ok: true };
  return { ok: false, reason: `A referral cannot go from ${from} to ${to}.` };
}

const ALLOWED: Record<ReferralStatus, readonly ReferralStatus[]> = {
  to_ask: ['asked'],
  asked: ['agreed', 'declined', 'no_response', 'to_ask'],
  agreed: ['submitted', 'declined', 'no_response', 'asked'],
  submitted: ['interviewing', 'declined', 'no_response', 'agreed'],
  interviewing: ['submitted'],
  declined: ['no_response', 'asked'],
  no_response: ['declined', 'asked'],
};

/** Statuses a referral may be created in: anything before the outcome is known. */
export const REFERRAL_INITIAL_STATUSES = ['to_ask', 'asked', 'agreed', 'submitted'] as const satisfies readonly ReferralStatus[];

export function allowedReferralTransitions(from: ReferralStatus): readonly ReferralStatus[] {
  return ALLOWED[from];
}
