import {
  type ApplicationHistory, FUNNEL_STAGES, type SankeyFlow, channelRates, funnelHistogram, funnelRows, furthestReached, sankeyFlows,
  sankeyNodeName, toSankeyMatic,
} from './funnel.js';

/** Crafted histories (stages entered, oldest first) and their hand-counted figures below. */
const HISTORIES: ApplicationHistory[] = [
  // 1 referral: all the way to the onsite, then rejected.
  { channel: 'referral', stages: ['applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'rejected'] },
  // 2 referral: skips the technical rounds straight to an offer, accepted.
  { channel: 'referral', stages: ['applied', 'recruiter_screen', 'offer', 'accepted'] },
  // 3 portal: never left the wishlist — not in the funnel.
  { channel: 'cold_apply', stages: ['wishlist'] },
  // 4 portal: applied from the wishlist, ghosted.
  { channel: 'cold_apply', stages: ['wishlist', 'applied', 'ghosted'] },
  // 5 portal: moved backwards from the coding interview to the recruiter screen.
  { channel: 'cold_apply', stages: ['applied', 'coding_interview', 'recruiter_screen'] },
  // 6 portal: rejected, reopened, then got a recruiter screen.
  { channel: 'cold_apply', stages: ['applied', 'rejected', 'applied', 'recruiter_screen'] },
  // 7 LinkedIn: still applied, but the recruiter replied to a message.
  { channel: 'linkedin_recruiter', stages: ['applied'], replied: true },
  // 8 LinkedIn: created at the recruiter screen, then withdrawn.
  { channel: 'linkedin_recruiter', stages: ['recruiter_screen', 'withdrawn'] },
];

const counts = (...values: number[]) => FUNNEL_STAGES.map((stage, i) => ({ stage, count: values[i] }));

describe('furthestReached', () => {
  it('keeps the furthest open stage: backwards moves and closing do not un-reach', () => {
    expect(furthestReached(['applied', 'onsite', 'coding_interview'])).toBe('onsite');
    expect(furthestReached(['applied', 'onsite', 'rejected'])).toBe('onsite');
    expect(furthestReached(['applied', 'rejected', 'applied'])).toBe('applied');
  });

  it('is null for wishlist-only or empty histories', () => {
    expect(furthestReached(['wishlist'])).toBeNull();
    expect(furthestReached(['wishlist', 'withdrawn'])).toBeNull();
    expect(furthestReached([])).toBeNull();
  });
});

describe('funnelRows', () => {
  it('counts per stage the applications that ever reached it, overall then per channel', () => {
    expect(funnelRows(funnelHistogram(HISTORIES))).toEqual([
      { channel: 'all', applications: 7, counts: counts(7, 5, 3, 2, 2, 1, 1) },
      { channel: 'cold_apply', applications: 3, counts: counts(3, 2, 1, 0, 0, 0, 0) },
      { channel: 'linkedin_recruiter', applications: 2, counts: counts(2, 1, 0, 0, 0, 0, 0) },
      { channel: 'referral', applications: 2, counts: counts(2, 2, 2, 2, 2, 1, 1) },
    ]);
  });

  it('counts an application once however often it came back to a stage', () => {
    const rows = funnelRows(funnelHistogram([{ channel: 'other', stages: ['applied', 'recruiter_screen', 'applied', 'recruiter_screen', 'rejected', 'recruiter_screen'] }]));
    expect(rows[0].counts).toEqual(counts(1, 1, 0, 0, 0, 0, 0));
  });

  it('answers zeros for no applications', () => {
    expect(funnelRows([])).toEqual([{ channel: 'all', applications: 0, counts: counts(0, 0, 0, 0, 0, 0, 0) }]);
  });
});

describe('channelRates', () => {
  it('gives each rate with its count; a reply counts as a response', () => {
    const [all, portal, linkedin, referral] = channelRates(funnelHistogram(HISTORIES));
    expect(all).toEqual({
      channel: 'all',
      applications: 7,
      response: { count: 6, rate: 0.8571 },
      interview: { count: 3, rate: 0.4286 },
      offer: { count: 1, rate: 0.1429 },
      acceptance: { count: 1, of: 1, rate: 1 },
    });
    expect(portal).toMatchObject({ channel: 'cold_apply', response: { count: 2, rate: 0.6667 }, interview: { count: 1, rate: 0.3333 } });
    expect(linkedin).toEqual({
      channel: 'linkedin_recruiter',
      applications: 2,
      response: { count: 2, rate: 1 },
      interview: { count: 0, rate: 0 },
      offer: { count: 0, rate: 0 },
      acceptance: { count: 0, of: 0, rate: null },
    });
    expect(referral).toMatchObject({ offer: { count: 1, rate: 0.5 }, acceptance: { count: 1, of: 1, rate: 1 } });
  });

  it('has null rates, not NaN, without applications', () => {
    expect(channelRates([])).toEqual([
      { channel: 'all', applications: 0, response: { count: 0, rate: null }, interview: { count: 0, rate: null }, offer: { count: 0, rate: null }, acceptance: { count: 0, of: 0, rate: null } },
    ]);
  });
});

/** In = out at every node that has both (channels are pure sources, outcomes pure sinks). */
function expectBalanced(flows: SankeyFlow[]): void {
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const f of flows) {
    inflow.set(f.target, (inflow.get(f.target) ?? 0) + f.value);
    outflow.set(f.source, (outflow.get(f.source) ?? 0) + f.value);
  }
  for (const [node, out] of outflow) if (inflow.has(node)) expect({ node, in: inflow.get(node) }).toEqual({ node, in: out });
}

describe('sankeyFlows', () => {
  it('flows from channels through each stage reached to each outcome', () => {
    const flows = sankeyFlows(funnelHistogram(HISTORIES));
    expect(toSankeyMatic(flows)).toBe(
      [
        'Portal [3] Applied',
        'LinkedIn recruiter [2] Applied',
        'Referral [2] Applied',
        'Applied [5] Recruiter screen',
        'Applied [1] Ghosted',
        'Applied [1] No response yet',
        'Recruiter screen [3] Coding interview',
        'Recruiter screen [1] Withdrawn',
        'Recruiter screen [1] In progress',
        'Coding interview [2] System design',
        'Coding interview [1] In progress',
        'System design [2] Onsite',
        'Onsite [1] Offer',
        'Onsite [1] Rejected',
        'Offer [1] Accepted',
        '',
      ].join('\n'),
    );
    expectBalanced(flows);
  });

  it('balances on a bigger mixed history and leaves zero flows out', () => {
    const many: ApplicationHistory[] = Array.from({ length: 60 }, (_, i) => ({
      channel: (['cold_apply', 'referral', 'career_fair'] as const)[i % 3],
      stages: [
        ...(['applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'offer', 'accepted'] as const).slice(0, 1 + (i % 7)),
        ...(i % 4 === 0 && i % 7 !== 6 ? (['rejected'] as const) : i % 5 === 0 && i % 7 !== 6 ? (['coding_interview'] as const) : []),
      ],
    }));
    const flows = sankeyFlows(funnelHistogram(many));
    expectBalanced(flows);
    expect(flows.every((f) => f.value > 0)).toBe(true);
    expect(flows.filter((f) => f.target === 'Applied').reduce((n, f) => n + f.value, 0)).toBe(60);
  });

  it('is empty for no applications', () => {
    expect(sankeyFlows([])).toEqual([]);
    expect(toSankeyMatic([])).toBe('');
  });
});

describe('toSankeyMatic', () => {
  it('writes one `Source [N] Target` line per non-zero flow', () => {
    expect(toSankeyMatic([{ source: 'A', target: 'B', value: 3 }, { source: 'B', target: 'C', value: 0 }])).toBe('A [3] B\n');
  });

  it('keeps node names from reading as amounts, colours, comments or node definitions', () => {
    expect(sankeyNodeName('Team [2]')).toBe('Team (2)');
    expect(sankeyNodeName('Room #abc')).toBe('Room abc');
    expect(sankeyNodeName(':Node')).toBe('Node');
    expect(sankeyNodeName('// note')).toBe('note');
    expect(sankeyNodeName('two\nlines')).toBe('two lines');
    expect(sankeyNodeName(' [] ')).toBe('()');
    expect(sankeyNodeName('   ')).toBe('-');
  });
});
