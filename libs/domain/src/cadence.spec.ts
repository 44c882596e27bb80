import {
  CADENCE_RULE_KEYS, CADENCE_RULES, type CadenceContext, type ExistingRuleFollowUp, cadenceTitle,
  checkCadenceOverrides, connectionNotAccepted, defaultCadenceRuleSettings, interviewThankYou, mergeCadenceOverrides, messageNoReply,
  offerDeadline, portalNoResponse, referralNoNews, resolveCadence, shouldGhost,
} from './cadence.js';
import type { FollowUpStatus } from './follow-ups.js';
import { checkTransition } from './transitions.js';

const APP = '11111111-1111-4111-8111-111111111111';
const OUT = '22222222-2222-4222-8222-222222222222';

function ctx(rule: (typeof CADENCE_RULE_KEYS)[number], today: string, existing: ExistingRuleFollowUp[] = [], overrides = {}): CadenceContext {
  return { today, settings: { ...defaultCadenceRuleSettings(rule), ...overrides }, existing };
}
const had = (ruleKey: string, status: FollowUpStatus, completedOn: string | null = null): ExistingRuleFollowUp => ({ ruleKey, status, completedOn });

describe('the rule catalogue', () => {
  it('has the strategy defaults', () => {
    expect(CADENCE_RULE_KEYS.map((k) => [k, CADENCE_RULES[k].defaultDays, CADENCE_RULES[k].defaultMaxCount, CADENCE_RULES[k].kind])).toEqual([
      ['portal_no_response', 7, null, 'follow_up_recruiter'],
      ['connection_not_accepted', 7, null, 'custom'],
      ['message_no_reply', 5, 2, 'follow_up_recruiter'],
      ['interview_thank_you', 1, null, 'thank_you'],
      ['referral_no_news', 7, null, 'check_referral'],
      ['offer_deadline', 2, null, 'offer_decision'],
    ]);
    expect(CADENCE_RULES.offer_deadline.timing).toBe('before');
  });

  it('fills title templates', () => {
    expect(cadenceTitle('portal_no_response', { company: 'Stripe', role: 'ML Engineer' })).toBe('Follow up with a recruiter at Stripe (ML Engineer)');
    expect(cadenceTitle('offer_deadline', { company: 'Acme', deadline: '2026-05-01' })).toBe('Decide on the Acme offer (deadline 2026-05-01)');
    expect(cadenceTitle('portal_no_response', { company: 'x'.repeat(300), role: 'r' })).toHaveLength(200);
  });
});

describe('resolveCadence and overrides', () => {
  it('uses the defaults when nothing is stored', () => {
    const resolved = resolveCadence({});
    expect(resolved.portal_no_response).toEqual({ enabled: true, days: 7, maxCount: 1 });
    expect(resolved.message_no_reply).toEqual({ enabled: true, days: 5, maxCount: 2 });
    expect(resolveCadence(null)).toEqual(resolved);
  });

  it('merges valid overrides and ignores stored values that are no longer valid', () => {
    const resolved = resolveCadence({
      portal_no_response: { enabled: false, days: 10 },
      message_no_reply: { maxCount: 3, days: 999 },
      interview_thank_you: { maxCount: 4 },
      renamed_rule: { days: 3 },
    });
    expect(resolved.portal_no_response).toEqual({ enabled: false, days: 10, maxCount: 1 });
    expect(resolved.message_no_reply).toEqual({ enabled: true, days: 5, maxCount: 3 });
    expect(resolved.interview_thank_you).toEqual({ enabled: true, days: 1, maxCount: 1 });
  });

  it('validates a client patch and names each bad field', () => {
    expect(checkCadenceOverrides({ portal_no_response: { days: 10 }, message_no_reply: { enabled: false, maxCount: 1 } })).toEqual({
      ok: true,
      value: { portal_no_response: { days: 10 }, message_no_reply: { enabled: false, maxCount: 1 } },
    });
    const bad = checkCadenceOverrides({
      nope: { days: 1 },
      portal_no_response: { days: 0 },
      message_no_reply: { maxCount: 6, enabled: 'yes' },
      offer_deadline: { maxCount: 2, colour: 'red' },
      referral_no_news: 3,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.field)).toEqual([
        'rules.nope',
        'rules.portal_no_response.days',
        'rules.message_no_reply.maxCount',
        'rules.message_no_reply.enabled',
        'rules.offer_deadline.maxCount',
        'rules.offer_deadline.colour',
        'rules.referral_no_news',
      ]);
    }
    expect(checkCadenceOverrides([]).ok).toBe(false);
    expect(checkCadenceOverrides({ portal_no_response: { days: 2.5 } }).ok).toBe(false);
  });

  it('stores only what differs from the defaults', () => {
    const stored = mergeCadenceOverrides({ portal_no_response: { days: 10 } }, { message_no_reply: { enabled: false }, portal_no_response: { enabled: true } });
    expect(stored).toEqual({ portal_no_response: { days: 10 }, message_no_reply: { enabled: false } });
    expect(mergeCadenceOverrides(stored, { portal_no_response: { days: 7 }, message_no_reply: { enabled: true } })).toEqual({});
  });
});

