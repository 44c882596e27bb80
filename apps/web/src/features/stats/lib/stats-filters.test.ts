import { describe, expect, it } from 'vitest';
import { isDay, queryString, rangeProblem, readFilters, toQuery, writeFilters, type StatsFilters } from './stats-filters';

const today = new Date(2025, 2, 15); // 15 March 2025, local time
const base: StatsFilters = { range: 'all', from: '', to: '', channel: '' };

describe('stats filters', () => {
  it('reads the URL, falling back to all time and all channels for anything unknown', () => {
    expect(readFilters(new URLSearchParams(''))).toEqual(base);
    expect(readFilters(new URLSearchParams('range=30d&channel=referral'))).toEqual({ ...base, range: '30d', channel: 'referral' });
    expect(readFilters(new URLSearchParams('range=decade&channel=carrier_pigeon'))).toEqual(base);
    expect(readFilters(new URLSearchParams('range=custom&from=2025-01-01&to=2025-02-30'))).toEqual({
      ...base,
      range: 'custom',
      from: '2025-01-01',
      to: '',
    });
    // Dates alone mean custom dates.
    expect(readFilters(new URLSearchParams('from=2025-01-01')).range).toBe('custom');
  });

  it('writes only what differs from the defaults, keeping other params', () => {
    const written = writeFilters(new URLSearchParams('app=1&from=2020-01-01'), { ...base, range: '90d', channel: 'cold_apply' });
    expect(written.toString()).toBe('app=1&range=90d&channel=cold_apply');
    expect(writeFilters(new URLSearchParams('range=30d'), base).toString()).toBe('');
    expect(writeFilters(new URLSearchParams(), { ...base, range: 'custom', from: '2025-01-01', to: '2025-01-31' }).toString()).toBe(
      'range=custom&from=2025-01-01&to=2025-01-31',
    );
  });

  it('turns presets into dates counted from today, inclusive', () => {
    expect(toQuery({ ...base, range: '30d' }, today)).toEqual({ from: '2025-02-14', to: '2025-03-15' });
    expect(toQuery({ ...base, range: '90d' }, today)).toEqual({ from: '2024-12-16', to: '2025-03-15' });
    expect(toQuery({ ...base, range: 'year', channel: 'referral' }, today)).toEqual({ from: '2025-01-01', to: '2025-03-15', channel: 'referral' });
    expect(toQuery(base, today)).toEqual({});
    expect(toQuery({ ...base, range: 'custom', from: '2025-01-01' }, today)).toEqual({ from: '2025-01-01' });
  });

  it('refuses custom dates that end before they start', () => {
    expect(rangeProblem({ ...base, range: 'custom', from: '2025-02-01', to: '2025-01-01' })).toMatch(/on or before/);
    expect(rangeProblem({ ...base, range: 'custom', from: '2025-01-01', to: '2025-01-01' })).toBeNull();
  });

  it('checks calendar dates and builds the query string', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-2-1')).toBe(false);
    expect(queryString({})).toBe('');
    expect(queryString({ from: '2025-01-01', to: '2025-01-31', channel: 'referral' })).toBe('?from=2025-01-01&to=2025-01-31&channel=referral');
  });
});
