import type { ReferralStatus } from '@offerpath/domain';
import { type ReferralEventRow, stepDates } from './referral.mapper.js';

let nextId = 1;
const walk = (...moves: Array<[ReferralStatus, string]>): ReferralEventRow[] =>
  moves.map(([toStatus, occurredOn], i) => ({ id: String(nextId++), fromStatus: i === 0 ? null : moves[i - 1][0], toStatus, occurredOn, at: '2026-01-01T00:00:00Z' }));

describe('stepDates', () => {
  it('dates every step of a straight path', () => {
    expect(stepDates(walk(['to_ask', '2026-01-01'], ['asked', '2026-01-02'], ['agreed', '2026-01-03'], ['submitted', '2026-01-04'], ['interviewing', '2026-01-05']))).toEqual({
      to_ask: '2026-01-01', asked: '2026-01-02', agreed: '2026-01-03', submitted: '2026-01-04', interviewing: '2026-01-05', declined: null, no_response: null,
    });
  });

  it('undoes later steps when going back, keeping the earlier step’s first day', () => {
    expect(stepDates(walk(['asked', '2026-01-02'], ['agreed', '2026-01-03'], ['asked', '2026-01-09']))).toMatchObject({ asked: '2026-01-02', agreed: null });
    expect(stepDates(walk(['asked', '2026-01-02'], ['agreed', '2026-01-03'], ['asked', '2026-01-09'], ['agreed', '2026-01-10']))).toMatchObject({ agreed: '2026-01-10' });
  });

  it('keeps one outcome: swapped outcomes and a reopened referral clear it', () => {
    const declined = walk(['asked', '2026-01-02'], ['agreed', '2026-01-03'], ['declined', '2026-01-04']);
    expect(stepDates(declined)).toMatchObject({ agreed: '2026-01-03', declined: '2026-01-04', no_response: null });
    expect(stepDates([...declined, ...walk(['no_response', '2026-01-05'])])).toMatchObject({ agreed: '2026-01-03', declined: null, no_response: '2026-01-05' });
    expect(stepDates([...declined, ...walk(['asked', '2026-01-06'])])).toMatchObject({ asked: '2026-01-02', agreed: null, declined: null });
  });

  it('has nothing for no history', () => {
    expect(Object.values(stepDates([])).every((d) => d === null)).toBe(true);
  });
});
