import { addDays, localDate } from './dates.js';
import type { FollowUpKind, FollowUpStatus } from './follow-ups.js';

/**
 * Cadence rules: the follow-ups the strategy says are due after something happens (or before a
 * deadline), created by the scheduler and cancelled by themselves once the awaited answer is
 * logged. The API runs them set-based in SQL (apps/api/src/modules/cadence); the functions here
 * state the same rules for one subject at a time, so they can be tested and read in one place.
 */
export const CADENCE_RULE_KEYS = [
  'portal_no_response',
  'connection_not_accepted',
  'message_no_reply',
  'interview_thank_you',
  'referral_no_news',
  'offer_deadline',
] as const;
export type CadenceRuleKey = (typeof CADENCE_RULE_KEYS)[number];

export interface CadenceRuleDefinition {
  readonly key: CadenceRuleKey;
  readonly label: string;
  readonly description: string;
  readonly kind: FollowUpKind;
  /** Filled in from the subject: {company}, {role}, {contact}, {event}, {deadline}. */
  readonly titleTemplate: string;
  /** 'after': due `days` after what triggered it; 'before': `days` before a deadline. */
  readonly timing: 'after' | 'before';
  readonly defaultDays: number;
  readonly minDays: number;
  readonly maxDays: number;
  /** How many follow-ups one subject may get in a row; null where the rule fires once. */
  readonly defaultMaxCount: number | null;
  readonly maxMaxCount: number | null;
}

export const CADENCE_RULES: Readonly<Record<CadenceRuleKey, CadenceRuleDefinition>> = {
  portal_no_response: {
    key: 'portal_no_response',
    label: 'Portal application without an answer',
    description: 'An application sent through a portal is still in Applied: follow up with a recruiter at the company.',
    kind: 'follow_up_recruiter',
    titleTemplate: 'Follow up with a recruiter at {company} ({role})',
    timing: 'after',
    defaultDays: 7,
    minDays: 1,
    maxDays: 90,
    defaultMaxCount: null,
    maxMaxCount: null,
  },
  connection_not_accepted: {
    key: 'connection_not_accepted',
    label: 'LinkedIn connection request not accepted',
    description: 'A connection request has not been accepted: send one follow-up.',
    kind: 'custom',
    titleTemplate: 'Follow up on your connection request to {contact}',
    timing: 'after',
    defaultDays: 7,
    minDays: 1,
    maxDays: 90,
    defaultMaxCount: null,
    maxMaxCount: null,
  },
  message_no_reply: {
    key: 'message_no_reply',
    label: 'Recruiter message without a reply',
    description: 'A message to a recruiter has no reply: nudge them, a limited number of times.',
    kind: 'follow_up_recruiter',
    titleTemplate: 'Nudge {contact} about your message',
    timing: 'after',
    defaultDays: 5,
    minDays: 1,
    maxDays: 60,
    defaultMaxCount: 2,
    maxMaxCount: 5,
  },
  interview_thank_you: {
    key: 'interview_thank_you',
    label: 'Thank-you note after an interview',
    description: 'After an interview, send a thank-you note to the people you met.',
    kind: 'thank_you',
    titleTemplate: 'Send a thank-you note for {event}',
    timing: 'after',
    defaultDays: 1,
    minDays: 0,
    maxDays: 14,
    defaultMaxCount: null,
    maxMaxCount: null,
  },
  referral_no_news: {
    key: 'referral_no_news',
    label: 'Submitted referral without news',
    description: 'A referral was submitted and nothing has moved since: check in with the referrer.',
    kind: 'check_referral',
    titleTemplate: 'Check in with {contact} about your referral at {company}',
    timing: 'after',
    defaultDays: 7,
    minDays: 1,
    maxDays: 90,
    defaultMaxCount: null,
    maxMaxCount: null,
  },
  offer_deadline: {
    key: 'offer_deadline',
    label: 'Offer decision deadline',
    description: 'An offer has a decision deadline: get a reminder some days before it.',
    kind: 'offer_decision',
    titleTemplate: 'Decide on the {company} offer (deadline {deadline})',
    timing: 'before',
    defaultDays: 2,
    minDays: 0,
    maxDays: 30,
    defaultMaxCount: null,
    maxMaxCount: null,
  },
};

/** How long an application may sit in Applied without any activity before it is ghosted. */
export const GHOST_AFTER_DAYS = { default: 30, min: 7, max: 365 } as const;

/**
 * A follow-up that would have been due more than this many days ago is history, not a to-do:
 * backdated records (an application logged weeks after sending it) do not fire the rule.
 */
export const CADENCE_LOOKBACK_DAYS = 14;

/** Why a rule's follow-up was cancelled by the rules themselves. */
export const CADENCE_CANCEL_REASONS = ['answered', 'superseded', 'archived', 'subject_removed', 'rule_disabled'] as const;
export type CadenceCancelReason = (typeof CADENCE_CANCEL_REASONS)[number];

