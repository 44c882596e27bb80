import { weeklyRange } from './stats.service.js';

describe('weeklyRange', () => {
  it('is the last 12 ISO weeks up to today without a range', () => {
    // 2026-11-23 is a Monday: 11 whole weeks before it, plus its own.
    expect(weeklyRange({ from: null, to: null, channel: null }, '2026-11-25')).toEqual({ from: '2026-09-07', to: '2026-11-25' });
  });

  it('ends at `to` and keeps an explicit start', () => {
    expect(weeklyRange({ from: null, to: '2026-02-28', channel: null }, '2026-11-25')).toEqual({ from: '2025-12-08', to: '2026-02-28' });
    expect(weeklyRange({ from: '2026-02-01', to: '2026-02-28', channel: null }, '2026-11-25')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('never spans more than 104 weeks', () => {
    expect(weeklyRange({ from: '2000-01-01', to: null, channel: null }, '2026-11-25')).toEqual({ from: '2024-12-02', to: '2026-11-25' });
  });
});
