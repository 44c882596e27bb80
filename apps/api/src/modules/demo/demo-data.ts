import { type Channel, type ContactKind, type EventOutcome, type OutreachType, type ReferralStatus, type RoundKind, type Stage, type WorkMode } from '@offerpath/domain';

export interface DemoApplication {
  companyName: string;
  roleTitle: string;
  channel: Channel;
  location: string;
  workMode: WorkMode;
  salaryMin: number | null;
  salaryMax: number | null;
  excitement: number;
  resumeVersion: string;
  notes: string | null;
  /** Stages in the order reached; the first is where it was created. */
  path: Stage[];
  /** Days ago the application was created. */
  startedDaysAgo: number;
}

const COMPANIES: Array<[string, string, WorkMode]> = [
  ['OpenAI', 'San Francisco', 'onsite'], ['Anthropic', 'San Francisco', 'hybrid'], ['Google DeepMind', 'London', 'hybrid'],
  ['Meta', 'Menlo Park', 'hybrid'], ['Stripe', 'Remote (US)', 'remote'], ['Airbnb', 'San Francisco', 'hybrid'],
  ['Netflix', 'Los Gatos', 'onsite'], ['Databricks', 'San Francisco', 'hybrid'], ['Snowflake', 'Bellevue', 'hybrid'],
  ['Scale AI', 'San Francisco', 'onsite'], ['Hugging Face', 'Remote', 'remote'], ['Cohere', 'Toronto', 'hybrid'],
  ['NVIDIA', 'Santa Clara', 'hybrid'], ['Uber', 'San Francisco', 'hybrid'], ['Pinterest', 'Remote (US)', 'remote'],
  ['Spotify', 'Stockholm', 'hybrid'], ['Datadog', 'New York', 'hybrid'], ['Figma', 'San Francisco', 'hybrid'],
  ['Notion', 'New York', 'onsite'], ['Anyscale', 'Remote', 'remote'], ['Weights & Biases', 'Remote', 'remote'],
  ['Pinecone', 'New York', 'hybrid'], ['Mistral AI', 'Paris', 'hybrid'], ['Perplexity', 'San Francisco', 'onsite'],
  ['Instacart', 'Remote (US)', 'remote'], ['DoorDash', 'Seattle', 'hybrid'], ['Robinhood', 'Menlo Park', 'hybrid'],
  ['Coinbase', 'Remote', 'remote'], ['Shopify', 'Remote (Canada)', 'remote'], ['Duolingo', 'Pittsburgh', 'hybrid'],
  ['Reddit', 'Remote (US)', 'remote'], ['LinkedIn', 'Sunnyvale', 'hybrid'], ['Apple', 'Cupertino', 'onsite'],
  ['Amazon', 'Seattle', 'onsite'], ['Microsoft', 'Redmond', 'hybrid'], ['Waymo', 'Mountain View', 'onsite'],
  ['Cruise', 'San Francisco', 'onsite'], ['Lyft', 'San Francisco', 'hybrid'], ['Grammarly', 'Remote', 'remote'],
  ['Runway', 'New York', 'hybrid'], ['Glean', 'Palo Alto', 'hybrid'], ['Character.AI', 'Menlo Park', 'onsite'],
];

const ROLES = [
  'Machine Learning Engineer', 'Senior Machine Learning Engineer', 'Applied Scientist', 'ML Platform Engineer',
  'Research Engineer', 'Software Engineer, ML Infrastructure', 'MLOps Engineer', 'Senior Software Engineer, Search Ranking',
  'Machine Learning Engineer, Recommendations', 'LLM Inference Engineer',
];

const NOTES: Partial<Record<Stage, string>> = {
  recruiter_screen: 'Recruiter call went well — asked about ranking work and visa timeline.',
  coding_interview: 'Two LeetCode mediums (graphs, heaps). Practise sliding window.',
  system_design: 'Designed a feed recommender: candidate generation + ranking, feature store, online eval.',
  onsite: 'Five rounds incl. ML design (search autocomplete) and behavioural.',
  offer: 'Offer received — decision deadline in a week. Negotiate sign-on.',
  rejected: 'Rejected after the loop; feedback: go deeper on evaluation metrics.',
  ghosted: 'No answer after two follow-ups.',
};

