/** The pipeline, in the order an application moves through it. */
export const OPEN_STAGES = [
  'wishlist',
  'applied',
  'recruiter_screen',
  'coding_interview',
  'system_design',
  'onsite',
  'offer',
  'accepted',
] as const;

/** Outcomes that close an application; the last open stage reached is kept beside them. */
export const CLOSED_STAGES = ['rejected', 'withdrawn', 'ghosted'] as const;

export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  wishlist: 'Wishlist',
  applied: 'Applied',
  recruiter_screen: 'Recruiter screen',
  coding_interview: 'Coding interview',
  system_design: 'System design',
  onsite: 'Onsite',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isClosedStage(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

export function isOpenStage(stage: Stage): stage is OpenStage {
  return !isClosedStage(stage);
}

/** Rank of an open stage in the pipeline (wishlist = 0). */
export function stageRank(stage: OpenStage): number {
  return OPEN_STAGES.indexOf(stage);
}