export interface CadenceRuleSettings {
  enabled: boolean;
  days: number;
  /** 1 for rules that fire once. */
  maxCount: number;
}
export type CadenceSettings = Record<CadenceRuleKey, CadenceRuleSettings>;

export interface CadenceRuleOverride {
  enabled?: boolean;
  days?: number;
  maxCount?: number;
}
/** What user_settings.cadence stores: only the values that differ from the defaults. */
export type CadenceOverrides = Partial<Record<CadenceRuleKey, CadenceRuleOverride>>;

export interface CadenceFieldError {
  field: string;
  message: string;
}

export function isCadenceRuleKey(value: unknown): value is CadenceRuleKey {
  return typeof value === 'string' && (CADENCE_RULE_KEYS as readonly string[]).includes(value);
}

export function defaultCadenceRuleSettings(key: CadenceRuleKey): CadenceRuleSettings {
  const rule = CADENCE_RULES[key];
  return { enabled: true, days: rule.defaultDays, maxCount: rule.defaultMaxCount ?? 1 };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * Checks overrides as a client sends them ({ <rule>: { enabled?, days?, maxCount? } }). Errors
 * name the field under `prefix` (e.g. rules.message_no_reply.days).
 */
export function checkCadenceOverrides(input: unknown, prefix = 'rules'): { ok: true; value: CadenceOverrides } | { ok: false; errors: CadenceFieldError[] } {
  if (!isObject(input)) return { ok: false, errors: [{ field: prefix, message: `${prefix} must be an object keyed by rule` }] };
  const errors: CadenceFieldError[] = [];
  const value: CadenceOverrides = {};
  for (const [key, raw] of Object.entries(input)) {
    const field = `${prefix}.${key}`;
    if (!isCadenceRuleKey(key)) {
      errors.push({ field, message: `unknown rule; rules are ${CADENCE_RULE_KEYS.join(', ')}` });
      continue;
    }
    if (!isObject(raw)) {
      errors.push({ field, message: `${field} must be an object` });
      continue;
    }
    const rule = CADENCE_RULES[key];
    const override: CadenceRuleOverride = {};
    for (const [name, v] of Object.entries(raw)) {
      if (name === 'enabled') {
        if (typeof v === 'boolean') override.enabled = v;
        else errors.push({ field: `${field}.enabled`, message: 'enabled must be true or false' });
      } else if (name === 'days') {
        if (isWhole(v) && v >= rule.minDays && v <= rule.maxDays) override.days = v;
        else errors.push({ field: `${field}.days`, message: `days must be a whole number from ${rule.minDays} to ${rule.maxDays}` });
      } else if (name === 'maxCount') {
        if (rule.maxMaxCount === null) errors.push({ field: `${field}.maxCount`, message: 'this rule fires once; it has no maxCount' });
        else if (isWhole(v) && v >= 1 && v <= rule.maxMaxCount) override.maxCount = v;
        else errors.push({ field: `${field}.maxCount`, message: `maxCount must be a whole number from 1 to ${rule.maxMaxCount}` });
      } else {
        errors.push({ field: `${field}.${name}`, message: `${name} is not a rule setting (enabled, days, maxCount)` });
      }
    }
    value[key] = override;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * The effective settings: defaults with the user's overrides on top. Stored values that are no
 * longer valid (a rule renamed, a range narrowed) fall back to the default instead of failing.
 */
export function resolveCadence(overrides: unknown): CadenceSettings {
  const stored = isObject(overrides) ? overrides : {};
  const resolved = {} as CadenceSettings;
  for (const key of CADENCE_RULE_KEYS) {
    const rule = CADENCE_RULES[key];
    const settings = defaultCadenceRuleSettings(key);
    const raw = stored[key];
    if (isObject(raw)) {
      if (typeof raw.enabled === 'boolean') settings.enabled = raw.enabled;
      if (isWhole(raw.days) && raw.days >= rule.minDays && raw.days <= rule.maxDays) settings.days = raw.days;
      if (rule.maxMaxCount !== null && isWhole(raw.maxCount) && raw.maxCount >= 1 && raw.maxCount <= rule.maxMaxCount) settings.maxCount = raw.maxCount;
    }
    resolved[key] = settings;
  }
  return resolved;
}

/** The overrides to store after applying `patch` to `stored`: sparse, values equal to a default are dropped. */
export function mergeCadenceOverrides(stored: unknown, patch: CadenceOverrides): CadenceOverrides {
  const current = resolveCadence(stored);
  const next: CadenceOverrides = {};
  for (const key of CADENCE_RULE_KEYS) {
    const merged = { ...current[key], ...patch[key] };
    const defaults = defaultCadenceRuleSettings(key);
    const sparse: CadenceRuleOverride = {};
    if (merged.enabled !== defaults.enabled) sparse.enabled = merged.enabled;
    if (merged.days !== defaults.days) sparse.days = merged.days;
    if (merged.maxCount !== defaults.maxCount) sparse.maxCount = merged.maxCount;
    if (Object.keys(sparse).length > 0) next[key] = sparse;
  }
  return next;
}

/** Fills a rule's title template; unknown placeholders stay as written. At most 200 characters. */
export function cadenceTitle(key: CadenceRuleKey, values: Partial<Record<'company' | 'role' | 'contact' | 'event' | 'deadline', string>>): string {
  const title = CADENCE_RULES[key].titleTemplate.replace(/\{(\w+)\}/g, (whole, name: string) => values[name as keyof typeof values] ?? whole);
  return title.slice(0, 200);
}

/** Dates are YYYY-MM-DD strings (see dates.ts), which compare correctly as strings. */
const later = (a: string, b: string) => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------
// Decisions for one subject.

/** A rule follow-up that already exists for the subject (any status). */
export interface ExistingRuleFollowUp {
  ruleKey: string;
  status: FollowUpStatus;
  /** Local date it was marked done, if it was. */
  completedOn: string | null;
}

export type CadenceAction =
  | { type: 'create'; rule: CadenceRuleKey; ruleKey: string; dueOn: string }
  | { type: 'cancel'; rule: CadenceRuleKey; ruleKey: string; reason: CadenceCancelReason };

export interface CadenceContext {
  /** Today in the user's time zone. */
  today: string;
  settings: CadenceRuleSettings;
  /** The rule's follow-ups for this subject, whatever their status. */
  existing: readonly ExistingRuleFollowUp[];
}

const isPending = (f: ExistingRuleFollowUp) => f.status === 'open' || f.status === 'snoozed';

function cancelPending(rule: CadenceRuleKey, ctx: CadenceContext, reason: CadenceCancelReason, only?: (f: ExistingRuleFollowUp) => boolean): CadenceAction[] {
  return ctx.existing.filter((f) => isPending(f) && (only?.(f) ?? true)).map((f) => ({ type: 'cancel', rule, ruleKey: f.ruleKey, reason }));
}

/**
 * Creates `ruleKey` unless a follow-up with that key exists in any status: one the user snoozed,
 * did or that was cancelled is never made again. A follow-up noticed late is due today, not in
 * the past; one overdue by more than CADENCE_LOOKBACK_DAYS is not made at all.
 */
function createOnce(rule: CadenceRuleKey, ctx: CadenceContext, ruleKey: string, dueOn: string): CadenceAction[] {
  if (ctx.existing.some((f) => f.ruleKey === ruleKey)) return [];
  if (dueOn < addDays(ctx.today, -CADENCE_LOOKBACK_DAYS)) return [];
  return [{ type: 'create', rule, ruleKey, dueOn: later(dueOn, ctx.today) }];
}

export interface PortalFacts {
  applicationId: string;
  channel: string;
  stage: string;
  archived: boolean;
  appliedOn: string | null;
  /** Local date the application entered its current stage (stands in for a missing appliedOn). */
  stageChangedOn: string;
  /** Latest reply logged for this application, if any. */
  lastReplyOn: string | null;
}

export function portalNoResponse(facts: PortalFacts, ctx: CadenceContext): CadenceAction[] {
  const rule = 'portal_no_response';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.stage !== 'applied') return cancelPending(rule, ctx, 'answered');
  const appliedOn = facts.appliedOn ?? facts.stageChangedOn;
  if (facts.lastReplyOn !== null && facts.lastReplyOn >= appliedOn) return cancelPending(rule, ctx, 'answered');
  if (facts.archived) return cancelPending(rule, ctx, 'archived');
  if (facts.channel !== 'cold_apply' || appliedOn > ctx.today) return [];
  return createOnce(rule, ctx, `${rule}:${facts.applicationId}`, addDays(appliedOn, ctx.settings.days));
}

export interface ConnectionFacts {
  outreachId: string;
  requestedOn: string;
  /** Latest date the contact accepted, replied or was recorded as connected. */
  answeredOn: string | null;
  /** A later request to the same contact replaces this one. */
  newerRequest: boolean;
}

export function connectionNotAccepted(facts: ConnectionFacts, ctx: CadenceContext): CadenceAction[] {
  const rule = 'connection_not_accepted';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.answeredOn !== null && facts.answeredOn >= facts.requestedOn) return cancelPending(rule, ctx, 'answered');
  if (facts.newerRequest) return cancelPending(rule, ctx, 'superseded');
  if (facts.requestedOn > ctx.today) return [];
  return createOnce(rule, ctx, `${rule}:${facts.outreachId}`, addDays(facts.requestedOn, ctx.settings.days));
}

/** Messages to a recruiter since their last reply: the thread starts with the first of them. */
export interface MessageThreadFacts {
  startOutreachId: string;
  startedOn: string;
  lastMessageOn: string;
  /** A reply was logged on or after the thread's first message. */
  replied: boolean;
}

/** Step n of a thread's nudges (1-based) from its key message_no_reply:<outreachId>:<n>. */
function nudgeStep(ruleKey: string): number {
  return Number(ruleKey.split(':')[2] ?? 0);
}

/**
 * The first nudge is due `days` after the thread's first message; each later one only once the
 * previous nudge is done, `days` after that (or after the latest message), up to maxCount.
 */
export function messageNoReply(facts: MessageThreadFacts, ctx: CadenceContext): CadenceAction[] {
  const rule = 'message_no_reply';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.replied) return cancelPending(rule, ctx, 'answered');
  const prefix = `${rule}:${facts.startOutreachId}:`;
  const steps = ctx.existing.filter((f) => f.ruleKey.startsWith(prefix)).sort((a, b) => nudgeStep(b.ruleKey) - nudgeStep(a.ruleKey));
  const last = steps[0];
  if (!last) {
    if (facts.startedOn > ctx.today) return [];
    return createOnce(rule, ctx, `${prefix}1`, addDays(facts.startedOn, ctx.settings.days));
  }
  const step = nudgeStep(last.ruleKey);
  if (last.status !== 'done' || step >= ctx.settings.maxCount) return [];
  const from = later(last.completedOn ?? ctx.today, facts.lastMessageOn);
  return createOnce(rule, ctx, `${prefix}${step + 1}`, addDays(from, ctx.settings.days));
}

