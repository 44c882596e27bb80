import { checkTransition, lastOpenStageAfter } from './transitions.js';
import { OPEN_STAGES, STAGES } from './stages.js';

describe('checkTransition', () => {
  it('lets open stages move forwards and backwards', () => {
    expect(checkTransition('applied', 'onsite')).toEqual({ ok: true });
    expect(checkTransition('onsite', 'recruiter_screen')).toEqual({ ok: true });
  });

  it('accepts only from offer', () => {
    for (const from of STAGES.filter((s) => s !== 'offer' && s !== 'accepted')) {
      expect(checkTransition(from, 'accepted').ok).toBe(false);
    }
    expect(checkTransition('offer', 'accepted').ok).toBe(true);
  });

  it('does not reject or ghost a wishlist item nor an accepted offer', () => {
    expect(checkTransition('wishlist', 'rejected').ok).toBe(false);
    expect(checkTransition('wishlist', 'ghosted').ok).toBe(false);
    expect(checkTransition('accepted', 'rejected').ok).toBe(false);
    expect(checkTransition('coding_interview', 'rejected').ok).toBe(true);
  });

  it('lets a closed application reopen into any open stage but accepted', () => {
    for (const to of OPEN_STAGES.filter((s) => s !== 'accepted')) {
      expect(checkTransition('rejected', to).ok).toBe(true);
    }
  });
});

describe('lastOpenStageAfter', () => {
  it('remembers the stage an application closed from', () => {
    expect(lastOpenStageAfter('onsite', 'rejected', null)).toBe('onsite');
  });
  it('keeps it across moves between closed outcomes', () => {
    expect(lastOpenStageAfter('ghosted', 'rejected', 'applied')).toBe('applied');
  });
  it('clears it when the application reopens', () => {
    expect(lastOpenStageAfter('rejected', 'applied', 'onsite')).toBeNull();
  });
});
