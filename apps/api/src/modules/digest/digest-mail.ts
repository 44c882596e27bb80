import { EVENT_TYPE_LABELS } from '@offerpath/domain';
import { localClock, longDay, shortDay } from './digest-schedule.js';
import type { DigestEvent, DigestFollowUp } from './digest.repository.js';

export interface DigestContent {
  name: string;
  day: string;
  timeZone: string;
  followUps: { rows: DigestFollowUp[]; total: number; overdue: number };
  events: { rows: DigestEvent[]; total: number };
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

interface Item {
  text: string;
}

interface Section {
  heading: string;
  items: Item[];
  more: number;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whether there is anything to tell the user about: an empty digest is not sent. */
export function hasContent(content: DigestContent): boolean {
  return content.followUps.total > 0 || content.events.total > 0;
}

function sections(content: DigestContent): Section[] {
  const overdue = content.followUps.rows.filter((f) => f.dueOn < content.day);
  const today = content.followUps.rows.filter((f) => f.dueOn === content.day);
  const followUp = (f: DigestFollowUp): Item => ({
    text: [f.title, f.companyName && `(${f.companyName})`, f.dueOn < content.day ? `— due ${shortDay(f.dueOn)}` : f.dueTime && `— ${f.dueTime}`]
      .filter(Boolean)
      .join(' '),
  });
  const event = (e: DigestEvent): Item => ({
    text: [`${localClock(e.startsAt, content.timeZone)}`, e.title, `· ${EVENT_TYPE_LABELS[e.type]}`, e.companyName && `· ${e.companyName}`, e.location && `· ${e.location}`]
      .filter(Boolean)
      .join(' '),
  });
  const all: Section[] = [
    { heading: 'Overdue', items: overdue.map(followUp), more: content.followUps.overdue - overdue.length },
    { heading: 'Due today', items: today.map(followUp), more: content.followUps.total - content.followUps.overdue - today.length },
    { heading: 'Events today', items: content.events.rows.map(event), more: content.events.total - content.events.rows.length },
  ];
  return all.filter((s) => s.items.length > 0 || s.more > 0);
}

function subject(content: DigestContent): string {
  const overdue = content.followUps.overdue;
  const dueToday = content.followUps.total - overdue;
  const parts = [
    overdue > 0 && `${overdue} overdue`,
    dueToday > 0 && `${dueToday} due today`,
    content.events.total > 0 && plural(content.events.total, 'event'),
  ].filter(Boolean);
  return `Offerpath ${shortDay(content.day)}: ${parts.join(', ')}`;
}

/** The email: plain text and a simple HTML version with the same content and links. */
export function renderDigest(content: DigestContent, publicUrl: string): DigestMail {
  const list = sections(content);
  const intro = `Here is your day, ${longDay(content.day)} (${content.timeZone}).`;
  const footer = `You get this email because the daily digest is on. Turn it off in Settings: ${publicUrl}/settings`;

  const text = [
    `Hi ${content.name},`,
    '',
    intro,
    ...list.flatMap((s) => ['', `${s.heading} (${s.items.length + s.more})`, ...s.items.map((i) => `- ${i.text}`), ...(s.more > 0 ? [`- and ${s.more} more`] : [])]),
    '',
    `Open Offerpath: ${publicUrl}/`,
    '',
    '--',
    footer,
    '',
  ].join('\n');

  const html = [
    '<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">',
    `<p>Hi ${escapeHtml(content.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...list.map(
      (s) =>
        `<h3 style="margin: 1em 0 0.25em">${escapeHtml(s.heading)} (${s.items.length + s.more})</h3><ul>` +
        s.items.map((i) => `<li>${escapeHtml(i.text)}</li>`).join('') +
        (s.more > 0 ? `<li>and ${s.more} more</li>` : '') +
        '</ul>',
    ),
    `<p><a href="${escapeHtml(`${publicUrl}/`)}">Open Offerpath</a></p>`,
    `<p style="color: #6b7280; font-size: 0.85em">You get this email because the daily digest is on. <a href="${escapeHtml(`${publicUrl}/settings`)}">Turn it off in Settings</a>.</p>`,
    '</body></html>',
  ].join('\n');

  return { subject: subject(content), text, html };
}