export interface InterviewFacts {
  eventId: string;
  type: string;
  outcome: string;
  startsAt: Date | string;
}

/** The thank-you note is made once the interview has begun, due `days` later in the user's calendar. */
export function interviewThankYou(facts: InterviewFacts, ctx: CadenceContext & { now: Date; timeZone: string }): CadenceAction[] {
  const rule = 'interview_thank_you';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.outcome === 'cancelled') return cancelPending(rule, ctx, 'answered');
  if (facts.type !== 'interview' || new Date(facts.startsAt).getTime() > ctx.now.getTime()) return [];
  const interviewDay = localDate(new Date(facts.startsAt), ctx.timeZone);
  return createOnce(rule, ctx, `${rule}:${facts.eventId}`, addDays(interviewDay, ctx.settings.days));
}

export interface ReferralFacts {
  referralId: string;
  status: string;
  /** When it last became submitted. */
  submittedOn: string | null;
}

export function referralNoNews(facts: ReferralFacts, ctx: CadenceContext): CadenceAction[] {
  const rule = 'referral_no_news';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.status !== 'submitted') return cancelPending(rule, ctx, 'answered');
  if (facts.submittedOn === null || facts.submittedOn > ctx.today) return [];
  return createOnce(rule, ctx, `${rule}:${facts.referralId}`, addDays(facts.submittedOn, ctx.settings.days));
}

