import type { OpenStage } from './stages.js';

/** What happened or will happen on the calendar. */
export const EVENT_TYPES = ['interview', 'call', 'message', 'career_fair', 'networking_event', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  interview: 'Interview',
  call: 'Call',
  message: 'Message',
  career_fair: 'Career fair',
  networking_event: 'Networking event',
  other: 'Other',
};

/** Interview rounds; only interviews have one. */
export const ROUND_KINDS = ['recruiter_screen', 'coding', 'system_design', 'ml_design', 'behavioral', 'hiring_manager', 'onsite'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  recruiter_screen: 'Recruiter screen',
  coding: 'Coding',
  system_design: 'System design',
  ml_design: 'ML design',
  behavioral: 'Behavioral',
  hiring_manager: 'Hiring manager',
  onsite: 'Onsite',
};

/**
 * The pipeline stage an interview round implies the application has reached. Logging a round
 * for an application whose stage is behind this offers to move it forward.
 */
export const ROUND_KIND_STAGE: Record<RoundKind, OpenStage> = {
  recruiter_screen: 'recruiter_screen',
  coding: 'coding_interview',
  system_design: 'system_design',
  ml_design: 'system_design',
  behavioral: 'onsite',
  hiring_manager: 'onsite',
  onsite: 'onsite',
};

export const EVENT_OUTCOMES = ['pending', 'passed', 'failed', 'cancelled'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

export const EVENT_OUTCOME_LABELS: Record<EventOutcome, string> = {
  pending: 'Pending',
  passed: 'Passed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Event types where the user meets many people at once ("event mode"). */
export const GATHERING_EVENT_TYPES = ['career_fair', 'networking_event'] as const satisfies readonly EventType[];
