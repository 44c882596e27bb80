import { describe, expect, it } from 'vitest';
import { isoToWallTime, offsetMinutes, wallTimeToIso } from './zoned-time';
import { visibleRange, weekStart } from './week';

describe('zoned time', () => {
  it('turns a wall-clock time in a zone into an ISO time with its offset, across DST', () => {
    expect(wallTimeToIso('2026-03-12T14:00', 'Europe/Berlin')).toBe('2026-03-12T14:00:00+01:00');
    expect(wallTimeToIso('2026-07-01T09:30', 'Europe/Berlin')).toBe('2026-07-01T09:30:00+02:00');
    expect(wallTimeToIso('2026-03-12T14:00', 'America/New_York')).toBe('2026-03-12T14:00:00-04:00');
    expect(wallTimeToIso('2026-03-12T14:00', 'Asia/Kolkata')).toBe('2026-03-12T14:00:00+05:30');
    expect(wallTimeToIso('2026-03-12T14:00', 'UTC')).toBe('2026-03-12T14:00:00+00:00');
    expect(wallTimeToIso('nope', 'UTC')).toBeNull();
  });
  it('reads an instant back on a zone’s wall clock', () => {
    expect(isoToWallTime('2026-03-12T13:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-12T14:00');
    expect(isoToWallTime('2026-03-12T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-03-13T08:30');
    expect(offsetMinutes(new Date('2026-01-01T00:00:00Z'), 'Europe/Berlin')).toBe(60);
  });
  it('starts weeks on Monday and covers them midnight to midnight in the zone', () => {
    expect(weekStart('2026-03-12')).toBe('2026-03-09');
    expect(weekStart('2026-03-09')).toBe('2026-03-09');
    expect(weekStart('2026-03-15')).toBe('2026-03-09');
    const range = visibleRange('week', '2026-03-12', 'Europe/Berlin');
    expect(range).toEqual({
      days: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'],
      from: '2026-03-09T00:00:00+01:00',
      to: '2026-03-16T00:00:00+01:00',
    });
    expect(visibleRange('list', '2026-03-12', 'UTC').days).toHaveLength(28);
  });
});
