import type { StatsDto } from '../api/get-stats';

const STAGES = ['applied', 'recruiter_screen', 'coding_interview', 'offer'] as const;

const rate = (count: number, of: number) => ({ count, rate: of > 0 ? count / of : null });

function channelRows(channel: StatsDto['funnel']['rows'][number]['channel'], counts: [number, number, number, number]) {
  const [applied, screen, coding, offer] = counts;
  return {
    funnel: { channel, applications: applied, counts: STAGES.map((stage, index) => ({ stage, count: counts[index] })) },
    rates: {
      channel,
      applications: applied,
      response: rate(screen, applied),
      interview: rate(coding, applied),
      offer: rate(offer, applied),
      acceptance: { ...rate(0, offer), of: offer },
    },
  };
}

/** A small but complete GET /api/stats answer: 12 applications, referral and portal. */
export function makeStats(overrides: Partial<StatsDto> = {}): StatsDto {
  const rows = [channelRows('all', [12, 6, 3, 1]), channelRows('referral', [4, 3, 2, 1]), channelRows('cold_apply', [8, 3, 1, 0])];
  return {
    range: { from: null, to: null },
    channel: null,
    funnel: { stages: [...STAGES], rows: rows.map((row) => row.funnel) },
    rates: rows.map((row) => row.rates),
    time: {
      toFirstResponse: { median: 5, p75: 9, n: 6 },
      toOffer: { median: 28, p75: 28, n: 1 },
      inStage: [{ stage: 'recruiter_screen', median: 4, p75: 7, n: 6 }],
    },
    networking: {
      connectionRequests: 10,
      connectionsAccepted: 6,
      messagesSent: 8,
      replies: 3,
      referralAsks: 4,
      referralsAgreed: 3,
      referralsSubmitted: 2,
      referralsInterviewing: 1,
    },
    interviews: [{ roundKind: 'coding', total: 3, passed: 2, failed: 1, pending: 0, passRate: 2 / 3 }],
    sankey: {
      flows: [
        { source: 'Referral', target: 'Applied', value: 4 },
        { source: 'Portal', target: 'Applied', value: 8 },
        { source: 'Applied', target: 'Recruiter screen', value: 6 },
        { source: 'Applied', target: 'No response', value: 6 },
      ],
    },
    weekly: [
      { weekStart: '2025-03-03', applications: 5, recruiterMessages: 2, referralAsks: 1, eventsAttended: 0, codingProblems: 3 },
      { weekStart: '2025-03-10', applications: 7, recruiterMessages: 1, referralAsks: 3, eventsAttended: 1, codingProblems: 4 },
    ],
    ...overrides,
  };
}

/** The answer for an account with nothing logged. */
export function makeEmptyStats(): StatsDto {
  const zero = channelRows('all', [0, 0, 0, 0]);
  return makeStats({
    funnel: { stages: [...STAGES], rows: [zero.funnel] },
    rates: [zero.rates],
    time: { toFirstResponse: { median: null, p75: null, n: 0 }, toOffer: { median: null, p75: null, n: 0 }, inStage: [] },
    networking: {
      connectionRequests: 0,
      connectionsAccepted: 0,
      messagesSent: 0,
      replies: 0,
      referralAsks: 0,
      referralsAgreed: 0,
      referralsSubmitted: 0,
      referralsInterviewing: 0,
    },
    interviews: [],
    sankey: { flows: [] },
    weekly: [],
  });
}
