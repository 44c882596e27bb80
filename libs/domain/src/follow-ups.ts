/** What a follow-up asks the user to do. */
export const FOLLOW_UP_KINDS = [
  'follow_up_recruiter',
  'thank_you',
  'check_referral',
  'reply',
  'prepare_interview',
  'offer_decision',
  'custom',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  follow_up_recruiter: 'Follow up with recruiter',
  thank_you: 'Thank-you note',
  check_referral: 'Check on referral',
  reply: 'Reply',
  prepare_interview: 'Prepare for interview',
  offer_decision: 'Offer decision',
  custom: 'Follow-up',
};

/** open and snoozed are pending (a snoozed one has a later due date); done and cancelled are over. */
export const FOLLOW_UP_STATUSES = ['open', 'done', 'snoozed', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const PENDING_FOLLOW_UP_STATUSES = ['open', 'snoozed'] as const satisfies readonly FollowUpStatus[];

/** Listing filters of /api/follow-ups. */
export const FOLLOW_UP_VIEWS = ['overdue', 'today', 'upcoming', 'done'] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];
