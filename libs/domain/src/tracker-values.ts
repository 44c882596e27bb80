import { type Channel, type WorkMode, CHANNELS, CHANNEL_LABELS, WORK_MODES } from './channels.js';
import { type Stage, STAGES, STAGE_LABELS } from './stages.js';

/**
 * How other trackers (spreadsheets, Teal, Huntr, Simplify…) spell stages, channels and work
 * modes, matched case-insensitively after punctuation and emoji are dropped. Our own keys and
 * labels always match too.
 *
 * Decisions: a bare "Interviewing"/"Interview" is the first interview stage (recruiter screen) —
 * claiming a later stage would inflate the funnel; "Declined" is the candidate declining
 * (withdrawn); "No response" is ghosted; "LinkedIn" as a source is a job board (cold apply),
 * while "LinkedIn recruiter" is the recruiter channel.
 */
const STAGE_SYNONYMS: Record<Stage, string[]> = {
  wishlist: ['saved', 'bookmarked', 'interested', 'to apply', 'not applied', 'not yet applied', 'applying', 'draft', 'planned', 'idea'],
  applied: ['submitted', 'application submitted', 'applied online', 'sent', 'in review', 'under review', 'pending', 'awaiting response'],
  recruiter_screen: [
    'screen', 'screening', 'phone screen', 'phone interview', 'recruiter call', 'hr screen', 'hr interview', 'interview', 'interviewing',
    'interviews', 'first round', 'initial interview',
  ],
  coding_interview: [
    'coding', 'technical', 'technical interview', 'tech interview', 'tech screen', 'technical screen', 'take home', 'takehome',
    'assessment', 'online assessment', 'oa', 'coding challenge', 'second round',
  ],
  system_design: ['design', 'design interview', 'system design interview'],
  onsite: ['on site', 'final', 'final round', 'final interview', 'final interviews', 'virtual onsite', 'loop', 'interview loop'],
  offer: ['offered', 'offer received', 'negotiating', 'negotiation'],
  accepted: ['hired', 'offer accepted', 'signed'],
  rejected: ['rejection', 'not selected', 'no offer', 'unsuccessful', 'denied', 'turned down', 'not moving forward'],
  withdrawn: ['withdrew', 'i withdrew', 'declined', 'declined offer', 'offer declined', 'not interested', 'no longer interested'],
  ghosted: ['no response', 'no reply', 'no answer', 'ghost', 'silence', 'unresponsive'],
};

const CHANNEL_SYNONYMS: Record<Channel, string[]> = {
  cold_apply: [
    'cold', 'cold application', 'applied', 'online', 'website', 'company website', 'careers page', 'career page', 'career site',
    'job board', 'portal', 'linkedin', 'linkedin easy apply', 'easy apply', 'indeed', 'glassdoor', 'wellfound', 'angellist',
    'hacker news', 'direct', 'job posting',
  ],
  linkedin_recruiter: ['linkedin recruiter', 'recruiter linkedin', 'linkedin inmail', 'inmail', 'linkedin message'],
  referral: ['referred', 'employee referral', 'referral from friend', 'friend referral'],
  career_fair: ['job fair', 'career expo', 'university fair', 'campus'],
  networking_event: ['networking', 'meetup', 'event', 'conference', 'hackathon'],
  recruiter_inbound: ['recruiter', 'inbound', 'recruiter reached out', 'recruiter outreach', 'headhunter', 'agency', 'recruiting agency'],
  other: ['others', 'misc', 'unknown'],
};

const WORK_MODE_SYNONYMS: Record<WorkMode, string[]> = {
  onsite: ['on site', 'in office', 'office', 'in person', 'onsite only'],
  hybrid: ['partly remote', 'flexible'],
  remote: ['fully remote', 'remote only', 'wfh', 'work from home', 'anywhere'],
};

/** Lower case, punctuation, underscores and emoji as spaces, whitespace collapsed. */
export function valueKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lookup<K extends string>(keys: readonly K[], labels: Record<K, string> | null, synonyms: Record<K, string[]>): Map<string, K> {
  const table = new Map<string, K>();
  for (const key of keys) {
    table.set(valueKey(key), key);
    if (labels) table.set(valueKey(labels[key]), key);
    for (const synonym of synonyms[key]) table.set(valueKey(synonym), key);
  }
  return table;
}

const STAGE_TABLE = lookup(STAGES, STAGE_LABELS, STAGE_SYNONYMS);
const CHANNEL_TABLE = lookup(CHANNELS, CHANNEL_LABELS, CHANNEL_SYNONYMS);
const WORK_MODE_TABLE = lookup(WORK_MODES, null, WORK_MODE_SYNONYMS);

/** A tracker's status as a stage; null when it is not one we know. */
export function parseTrackerStage(text: string): Stage | null {
  return STAGE_TABLE.get(valueKey(text)) ?? null;
}

/** A tracker's source as a channel; null when it is not one we know. */
export function parseTrackerChannel(text: string): Channel | null {
  return CHANNEL_TABLE.get(valueKey(text)) ?? null;
}

export function parseTrackerWorkMode(text: string): WorkMode | null {
  return WORK_MODE_TABLE.get(valueKey(text)) ?? null;
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
}

/**
 * "150000", "$150,000", "150k", "120k-150k", "€80.000 – €95.000", "150K USD" → a range and a
 * currency; null when the text is not an amount or a range of two. "k" multiplies by 1,000.
 */
export function parseTrackerSalary(text: string): ParsedSalary | null {
  let value = text.trim().replace(/\s*(per|\/)\s*(year|yr|annum|a)\b.*$/i, '');
  let currency: string | null = null;
  const code = /\b([A-Za-z]{3})\b/.exec(value);
  if (code && !/^k$/i.test(code[1])) {
    currency = code[1].toUpperCase();
    value = value.replace(code[0], ' ');
  }
  for (const [sign, iso] of Object.entries(CURRENCY_SIGNS)) {
    if (value.includes(sign)) {
      currency ??= iso;
      value = value.split(sign).join(' ');
    }
  }
  value = value.trim();
  const parts = value.split(/\s*(?:-|–|—|to)\s*/i).filter((p) => p !== '');
  if (parts.length < 1 || parts.length > 2) return null;
  const amounts = parts.map(parseAmount);
  if (amounts.some((a) => a === null)) return null;
  const [min, max] = amounts as number[];
  return { min, max: max ?? min, currency };
}

function parseAmount(raw: string): number | null {
  const m = /^(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kK])?$/.exec(raw.trim());
  if (!m) return null;
  // Thousands separators (comma, dot or space followed by three digits) are dropped.
  const digits = /^\d{1,3}(?:[,.\s]\d{3})+$/.test(m[1]) ? m[1].replace(/[,.\s]/g, '') : m[1];
  const amount = Number(digits) * (m[2] ? 1000 : 1);
  return Number.isFinite(amount) ? Math.round(amount) : null;
}
