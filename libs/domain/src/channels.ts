/** How the user got in: the strategy's channels. */
export const CHANNELS = [
  'cold_apply',
  'linkedin_recruiter',
  'referral',
  'career_fair',
  'networking_event',
  'recruiter_inbound',
  'other',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  cold_apply: 'Portal',
  linkedin_recruiter: 'LinkedIn recruiter',
  referral: 'Referral',
  career_fair: 'Career fair',
  networking_event: 'Networking event',
  recruiter_inbound: 'Recruiter inbound',
  other: 'Other',
};

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const WORK_MODE_LABELS: Record<WorkMode, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};