describe('portal_no_response', () => {
  const facts = { applicationId: APP, channel: 'cold_apply', stage: 'applied', archived: false, appliedOn: '2026-04-01', stageChangedOn: '2026-04-03', lastReplyOn: null };

  it('is created with the key of the application, due 7 days after applying', () => {
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-01'))).toEqual([
      { type: 'create', rule: 'portal_no_response', ruleKey: `portal_no_response:${APP}`, dueOn: '2026-04-08' },
    ]);
  });

  it('uses the day it entered Applied when appliedOn is missing, and the per-user days', () => {
    const [action] = portalNoResponse({ ...facts, appliedOn: null }, ctx('portal_no_response', '2026-04-03', [], { days: 10 }));
    expect(action).toMatchObject({ type: 'create', dueOn: '2026-04-13' });
  });

  it('is due today, not in the past, when noticed late, and not made at all for history', () => {
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-20'))[0]).toMatchObject({ type: 'create', dueOn: '2026-04-20' });
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-22'))[0]).toMatchObject({ type: 'create', dueOn: '2026-04-22' });
    // Due 2026-04-08: more than CADENCE_LOOKBACK_DAYS (14) before 2026-04-23.
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-23'))).toEqual([]);
  });

  it('only concerns portal applications still in Applied', () => {
    expect(portalNoResponse({ ...facts, channel: 'referral' }, ctx('portal_no_response', '2026-04-09'))).toEqual([]);
    expect(portalNoResponse({ ...facts, stage: 'wishlist' }, ctx('portal_no_response', '2026-04-09'))).toEqual([]);
    expect(portalNoResponse({ ...facts, appliedOn: '2026-05-01' }, ctx('portal_no_response', '2026-04-09'))).toEqual([]);
  });

  it('is cancelled by itself when the application moves on, closes or gets a reply', () => {
    const existing = [had(`portal_no_response:${APP}`, 'open')];
    const cancelled = [{ type: 'cancel', rule: 'portal_no_response', ruleKey: `portal_no_response:${APP}`, reason: 'answered' }];
    expect(portalNoResponse({ ...facts, stage: 'recruiter_screen' }, ctx('portal_no_response', '2026-04-05', existing))).toEqual(cancelled);
    expect(portalNoResponse({ ...facts, stage: 'rejected' }, ctx('portal_no_response', '2026-04-05', existing))).toEqual(cancelled);
    expect(portalNoResponse({ ...facts, lastReplyOn: '2026-04-04' }, ctx('portal_no_response', '2026-04-05', existing))).toEqual(cancelled);
    expect(portalNoResponse({ ...facts, stage: 'recruiter_screen' }, ctx('portal_no_response', '2026-04-05', [had(`portal_no_response:${APP}`, 'done')]))).toEqual([]);
  });

  it('is never re-created once it exists, whatever its status', () => {
    for (const status of ['open', 'snoozed', 'done', 'cancelled'] as const) {
      expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-30', [had(`portal_no_response:${APP}`, status)]))).toEqual([]);
    }
  });

  it('creates nothing and cancels what is pending when the rule is turned off', () => {
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-09', [had(`portal_no_response:${APP}`, 'snoozed')], { enabled: false }))).toEqual([
      { type: 'cancel', rule: 'portal_no_response', ruleKey: `portal_no_response:${APP}`, reason: 'rule_disabled' },
    ]);
    expect(portalNoResponse(facts, ctx('portal_no_response', '2026-04-09', [], { enabled: false }))).toEqual([]);
  });
});