/** A small deterministic generator, so the demo is the same for everyone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** How far each channel tends to get: referrals and recruiter outreach convert better than portals. */
const REACH: Record<Channel, number> = {
  cold_apply: 0.25, linkedin_recruiter: 0.5, referral: 0.65, career_fair: 0.35,
  networking_event: 0.4, recruiter_inbound: 0.55, other: 0.2,
};

const CHANNEL_MIX: Channel[] = [
  'cold_apply', 'cold_apply', 'cold_apply', 'cold_apply', 'cold_apply', 'cold_apply', 'cold_apply',
  'linkedin_recruiter', 'linkedin_recruiter', 'linkedin_recruiter', 'referral', 'referral', 'referral',
  'career_fair', 'networking_event', 'recruiter_inbound',
];

const FUNNEL: Stage[] = ['applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'offer'];

export function demoApplications(count = 40, seed = 401): DemoApplication[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const [companyName, location, workMode] = COMPANIES[i % COMPANIES.length];
    const channel = i < 4 ? (['referral', 'linkedin_recruiter', 'cold_apply', 'career_fair'] as const)[i] : pick(CHANNEL_MIX);
    const startedDaysAgo = 2 + Math.floor(next() * 60);
    const path: Stage[] = i % 9 === 8 ? ['wishlist'] : channel === 'cold_apply' && next() < 0.3 ? ['wishlist', 'applied'] : ['applied'];
    if (path.at(-1) === 'applied') {
      let depth = 0;
      while (depth < FUNNEL.length - 1 && next() < REACH[channel] + depth * 0.12) depth += 1;
      path.push(...FUNNEL.slice(1, depth + 1));
      // Recent applications are still in flight; older ones mostly closed, as in a real search.
      const fresh = startedDaysAgo < 30;
      const reachedOffer = path.at(-1) === 'offer';
      if (!fresh && !reachedOffer) {
        const roll = next();
        if (depth === 0) {
          if (roll < 0.75) path.push(roll < 0.4 ? 'ghosted' : 'rejected');
        } else if (roll < 0.5) path.push('rejected');
        else if (roll < 0.56) path.push('withdrawn');
      }
    }
    const salaryBase = 150_000 + Math.round(next() * 12) * 10_000;
    const last = path.at(-1) as Stage;
    return {
      companyName,
      roleTitle: pick(ROLES),
      channel,
      location,
      workMode,
      salaryMin: next() < 0.7 ? salaryBase : null,
      salaryMax: next() < 0.7 ? salaryBase + 60_000 : null,
      excitement: 1 + Math.floor(next() * 5),
      resumeVersion: pick(['ml-v3', 'ml-v4-ranking', 'platform-v2']),
      notes: NOTES[last] ?? null,
      path,
      startedDaysAgo,
    };
  });
}

// ── networking, referrals and interview rounds, derived from the applications ───────────────

export interface DemoContact {
  name: string;
  title: string;
  kind: ContactKind;
  /** Index of the application whose company the contact works at, or null. */
  application: number | null;
}

export interface DemoOutreach {
  contact: number;
  type: OutreachType;
  daysAgo: number;
  /** Index of the application the outreach is about, or null. */
  application: number | null;
}

export interface DemoReferral {
  application: number;
  contact: number;
  /** The referral's steps, oldest first; the last is its status. */
  steps: Array<{ status: ReferralStatus; daysAgo: number }>;
}

export interface DemoInterview {
  application: number;
  /** Index in the application's path of the stage the round belongs to. */
  stageIndex: number;
  roundKind: RoundKind;
  outcome: EventOutcome;
}

export interface DemoData {
  applications: DemoApplication[];
  contacts: DemoContact[];
  outreach: DemoOutreach[];
  referrals: DemoReferral[];
  interviews: DemoInterview[];
}

const PEOPLE: Array<[string, string, ContactKind]> = [
  ['Priya Raman', 'Technical Recruiter', 'recruiter'], ['Marcus Lee', 'Senior ML Engineer', 'engineer'],
  ['Sofia Alvarez', 'University Recruiter', 'recruiter'], ['Daniel Kim', 'Staff Engineer', 'engineer'],
  ['Hannah Weber', 'Engineering Manager', 'hiring_manager'], ['Omar Haddad', 'Research Engineer', 'alumni'],
  ['Chloe Martin', 'Talent Partner', 'recruiter'], ['Ben Okafor', 'ML Platform Lead', 'friend'],
  ['Yuki Tanaka', 'Applied Scientist', 'alumni'], ['Lena Fischer', 'Recruiting Coordinator', 'recruiter'],
];

