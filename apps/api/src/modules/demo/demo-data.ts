import { type Channel, type Stage, type WorkMode } from '@offerpath/domain';

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
