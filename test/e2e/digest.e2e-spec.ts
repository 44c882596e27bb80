import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { DigestService } from '../../apps/api/src/modules/digest/digest.service.js';
import { SchedulerService } from '../../apps/api/src/modules/scheduler/scheduler.service.js';
import { signUp, startTestApp, type TestUser } from './harness.js';

interface Received {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PUBLIC_URL = 'https://offerpath.example.com';

/**
 * Ticks run at instants a few days in the past: every registered job runs on a tick, and the
 * cadence rules evaluated at a past instant can only do less than the real clock would, so this
 * file cannot disturb other suites sharing the database.
 */
const D = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 3 * DAY_MS); // 00:00 UTC, three days ago
const at = (hoursFromD: number) => new Date(D.getTime() + hoursFromD * HOUR_MS);
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

describe('email digest', () => {
  let smtp: SMTPServer;
  let received: Received[];
  let rejecting: Set<string>;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let db: DataSource;

  beforeAll(async () => {
    received = [];
    rejecting = new Set();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(rejecting.has(address.address) ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null);
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Offerpath <digest@offerpath.example.com>', PUBLIC_URL };
    first = await startTestApp(env);
    second = await startTestApp(env);
    db = first.get(DataSource);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailsTo = (user: TestUser) => received.filter((m) => m.to.includes(user.email));

  async function subscriber(name: string, timeZone: string, digestHour: number): Promise<TestUser> {
    const user = await signUp(first, name);
    await user.agent.patch('/api/settings').send({ version: 1, timeZone, digestHour, digestEnabled: true }).expect(200);
    return user;
  }

  async function followUp(user: TestUser, title: string, dueOn: string, status = 'open', dueTime: string | null = null) {
    await db.query(
      `INSERT INTO follow_ups (user_id, kind, title, due_on, due_time, first_due_on, status) VALUES ($1, 'custom', $2, $3::date, $4::time, $3::date, $5)`,
      [user.id, title, dueOn, dueTime, status],
    );
  }

  async function event(user: TestUser, title: string, startsAt: Date, outcome = 'pending') {
    await db.query(`INSERT INTO events (user_id, type, title, starts_at, time_zone, outcome) VALUES ($1, 'interview', $2, $3, 'UTC', $4)`, [
      user.id,
      title,
      startsAt.toISOString(),
      outcome,
    ]);
  }

  const claims = async (user: TestUser): Promise<string[]> =>
    (await db.query(`SELECT to_char(local_date, 'YYYY-MM-DD') AS day FROM digest_sends WHERE user_id = $1 ORDER BY local_date`, [user.id])).map(
      (r: { day: string }) => r.day,
    );

  /** Both instances tick at the same instant, as two servers on one database would. */
  async function tickBoth(now: Date) {
    const results = await Promise.all([first.get(SchedulerService).tick(now), second.get(SchedulerService).tick(now)]);
    const digest = results.flatMap((r) => r.filter((j) => j.name === 'digest'));
    expect(digest.filter((j) => j.error)).toEqual([]);
    return digest;
  }

  it('sends overdue and due-today follow-ups and today’s events, at the chosen hour in the user’s zone', async () => {
    // Tokyo is UTC+9 all year: 09:00 there on day D is 00:00 UTC on D.
    const user = await subscriber('Kenji <Tokyo>', 'Asia/Tokyo', 9);
    const day = dayOf(D);
    await followUp(user, 'Nudge the recruiter, politely', dayOf(at(-48)));
    await followUp(user, 'Send thank-you note', day, 'snoozed', '14:00');
    await followUp(user, 'Already done', day, 'done');
    await followUp(user, 'Tomorrow’s task', dayOf(at(24)));
    await event(user, 'System design round', at(5)); // 14:00 in Tokyo on D
    await event(user, 'Cancelled chat', at(6), 'cancelled');
    await event(user, 'Tomorrow’s interview', at(20)); // 05:00 on D+1 in Tokyo

    await tickBoth(at(-0.02)); // 08:58 in Tokyo
    expect(mailsTo(user)).toEqual([]);
    expect(await claims(user)).toEqual([]);

    await tickBoth(at(0)); // 09:00 in Tokyo
    const [mail, ...more] = mailsTo(user);
    expect(more).toEqual([]);
    expect(mail.subject).toMatch(/^Offerpath \w{3} \d{1,2} \w{3}: 1 overdue, 1 due today, 1 event$/);
    expect(mail.text).toContain('Hi Kenji <Tokyo>,');
    expect(mail.text).toContain('Overdue (1)\n- Nudge the recruiter, politely — due');
    expect(mail.text).toContain('Due today (1)\n- Send thank-you note — 14:00');
    expect(mail.text).toContain('Events today (1)\n- 14:00 System design round · Interview');
    for (const absent of ['Already done', 'Tomorrow’s task', 'Cancelled chat', 'Tomorrow’s interview']) expect(mail.text).not.toContain(absent);
    expect(mail.text).toContain(`Open Offerpath: ${PUBLIC_URL}/`);
    expect(mail.html).toContain('Hi Kenji &lt;Tokyo&gt;,');
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/">Open Offerpath</a>`);
    expect(await claims(user)).toEqual([day]);

    await tickBoth(at(10)); // 19:00 the same day: nothing new
    expect(mailsTo(user)).toHaveLength(1);

    await tickBoth(at(24.5)); // 09:30 the next day: the next digest
    expect(mailsTo(user)).toHaveLength(2);
    expect(mailsTo(user)[1].text).toContain('Overdue (2)');
    expect(await claims(user)).toEqual([day, dayOf(at(24))]);
  });

  it('sends exactly one email per user and day when two instances tick together, again and again', async () => {
    const users = [await subscriber('Ana', 'UTC', 0), await subscriber('Bo', 'Asia/Tokyo', 0), await subscriber('Caro', 'America/Bogota', 0)];
    for (const user of users) await followUp(user, `Follow up for ${user.email}`, dayOf(at(0)));
    // 12:00 UTC on D is 21:00 in Tokyo and 07:00 in Bogota: no one's day ends within the next 2 hours.
    for (const hours of [12, 12, 12.5, 13, 13.5, 14]) await tickBoth(at(hours));
    for (const user of users) expect(mailsTo(user)).toHaveLength(1);
  });

  it('lets only one instance send even without the scheduler lock: the claim decides', async () => {
    const users = [await subscriber('Dee', 'UTC', 0), await subscriber('Eve', 'Asia/Tokyo', 0)];
    for (const user of users) await followUp(user, 'Due today', dayOf(at(0)));
    const runBoth = () =>
      Promise.all([first, second].map((app) => app.get(DigestService).run(app.get(DataSource).manager, at(15))));
    await runBoth();
    await runBoth();
    for (const user of users) expect(mailsTo(user)).toHaveLength(1);
  });

  it('claims an empty day without sending, and gives the claim back when sending fails', async () => {
    const quiet = await subscriber('Quiet', 'UTC', 6);
    const bounced = await subscriber('Bounced', 'UTC', 6);
    await followUp(bounced, 'Something due', dayOf(at(30)));
    rejecting.add(bounced.email);
    await tickBoth(at(30)); // D+1 06:00 UTC
    expect(mailsTo(quiet)).toEqual([]);
    expect(await claims(quiet)).toEqual([dayOf(at(30))]);
    expect(mailsTo(bounced)).toEqual([]);
    expect(await claims(bounced)).toEqual([]);

    rejecting.delete(bounced.email);
    await tickBoth(at(30.25));
    expect(mailsTo(bounced)).toHaveLength(1);
    expect(await claims(bounced)).toEqual([dayOf(at(30))]);
  });

  it('does nothing, without error, when SMTP_URL is not set', async () => {
    const user = await subscriber('No mail', 'UTC', 0);
    await followUp(user, 'Due but unsendable', dayOf(at(40)));
    const plain = await startTestApp({ PUBLIC_URL });
    try {
      const results = await plain.get(SchedulerService).tick(at(40));
      expect(results.find((j) => j.name === 'digest')).toEqual({ name: 'digest', ran: true });
      expect(await claims(user)).toEqual([]);
      expect(mailsTo(user)).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