describe('connection_not_accepted', () => {
  const facts = { outreachId: OUT, requestedOn: '2026-04-01', answeredOn: null, newerRequest: false };

  it('gives one follow-up 7 days after the request', () => {
    expect(connectionNotAccepted(facts, ctx('connection_not_accepted', '2026-04-01'))).toEqual([
      { type: 'create', rule: 'connection_not_accepted', ruleKey: `connection_not_accepted:${OUT}`, dueOn: '2026-04-08' },
    ]);
    expect(connectionNotAccepted(facts, ctx('connection_not_accepted', '2026-04-20', [had(`connection_not_accepted:${OUT}`, 'done', '2026-04-08')]))).toEqual([]);
  });

  it('is cancelled when accepted or answered on or after the request, and replaced by a newer request', () => {
    const existing = [had(`connection_not_accepted:${OUT}`, 'open')];
    expect(connectionNotAccepted({ ...facts, answeredOn: '2026-04-03' }, ctx('connection_not_accepted', '2026-04-03', existing))).toEqual([
      { type: 'cancel', rule: 'connection_not_accepted', ruleKey: `connection_not_accepted:${OUT}`, reason: 'answered' },
    ]);
    expect(connectionNotAccepted({ ...facts, answeredOn: '2026-03-01' }, ctx('connection_not_accepted', '2026-04-03', existing))).toEqual([]);
    expect(connectionNotAccepted({ ...facts, newerRequest: true }, ctx('connection_not_accepted', '2026-04-03', existing))[0]).toMatchObject({ reason: 'superseded' });
  });
});

describe('message_no_reply (nudges)', () => {
  const thread = { startOutreachId: OUT, startedOn: '2026-04-01', lastMessageOn: '2026-04-01', replied: false };
  const key = (n: number) => `message_no_reply:${OUT}:${n}`;

  it('nudges 5 days after the first message', () => {
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-01'))).toEqual([{ type: 'create', rule: 'message_no_reply', ruleKey: key(1), dueOn: '2026-04-06' }]);
  });

  it('makes the second nudge only once the first is done, 5 days after it (or the latest message)', () => {
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-07', [had(key(1), 'open')]))).toEqual([]);
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-07', [had(key(1), 'snoozed')]))).toEqual([]);
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-07', [had(key(1), 'done', '2026-04-06')]))).toEqual([
      { type: 'create', rule: 'message_no_reply', ruleKey: key(2), dueOn: '2026-04-11' },
    ]);
    expect(messageNoReply({ ...thread, lastMessageOn: '2026-04-08' }, ctx('message_no_reply', '2026-04-08', [had(key(1), 'done', '2026-04-06')]))[0]).toMatchObject({
      dueOn: '2026-04-13',
    });
  });

  it('nudges at most twice by default, and maxCount times when changed', () => {
    const twoDone = [had(key(1), 'done', '2026-04-06'), had(key(2), 'done', '2026-04-11')];
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-30', twoDone))).toEqual([]);
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-30', twoDone, { maxCount: 3 }))).toEqual([
      { type: 'create', rule: 'message_no_reply', ruleKey: key(3), dueOn: '2026-04-30' },
    ]);
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-30', [had(key(1), 'done', '2026-04-06')], { maxCount: 1 }))).toEqual([]);
  });

  it('cancels pending nudges once a reply is logged', () => {
    expect(messageNoReply({ ...thread, replied: true }, ctx('message_no_reply', '2026-04-12', [had(key(1), 'done', '2026-04-06'), had(key(2), 'open')]))).toEqual([
      { type: 'cancel', rule: 'message_no_reply', ruleKey: key(2), reason: 'answered' },
    ]);
  });

  it('does not make the next nudge after a cancelled one', () => {
    expect(messageNoReply(thread, ctx('message_no_reply', '2026-04-30', [had(key(1), 'cancelled')]))).toEqual([]);
  });
});

