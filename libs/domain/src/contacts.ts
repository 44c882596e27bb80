/** Field limits for contacts, shared by the API's validation and the web forms. */
export const CONTACT_LIMITS = {
  nameMax: 200,
  titleMax: 200,
  phoneMax: 50,
  howMetMax: 500,
  tagMax: 50,
  tagsMax: 30,
} as const;

/** Who a contact is to the job hunt; drives the referral finder's ranking. */
export const CONTACT_KINDS = ['recruiter', 'hiring_manager', 'engineer', 'friend', 'alumni', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Columns the contacts list can be ordered by (server-side, across every page). */
export const CONTACT_SORT_KEYS = ['name', 'company', 'title', 'kind', 'lastContacted'] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  engineer: 'Engineer',
  friend: 'Friend',
  alumni: 'Alumni',
  other: 'Other',
};

/** Roles a contact can play on one application. */
export const APPLICATION_CONTACT_ROLES = ['recruiter', 'hiring_manager', 'referrer', 'interviewer'] as const;
export type ApplicationContactRole = (typeof APPLICATION_CONTACT_ROLES)[number];

export const OUTREACH_TYPES = ['connection_request_sent', 'connection_accepted', 'message_sent', 'replied', 'no_reply'] as const;
export type OutreachType = (typeof OUTREACH_TYPES)[number];

export const OUTREACH_TYPE_LABELS: Record<OutreachType, string> = {
  connection_request_sent: 'Connection request sent',
  connection_accepted: 'Connection accepted',
  message_sent: 'Message sent',
  replied: 'Replied',
  no_reply: 'No reply',
};

/** A first guess at the kind from a job title (LinkedIn's "Position"); the user can change it. */
export function inferContactKind(title: string | null | undefined): ContactKind {
  if (!title) return 'other';
  if (/recruit|talent|sourc(er|ing)|\bhr\b|people partner/i.test(title)) return 'recruiter';
  if (/manager|head of|director|\bvp\b|vice president|\bcto\b|lead\b/i.test(title)) return 'hiring_manager';
  if (/engineer|developer|scientist|programmer|architect|\bsre\b|researcher/i.test(title)) return 'engineer';
  return 'other';
}

export type SuggestedAction = 'ask_referral' | 'message_recruiter';

/** Finder rank: recruiters and engineers first, then hiring managers, then everyone else. */
export function finderRank(kind: ContactKind): number {
  switch (kind) {
    case 'recruiter':
    case 'engineer':
      return 0;
    case 'hiring_manager':
      return 1;
    case 'friend':
    case 'alumni':
    case 'other':
      return 2;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export function suggestedAction(kind: ContactKind): SuggestedAction {
  return kind === 'recruiter' ? 'message_recruiter' : 'ask_referral';
}

/**
 * A LinkedIn profile URL in the one form used to match contacts: https, lower-case, no query,
 * fragment or trailing slash. Null when it is not an http(s) URL.
 */
export function normalizeLinkedInUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname.includes('.')) return null;
  const path = url.pathname.replace(/\/+$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep the encoded form
  }
  return `https://${url.hostname.replace(/^www\./, 'www.')}${decoded}`.toLowerCase();
}
