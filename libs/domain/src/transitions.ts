import { isClosedStage, type OpenStage, type Stage } from './stages.js';

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/**
 * Which stage moves the board allows. Open stages move freely in both directions (people
 * correct mistakes and processes loop back); the exceptions are outcomes that only make
 * sense from certain places in the pipeline.
 */
export function checkTransition(from: Stage, to: Stage): TransitionCheck {
  if (from === to) return { ok: true };
  switch (to) {
    case 'accepted':
      return from === 'offer' ? { ok: true } : { ok: false, reason: 'Only an offer can be accepted.' };
    case 'rejected':
    case 'ghosted':
      return from === 'wishlist' || from === 'accepted'
        ? { ok: false, reason: `An application in ${from} cannot be ${to}.` }
        : { ok: true };
    case 'withdrawn':
      return from === 'accepted' ? { ok: false, reason: 'An accepted offer cannot be withdrawn from here.' } : { ok: true };
    case 'wishlist':
    case 'applied':
    case 'recruiter_screen':
    case 'coding_interview':
    case 'system_design':
    case 'onsite':
    case 'offer':
      return { ok: true };
    default: {
      const unreachable: never = to;
      return { ok: false, reason: `Unknown stage ${String(unreachable)}` };
    }
  }
}

/**
 * The open stage to remember when an application moves to `to`: the stage it was in when it
 * closed, kept through later moves between closed outcomes.
 */
export function lastOpenStageAfter(from: Stage, to: Stage, previousLastOpen: OpenStage | null): OpenStage | null {
  if (!isClosedStage(to)) return null;
  if (!isClosedStage(from)) return from;
  return previousLastOpen;
}