describe('interview_thank_you', () => {
  const interview = { eventId: OUT, type: 'interview', outcome: 'pending', startsAt: '2026-04-10T14:00:00Z' };
  const at = (today: string, now: string, timeZone = 'UTC', existing: ExistingRuleFollowUp[] = []) => ({
    ...ctx('interview_thank_you', today, existing),
    now: new Date(now),
    timeZone,
  });

  it('is due the day after the interview, once it has begun', () => {
    expect(interviewThankYou(interview, at('2026-04-09', '2026-04-09T12:00:00Z'))).toEqual([]);
    expect(interviewThankYou(interview, at('2026-04-10', '2026-04-10T15:00:00Z'))).toEqual([
      { type: 'create', rule: 'interview_thank_you', ruleKey: `interview_thank_you:${OUT}`, dueOn: '2026-04-11' },
    ]);
  });

  it('counts the next day in the user’s calendar across a spring-forward change (Europe/Berlin)', () => {
    // 23:30 CET on 28 March 2026; clocks go forward at 02:00 on the 29th, so 24 hours later is already the 30th.
    const late = { ...interview, startsAt: '2026-03-28T22:30:00Z' };
    expect(interviewThankYou(late, at('2026-03-28', '2026-03-28T23:00:00Z', 'Europe/Berlin'))[0]).toMatchObject({ dueOn: '2026-03-29' });
  });

  it('counts the next day in the user’s calendar across a fall-back change (America/New_York)', () => {
    // 23:30 EST on 1 November 2026 is already 2 November in UTC.
    const late = { ...interview, startsAt: '2026-11-02T04:30:00Z' };
    expect(interviewThankYou(late, at('2026-11-01', '2026-11-02T05:00:00Z', 'America/New_York'))[0]).toMatchObject({ dueOn: '2026-11-02' });
    // 00:30 EDT on 1 November, before the clocks go back at 02:00.
    const early = { ...interview, startsAt: '2026-11-01T04:30:00Z' };
    expect(interviewThankYou(early, at('2026-11-01', '2026-11-01T06:00:00Z', 'America/New_York'))[0]).toMatchObject({ dueOn: '2026-11-02' });
  });

  it('is not made for other events and is cancelled when the interview is cancelled', () => {
    expect(interviewThankYou({ ...interview, type: 'call' }, at('2026-04-10', '2026-04-10T15:00:00Z'))).toEqual([]);
    expect(interviewThankYou({ ...interview, outcome: 'cancelled' }, at('2026-04-10', '2026-04-10T15:00:00Z', 'UTC', [had(`interview_thank_you:${OUT}`, 'open')]))).toEqual([
      { type: 'cancel', rule: 'interview_thank_you', ruleKey: `interview_thank_you:${OUT}`, reason: 'answered' },
    ]);
  });
});

