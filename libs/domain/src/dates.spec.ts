import { addDays, canonicalTimeZone, isValidTimeZone, localDate, timeZoneOrUtc } from './dates.js';

describe('localDate', () => {
  it('is the UTC date in UTC', () => {
    expect(localDate(new Date('2026-05-10T23:59:59Z'), 'UTC')).toBe('2026-05-10');
    expect(localDate(new Date('2026-05-11T00:00:00Z'), 'UTC')).toBe('2026-05-11');
  });

  it('moves across midnight by the zone offset', () => {
    // 23:30 UTC is already the next day in Berlin (UTC+2 in summer) and still the same day in New York.
    expect(localDate(new Date('2026-06-30T23:30:00Z'), 'Europe/Berlin')).toBe('2026-07-01');
    expect(localDate(new Date('2026-07-01T03:30:00Z'), 'America/New_York')).toBe('2026-06-30');
    expect(localDate(new Date('2026-01-01T10:59:00Z'), 'Pacific/Auckland')).toBe('2026-01-01');
    expect(localDate(new Date('2026-01-01T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-01-02');
  });

  it('follows the daylight-saving change in Europe/Berlin (2026-03-29, clocks go 02:00 → 03:00)', () => {
    // Before the change Berlin is UTC+1, after it UTC+2: local midnight of the 30th is 22:00 UTC on the 29th.
    expect(localDate(new Date('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-28T22:59:59Z'), 'Europe/Berlin')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-29T21:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
  });

  it('follows the daylight-saving change in America/New_York (2026-11-01, clocks go 02:00 → 01:00)', () => {
    // EDT (UTC-4) until 06:00 UTC on the 1st, EST (UTC-5) afterwards: that day is 25 hours long.
    expect(localDate(new Date('2026-11-01T03:59:59Z'), 'America/New_York')).toBe('2026-10-31');
    expect(localDate(new Date('2026-11-01T04:00:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(localDate(new Date('2026-11-02T04:59:59Z'), 'America/New_York')).toBe('2026-11-01');
    expect(localDate(new Date('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('throws on an unknown zone', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('adds and subtracts calendar days across months, years and leap days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
    expect(addDays('2026-05-10', 30)).toBe('2026-06-09');
  });

  it('refuses a malformed date or a fractional count', () => {
    expect(() => addDays('2026-5-1', 1)).toThrow(RangeError);
    expect(() => addDays('2026-05-01', 1.5)).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Europe/Berlin; DROP TABLE users')).toBe(false);
  });
});

describe('timeZoneOrUtc and canonicalTimeZone', () => {
  it('keeps a known zone and falls back to UTC for one the runtime does not know', () => {
    expect(timeZoneOrUtc('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(timeZoneOrUtc('Mars/Olympus_Mons')).toBe('UTC');
    expect(timeZoneOrUtc('')).toBe('UTC');
  });

  it('spells a zone accepted case-insensitively the way the runtime does', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });
});
