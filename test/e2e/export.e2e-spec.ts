import type { NestExpressApplication } from '@nestjs/platform-express';
import { parse } from 'csv-parse/sync';
import { describeNeedsSession, signUp, startTestApp, type TestUser } from './harness.js';

async function exportCsv(user: TestUser) {
  const res = await user.agent.get('/api/export/applications.csv').buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  }).expect(200);
  const text = res.body as string;
  return { res, text, rows: parse(text, { bom: true, columns: true }) as Array<Record<string, string>> };
}

describe('CSV export of applications', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(() => app, [['get', '/api/export/applications.csv']]);

  it('exports every application with channel, stage, dates, people and referrer, as a dated download', async () => {
    const user = await signUp(app);
    const post = async (url: string, body: object) => (await user.agent.post(url).send(body).expect((r) => expect([200, 201]).toContain(r.status))).body;
    const a1 = await post('/api/applications', {
      companyName: 'Stripe, Inc.', roleTitle: 'ML Engineer', channel: 'referral', stage: 'applied', jobUrl: 'https://stripe.com/jobs/1',
      location: 'Dublin', workMode: 'hybrid', salaryMin: 150000, salaryMax: 180000, salaryCurrency: 'EUR', notes: 'Line 1\nLine 2, "quoted"',
      appliedOn: '2026-01-05',
    });
    await user.agent.patch(`/api/applications/${a1.id}`).send({ stage: 'rejected', version: a1.version }).expect(200);
    await post('/api/applications', { companyName: '=HYPERLINK("http://evil")', roleTitle: '+cmd', notes: '@SUM(A1)', location: '-2+3' });
    const maya = await post('/api/contacts', { name: 'Maya Okafor', kind: 'recruiter' });
    const dan = await post('/api/contacts', { name: 'Daniel Reyes' });
    await post(`/api/applications/${a1.id}/contacts`, { contactId: maya.id, role: 'recruiter' });
    await post('/api/referrals', { applicationId: a1.id, contactId: dan.id, status: 'asked' });

    const { res, text, rows } = await exportCsv(user);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="offerpath-applications-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith('\uFEFFCompany,Role,Channel,Stage,')).toBe(true);
    expect(rows).toHaveLength(2);
    const stripe = rows.find((r) => r.Role === 'ML Engineer') as Record<string, string>;
    expect(stripe).toMatchObject({
      Company: 'Stripe, Inc.', Channel: 'Referral', Stage: 'Rejected', 'Last open stage': 'Applied', 'Applied on': '2026-01-05',
      Location: 'Dublin', 'Work mode': 'Hybrid', Salary: '150000–180000 EUR', 'Job URL': 'https://stripe.com/jobs/1',
      Contacts: 'Maya Okafor (Recruiter)', Referrer: 'Daniel Reyes (Asked)', Archived: 'no', Notes: 'Line 1\nLine 2, "quoted"',
    });
    expect(stripe.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(stripe['Stage changed'] >= stripe.Created).toBe(true);
    // Formula injection: cells a spreadsheet would evaluate start with a quote.
    const evil = rows.find((r) => r.Role === "'+cmd") as Record<string, string>;
    expect(evil).toMatchObject({ Company: `'=HYPERLINK("http://evil")`, Notes: "'@SUM(A1)", Location: "'-2+3", Stage: 'Wishlist', Channel: 'Portal' });
  });

  it('exports only the user’s own applications; an empty account gets the header alone', async () => {
    const [alice, bob] = [await signUp(app), await signUp(app)];
    await alice.agent.post('/api/applications').send({ companyName: 'Alice Co', roleTitle: 'A' }).expect(201);
    expect((await exportCsv(bob)).rows).toEqual([]);
    expect((await exportCsv(bob)).text.trim().split('\r\n')).toHaveLength(1);
    expect((await exportCsv(alice)).rows.map((r) => r.Company)).toEqual(['Alice Co']);
  });
});