/** The round an application's stage stands for (system design alternates with ML design). */
function roundFor(stage: Stage, application: number): RoundKind | null {
  switch (stage) {
    case 'recruiter_screen':
      return 'recruiter_screen';
    case 'coding_interview':
      return 'coding';
    case 'system_design':
      return application % 2 === 0 ? 'system_design' : 'ml_design';
    case 'onsite':
      return 'behavioral';
    default:
      return null;
  }
}

/** What the history says about a round: passed when the application moved further, failed when rejected or ghosted after it. */
function outcomeAfter(next: Stage | undefined): EventOutcome {
  if (next === undefined) return 'pending';
  if (next === 'rejected' || next === 'ghosted') return 'failed';
  if (next === 'withdrawn') return 'cancelled';
  return 'passed';
}

/**
 * Everything around the applications, deterministic: one interview round per interview stage
 * reached (its outcome consistent with what came next), ten contacts with connection requests,
 * acceptances, messages and replies (a reply about a LinkedIn-recruiter application), and a
 * referral with its history for the first referral-channel applications, plus one unanswered ask.
 */
export function demoData(applications: DemoApplication[] = demoApplications()): DemoData {
  const interviews: DemoInterview[] = applications.flatMap((app, application) =>
    app.path.flatMap((stage, stageIndex) => {
      const roundKind = roundFor(stage, application);
      return roundKind ? [{ application, stageIndex, roundKind, outcome: outcomeAfter(app.path[stageIndex + 1]) }] : [];
    }),
  );

  const contacts: DemoContact[] = PEOPLE.map(([name, title, kind], i) => ({ name, title, kind, application: i < applications.length ? (i * 3) % applications.length : null }));
  const linkedin = applications.map((app, i) => ({ app, i })).filter(({ app }) => app.channel === 'linkedin_recruiter' && app.path.includes('applied'));
  const outreach: DemoOutreach[] = contacts.flatMap((_, contact) => {
    const start = 70 - contact * 5;
    const entries: DemoOutreach[] = [{ contact, type: 'connection_request_sent', daysAgo: start, application: null }];
    if (contact % 4 !== 3) entries.push({ contact, type: 'connection_accepted', daysAgo: start - 2, application: null });
    if (contact % 2 === 0) {
      const about = linkedin[contact / 2]?.i ?? null;
      entries.push({ contact, type: 'message_sent', daysAgo: start - 3, application: about });
      entries.push(contact % 3 === 0 ? { contact, type: 'replied', daysAgo: start - 5, application: about } : { contact, type: 'no_reply', daysAgo: start - 10, application: about });
    }
    return entries;
  });

  const referrers = contacts.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'engineer' || c.kind === 'friend' || c.kind === 'alumni');
  const referred = applications.map((app, i) => ({ app, i })).filter(({ app }) => app.channel === 'referral' && app.path.includes('applied')).slice(0, referrers.length - 1);
  const referrals: DemoReferral[] = referred.map(({ app, i }, k) => {
    const applied = app.startedDaysAgo;
    const steps: DemoReferral['steps'] = [
      { status: 'asked', daysAgo: applied + 4 },
      { status: 'agreed', daysAgo: applied + 2 },
      { status: 'submitted', daysAgo: applied },
    ];
    if (app.path.includes('coding_interview')) steps.push({ status: 'interviewing', daysAgo: Math.max(0, applied - 7) });
    return { application: i, contact: referrers[k].i, steps };
  });
  // One ask that went unanswered, for a portal application still waiting.
  const waiting = applications.findIndex((app) => app.channel === 'cold_apply' && app.path.at(-1) === 'applied');
  if (waiting >= 0) {
    const applied = applications[waiting].startedDaysAgo;
    referrals.push({ application: waiting, contact: referrers[referrers.length - 1].i, steps: [{ status: 'asked', daysAgo: applied }, { status: 'no_response', daysAgo: Math.max(0, applied - 10) }] });
  }
  return { applications, contacts, outreach, referrals, interviews };
}