describe('referral_no_news', () => {
  const referral = { referralId: OUT, status: 'submitted', submittedOn: '2026-04-01' };

  it('checks in with the referrer 7 days after submission', () => {
    expect(referralNoNews(referral, ctx('referral_no_news', '2026-04-02'))).toEqual([
      { type: 'create', rule: 'referral_no_news', ruleKey: `referral_no_news:${OUT}`, dueOn: '2026-04-08' },
    ]);
    expect(referralNoNews({ ...referral, status: 'agreed' }, ctx('referral_no_news', '2026-04-02'))).toEqual([]);
  });

  it('is cancelled once the referral moves on', () => {
    expect(referralNoNews({ ...referral, status: 'interviewing' }, ctx('referral_no_news', '2026-04-05', [had(`referral_no_news:${OUT}`, 'open')]))[0]).toMatchObject({
      type: 'cancel',
      reason: 'answered',
    });
  });
});

describe('offer_deadline', () => {
  const offer = { applicationId: APP, stage: 'offer', archived: false, offerDeadline: '2026-05-10' };
  const key = (d: string) => `offer_deadline:${APP}:${d}`;

  it('reminds 2 days before the deadline, and today when the deadline is closer', () => {
    expect(offerDeadline(offer, ctx('offer_deadline', '2026-05-01'))).toEqual([{ type: 'create', rule: 'offer_deadline', ruleKey: key('2026-05-10'), dueOn: '2026-05-08' }]);
    expect(offerDeadline(offer, ctx('offer_deadline', '2026-05-09'))[0]).toMatchObject({ dueOn: '2026-05-09' });
    expect(offerDeadline(offer, ctx('offer_deadline', '2026-05-11'))).toEqual([]);
  });

  it('replaces the reminder when the deadline changes, and cancels it on a decision or a cleared deadline', () => {
    const existing = [had(key('2026-05-10'), 'open')];
    expect(offerDeadline({ ...offer, offerDeadline: '2026-05-20' }, ctx('offer_deadline', '2026-05-01', existing))).toEqual([
      { type: 'cancel', rule: 'offer_deadline', ruleKey: key('2026-05-10'), reason: 'superseded' },
      { type: 'create', rule: 'offer_deadline', ruleKey: key('2026-05-20'), dueOn: '2026-05-18' },
    ]);
    expect(offerDeadline({ ...offer, stage: 'accepted' }, ctx('offer_deadline', '2026-05-01', existing))[0]).toMatchObject({ reason: 'answered' });
    expect(offerDeadline({ ...offer, stage: 'withdrawn' }, ctx('offer_deadline', '2026-05-01', existing))[0]).toMatchObject({ reason: 'answered' });
    expect(offerDeadline({ ...offer, offerDeadline: null }, ctx('offer_deadline', '2026-05-01', existing))[0]).toMatchObject({ reason: 'answered' });
  });
});

describe('ghosting is reversible', () => {
  it('lets a ghosted application move back to applied or any open stage', () => {
    expect(checkTransition('ghosted', 'applied').ok).toBe(true);
    expect(checkTransition('ghosted', 'recruiter_screen').ok).toBe(true);
    expect(checkTransition('applied', 'ghosted').ok).toBe(true);
  });
});

describe('shouldGhost', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const facts = { stage: 'applied', archived: false, lastActivityAt: '2026-04-01T12:00:00Z', pendingFollowUps: 0 };

  it('ghosts an applied application after ghostAfterDays without activity', () => {
    expect(shouldGhost(facts, now, 30)).toBe(true);
    expect(shouldGhost(facts, now, 31)).toBe(false);
    expect(shouldGhost({ ...facts, lastActivityAt: '2026-04-20T00:00:00Z' }, now, 30)).toBe(false);
  });

  it('never while a follow-up is pending, and only from Applied', () => {
    expect(shouldGhost({ ...facts, pendingFollowUps: 1 }, now, 30)).toBe(false);
    expect(shouldGhost({ ...facts, stage: 'recruiter_screen' }, now, 30)).toBe(false);
    expect(shouldGhost({ ...facts, archived: true }, now, 30)).toBe(false);
  });
});
