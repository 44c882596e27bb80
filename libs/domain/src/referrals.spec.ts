import { REFERRAL_STATUSES, type ReferralStatus, allowedReferralTransitions, checkReferralTransition } from './referrals.js';

const ok = (from: ReferralStatus, to: ReferralStatus) => checkReferralTransition(from, to).ok;

describe('checkReferralTransition', () => {
  it('moves forward one step at a time', () => {
    expect(ok('to_ask', 'asked')).toBe(true);
    expect(ok('asked', 'agreed')).toBe(true);
    expect(ok('agreed', 'submitted')).toBe(true);
    expect(ok('submitted', 'interviewing')).toBe(true);
  });

  it('does not skip steps', () => {
    expect(ok('to_ask', 'agreed')).toBe(false);
    expect(ok('to_ask', 'submitted')).toBe(false);
    expect(ok('asked', 'submitted')).toBe(false);
    expect(ok('agreed', 'interviewing')).toBe(false);
  });

  it('reaches declined and no_response only from asked, agreed and submitted (or the other outcome)', () => {
    for (const from of REFERRAL_STATUSES) {
      expect([from, ok(from, 'declined')]).toEqual([from, ['asked', 'agreed', 'submitted', 'no_response'].includes(from)]);
      expect([from, ok(from, 'no_response')]).toEqual([from, ['asked', 'agreed', 'submitted', 'declined'].includes(from)]);
    }
  });

  it('goes back one step to correct mistakes, never further', () => {
    expect(ok('asked', 'to_ask')).toBe(true);
    expect(ok('agreed', 'asked')).toBe(true);
    expect(ok('submitted', 'agreed')).toBe(true);
    expect(ok('interviewing', 'submitted')).toBe(true);
    expect(ok('submitted', 'to_ask')).toBe(false);
    expect(ok('interviewing', 'agreed')).toBe(false);
  });

  it('lets an outcome be swapped or reopened at asked', () => {
    expect(ok('declined', 'no_response')).toBe(true);
    expect(ok('no_response', 'declined')).toBe(true);
    expect(ok('no_response', 'asked')).toBe(true);
    expect(ok('declined', 'submitted')).toBe(false);
  });

  it('refuses a no-op with a reason', () => {
    expect(checkReferralTransition('asked', 'asked')).toEqual({ ok: false, reason: 'The referral is already asked.' });
  });

  it('lists the moves from each status consistently with the check', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) expect(ok(from, to)).toBe(allowedReferralTransitions(from).includes(to));
    }
  });
});
