import { hasContent, renderDigest } from './digest-mail.js';
import { dayBounds, dueDigestDay } from './digest-schedule.js';

describe('dueDigestDay', () => {
  const timing = { timeZone: 'America/New_York', digestHour: 9, lastClaimedOn: null };

  it('is due from the chosen local hour on, not before', () => {
    expect(dueDigestDay(new Date('2026-05-12T12:59:59Z'), timing)).toBeNull(); // 08:59 EDT
    expect(dueDigestDay(new Date('2026-05-12T13:00:00Z'), timing)).toBe('2026-05-12');
    expect(dueDigestDay(new Date('2026-05-13T03:59:00Z'), timing)).toBe('2026-05-12'); // 23:59 local
    expect(dueDigestDay(new Date('2026-05-13T04:00:00Z'), timing)).toBeNull(); // 00:00 local next day
  });

  it('is not due again for a day already claimed, nor for an earlier day after a change of zone', () => {
    expect(dueDigestDay(new Date('2026-05-12T20:00:00Z'), { ...timing, lastClaimedOn: '2026-05-12' })).toBeNull();
    expect(dueDigestDay(new Date('2026-05-13T20:00:00Z'), { ...timing, lastClaimedOn: '2026-05-12' })).toBe('2026-05-13');
    expect(dueDigestDay(new Date('2026-05-12T20:00:00Z'), { ...timing, timeZone: 'Pacific/Honolulu', digestHour: 0, lastClaimedOn: '2026-05-13' })).toBeNull();
  });

  it('treats an unknown stored zone as UTC', () => {
    expect(dueDigestDay(new Date('2026-05-12T09:00:00Z'), { ...timing, timeZone: 'Nowhere/Land' })).toBe('2026-05-12');
  });

  it('bounds a local day in UTC, 23 hours long on the spring-forward day', () => {
    expect(dayBounds('2026-03-08', 'America/New_York')).toEqual({ from: new Date('2026-03-08T05:00:00Z'), to: new Date('2026-03-09T04:00:00Z') });
  });
});

describe('renderDigest', () => {
  const content = {
    name: 'Ada <Lovelace>',
    day: '2026-05-12',
    timeZone: 'Europe/Berlin',
    followUps: {
      rows: [
        { id: 'a', title: 'Nudge the recruiter', kind: 'follow_up_recruiter' as const, dueOn: '2026-05-10', dueTime: null, companyName: 'Stripe' },
        { id: 'b', title: 'Send thanks & notes', kind: 'thank_you' as const, dueOn: '2026-05-12', dueTime: '14:00', companyName: null },
      ],
      total: 3,
      overdue: 1,
    },
    events: { rows: [{ id: 'c', title: 'System design', type: 'interview' as const, startsAt: new Date('2026-05-12T13:00:00Z'), location: 'Zoom', companyName: 'Stripe' }], total: 1 },
  };

  it('lists overdue, due today and events in both bodies, with escaped HTML and links', () => {
    const mail = renderDigest(content, 'https://op.example.com');
    expect(mail.subject).toBe('Offerpath Tue 12 May: 1 overdue, 2 due today, 1 event');
    expect(mail.text).toContain('Overdue (1)\n- Nudge the recruiter (Stripe) — due Sun 10 May');
    expect(mail.text).toContain('Due today (2)\n- Send thanks & notes — 14:00\n- and 1 more');
    expect(mail.text).toContain('Events today (1)\n- 15:00 System design · Interview · Stripe · Zoom');
    expect(mail.text).toContain('https://op.example.com/settings');
    expect(mail.html).toContain('Hi Ada &lt;Lovelace&gt;,');
    expect(mail.html).toContain('<li>Send thanks &amp; notes — 14:00</li>');
    expect(mail.html).toContain('<a href="https://op.example.com/">Open Offerpath</a>');
    expect(hasContent(content)).toBe(true);
    expect(hasContent({ ...content, followUps: { rows: [], total: 0, overdue: 0 }, events: { rows: [], total: 0 } })).toBe(false);
  });
});
