import { defaultEventTitle, isGatheringEventType, metAtFollowUpTitle, parseOffsetDateTime, suggestStage } from './event-rules.js';

describe('suggestStage', () => {
  it('moves an application forward to the stage a round implies', () => {
    expect(suggestStage('coding', 'applied')).toEqual({ from: 'applied', to: 'coding_interview' });
    expect(suggestStage('recruiter_screen', 'wishlist')).toEqual({ from: 'wishlist', to: 'recruiter_screen' });
    expect(suggestStage('ml_design', 'coding_interview')).toEqual({ from: 'coding_interview', to: 'system_design' });
    expect(suggestStage('behavioral', 'system_design')).toEqual({ from: 'system_design', to: 'onsite' });
  });
  it('suggests nothing when already there or past, closed, or without a round', () => {
    expect(suggestStage('coding', 'coding_interview')).toBeNull();
    expect(suggestStage('recruiter_screen', 'onsite')).toBeNull();
    expect(suggestStage('onsite', 'offer')).toBeNull();
    expect(suggestStage('coding', 'rejected')).toBeNull();
    expect(suggestStage('coding', 'ghosted')).toBeNull();
    expect(suggestStage(null, 'applied')).toBeNull();
  });
});

describe('event titles', () => {
  it('names the round and the company', () => {
    expect(defaultEventTitle('interview', 'coding', 'Stripe')).toBe('Coding interview — Stripe');
    expect(defaultEventTitle('career_fair', null, null)).toBe('Career fair');
    expect(defaultEventTitle('call', null, 'OpenAI')).toBe('Call — OpenAI');
  });
  it('keeps a follow-up title within 200 characters', () => {
    expect(metAtFollowUpTitle('Ana Diaz', 'PyData Berlin')).toBe('Follow up with Ana Diaz (met at PyData Berlin)');
    expect(metAtFollowUpTitle('A'.repeat(200), 'X')).toHaveLength(200);
  });
  it('knows the gathering types', () => {
    expect(isGatheringEventType('career_fair')).toBe(true);
    expect(isGatheringEventType('networking_event')).toBe(true);
    expect(isGatheringEventType('interview')).toBe(false);
  });
});

describe('parseOffsetDateTime', () => {
  it('reads date-times with an offset', () => {
    expect(parseOffsetDateTime('2026-03-12T14:00:00+01:00')?.toISOString()).toBe('2026-03-12T13:00:00.000Z');
    expect(parseOffsetDateTime('2026-03-12T14:00Z')?.toISOString()).toBe('2026-03-12T14:00:00.000Z');
    expect(parseOffsetDateTime('2026-03-12T14:00:00.250-05:00')?.toISOString()).toBe('2026-03-12T19:00:00.250Z');
  });
  it('refuses a missing offset, an impossible day or junk', () => {
    expect(parseOffsetDateTime('2026-03-12T14:00:00')).toBeNull();
    expect(parseOffsetDateTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-03-12')).toBeNull();
    expect(parseOffsetDateTime('tomorrow')).toBeNull();
    expect(parseOffsetDateTime('2026-03-12T25:00:00Z')).toBeNull();
  });
});