export interface OfferFacts {
  applicationId: string;
  stage: string;
  archived: boolean;
  offerDeadline: string | null;
}

/** Keyed by the deadline too (offer_deadline:<applicationId>:<date>): a new deadline gets its own reminder. */
export function offerDeadline(facts: OfferFacts, ctx: CadenceContext): CadenceAction[] {
  const rule = 'offer_deadline';
  if (!ctx.settings.enabled) return cancelPending(rule, ctx, 'rule_disabled');
  if (facts.stage !== 'offer' || facts.offerDeadline === null) return cancelPending(rule, ctx, 'answered');
  if (facts.archived) return cancelPending(rule, ctx, 'archived');
  const ruleKey = `${rule}:${facts.applicationId}:${facts.offerDeadline}`;
  const actions = cancelPending(rule, ctx, 'superseded', (f) => f.ruleKey !== ruleKey);
  if (facts.offerDeadline < ctx.today) return actions;
  return [...actions, ...createOnce(rule, ctx, ruleKey, addDays(facts.offerDeadline, -ctx.settings.days))];
}

export interface GhostingFacts {
  stage: string;
  archived: boolean;
  /** The latest activity: stage change, edit, linked outreach, event or completed follow-up. */
  lastActivityAt: Date | string;
  pendingFollowUps: number;
}

/** An applied application with no activity for ghostAfterDays, and nothing pending, is ghosted. */
export function shouldGhost(facts: GhostingFacts, now: Date, ghostAfterDays: number): boolean {
  if (facts.stage !== 'applied' || facts.archived || facts.pendingFollowUps > 0) return false;
  return now.getTime() - new Date(facts.lastActivityAt).getTime() >= ghostAfterDays * 86_400_000;
}
