import fs from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { anonymous, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const SAMPLE_FILE = '/work/shared/samples/linkedin-connections.csv';
/** LinkedIn's export as downloaded: BOM, Notes preamble, CRLF, quoted commas and quotes, non-Latin names. */
const SAMPLE = fs.existsSync(SAMPLE_FILE)
  ? fs.readFileSync(SAMPLE_FILE)
  : Buffer.from(
      [
        '\uFEFFNotes:',
        '"When you export connections, email addresses are included only for people who allow it in their privacy settings."',
        '',
        HEADER,
        'Maya,Okafor,https://www.linkedin.com/in/maya-okafor-00a1,,Stripe,Technical Recruiter,12 Mar 2024',
        'Daniel,Reyes,https://www.linkedin.com/in/dreyes-ml,daniel.reyes@example.com,Google,"Senior Software Engineer, ML",03 Jan 2023',
        'Wei,Zhang,https://www.linkedin.com/in/wei-zhang-1234,,Meta,Machine Learning Engineer,28 Feb 2025',
        '晓明,李,https://www.linkedin.com/in/xiaoming-li-5678,,字节跳动,算法工程师,15 Aug 2024',
        'Priya,Natarajan,https://www.linkedin.com/in/priya-n,,"Stripe, Inc.",Engineering Manager,07 Nov 2022',
        "Tom,O'Neil,https://www.linkedin.com/in/tom-oneil,tom@example.org,Datadog,University Recruiter,19 Sep 2024",
        'Sofia,Martins,https://www.linkedin.com/in/sofia-martins,,Google LLC,Staff Engineer,01 Dec 2021',
        'Ahmed,Hassan,https://www.linkedin.com/in/ahmed-hassan-ai,,,,22 Apr 2025',
        'Lena,Fischer,https://www.linkedin.com/in/lena-fischer,,OpenAI,Recruiting Coordinator,30 Jun 2025',
        'Jae-won,Park,https://www.linkedin.com/in/jaewon-park,,Netflix,"""Senior Engineer, Data Platform""",11 Oct 2023',
        '',
      ].join('\r\n'),
    );

function upload(user: TestUser, file: Buffer | string, query = '', filename = 'Connections.csv') {
  return user.agent.post(`/api/contacts/import/linkedin${query}`).attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file), { filename, contentType: 'text/csv' });
}

async function allContacts(user: TestUser) {
  return (await user.agent.get('/api/contacts?pageSize=200').expect(200)).body as { total: number; items: Array<{ id: string; name: string; companyId: string | null; companyName: string | null; kind: string; linkedinUrl: string; email: string | null; connectedOn: string | null; notes: string | null }> };
}

describe('LinkedIn import', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('needs a session (401), before reading any upload', async () => {
    const res = await anonymous(app).post('/api/contacts/import/linkedin').attach('file', SAMPLE, 'Connections.csv');
    expectProblem(res, 401, 'unauthenticated');
  });

  it('imports the sample twice: exactly 10 contacts, one Stripe and one Google, nothing duplicated', async () => {
    const user = await signUp(app);
    const first = await upload(user, SAMPLE).expect(200);
    expect(first.body).toMatchObject({ dryRun: false, created: 10, updated: 0, skipped: 0, errors: [] });
    expect(first.body.preview).toHaveLength(10);
    const second = await upload(user, SAMPLE).expect(200);
    expect(second.body).toMatchObject({ created: 0, updated: 0, skipped: 10, errors: [] });
    expect(second.body.preview.every((p: { action: string }) => p.action === 'skip')).toBe(true);

    const { total, items } = await allContacts(user);
    expect(total).toBe(10);
    const byName = new Map(items.map((c) => [c.name, c]));
    expect(byName.get('Maya Okafor')).toMatchObject({ companyName: 'Stripe', kind: 'recruiter', connectedOn: '2024-03-12', linkedinUrl: 'https://www.linkedin.com/in/maya-okafor-00a1', email: null });
    expect(byName.get('Priya Natarajan')?.companyId).toBe(byName.get('Maya Okafor')?.companyId);
    expect(byName.get('Sofia Martins')?.companyId).toBe(byName.get('Daniel Reyes')?.companyId);
    expect(byName.get('Daniel Reyes')).toMatchObject({ email: 'daniel.reyes@example.com', kind: 'engineer' });
    expect(byName.get('晓明 李')).toMatchObject({ companyName: '字节跳动' });
    expect(byName.get('Ahmed Hassan')).toMatchObject({ companyId: null, companyName: null });
    expect(byName.get('Jae-won Park')).toMatchObject({ companyName: 'Netflix' });

    const companies = (await user.agent.get('/api/companies').expect(200)).body.items as Array<{ name: string; contactCount: number }>;
    expect(companies.filter((c) => /stripe/i.test(c.name))).toEqual([expect.objectContaining({ name: 'Stripe', contactCount: 2 })]);
    expect(companies.filter((c) => /google/i.test(c.name))).toEqual([expect.objectContaining({ name: 'Google', contactCount: 2 })]);
    expect(companies).toHaveLength(7);

    // The finder: an application at "Stripe" lists both Stripe people, recruiter first.
    const application = await user.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'ML Engineer' }).expect(201);
    const people = await user.agent.get(`/api/applications/${application.body.id}/people`).expect(200);
    expect(people.body.items.map((p: { name: string; suggestedAction: string }) => [p.name, p.suggestedAction])).toEqual([
      ['Maya Okafor', 'message_recruiter'],
      ['Priya Natarajan', 'ask_referral'],
    ]);
  });

  it('updates LinkedIn fields on re-import but keeps what the user wrote and never clears with blanks', async () => {
    const user = await signUp(app);
    await upload(user, `${HEADER}\r\nMaya,Okafor,https://www.linkedin.com/in/maya,maya@example.com,Stripe,Recruiter,12 Mar 2024\r\n`).expect(200);
    const [maya] = (await allContacts(user)).items;
    await user.agent.patch(`/api/contacts/${maya.id}`).send({ version: 1, notes: 'met at NeurIPS', kind: 'friend' }).expect(200);
    const again = await upload(user, `${HEADER}\r\nMaya,Okafor-Lee,https://www.linkedin.com/in/MAYA/?trk=1,,Stripe Inc,Recruiter,12 Mar 2024\r\n`).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 1, skipped: 0 });
    const [updated] = (await allContacts(user)).items;
    expect(updated).toMatchObject({ id: maya.id, name: 'Maya Okafor-Lee', email: 'maya@example.com', notes: 'met at NeurIPS', kind: 'friend', companyId: maya.companyId });
  });

  it('dry run reports the plan and writes nothing', async () => {
    const user = await signUp(app);
    const dry = await upload(user, SAMPLE, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 10, updated: 0, skipped: 0, errors: [] });
    expect(dry.body.preview[0]).toEqual({ row: 5, action: 'create', reason: null, name: 'Maya Okafor', linkedinUrl: 'https://www.linkedin.com/in/maya-okafor-00a1', company: 'Stripe', title: 'Technical Recruiter', connectedOn: '2024-03-12' });
    expect((await allContacts(user)).total).toBe(0);
    expect((await user.agent.get('/api/companies').expect(200)).body.items).toEqual([]);
    expect(problemFields(await upload(user, SAMPLE, '?dryRun=maybe'))).toEqual(['dryRun']);
  });

  it('skips repeated profile URLs within one file and reports them', async () => {
    const user = await signUp(app);
    const file = `${HEADER}\nMaya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Recruiter,12 Mar 2024\nMaya,O.,https://www.linkedin.com/in/maya/,,Stripe,Recruiter,12 Mar 2024\n`;
    const res = await upload(user, file).expect(200);
    expect(res.body).toMatchObject({ created: 1, skipped: 1, errors: [] });
    expect(res.body.preview[1]).toMatchObject({ row: 3, action: 'skip', reason: 'Repeats row 2' });
    expect((await allContacts(user)).items.map((c) => c.name)).toEqual(['Maya Okafor']);
  });

  it('refuses a file with a bad row as a whole (400 with every row error), but a dry run reports it', async () => {
    const user = await signUp(app);
    const file = `${HEADER}\nGood,Person,https://www.linkedin.com/in/good,,Stripe,Engineer,12 Mar 2024\nBad,Date,https://www.linkedin.com/in/bad,,Stripe,Engineer,31 Feb 2024\n`;
    const res = await upload(user, file);
    expectProblem(res, 400, 'invalid_rows');
    expect(res.body.errors).toEqual([{ row: 3, field: 'Connected On', message: '"31 Feb 2024" is not a date like 12 Mar 2024' }]);
    expect((await allContacts(user)).total).toBe(0);
    expect((await user.agent.get('/api/companies').expect(200)).body.items).toEqual([]);
    const dry = await upload(user, file, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ created: 1, errors: [{ row: 3, field: 'Connected On' }] });
  });

  it.each([
    ['an empty file', ''],
    ['a file without the header row', 'Maya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Recruiter,12 Mar 2024\n'],
    ['another CSV', 'Name,Email\nMaya,maya@example.com\n'],
    ['an unterminated quote', `${HEADER}\nMaya,"Okafor,https://www.linkedin.com/in/maya,,,,12 Mar 2024\n`],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
  ])('answers 400 invalid_csv with a reason for %s', async (_what, file) => {
    const user = await signUp(app);
    const res = await upload(user, file);
    expectProblem(res, 400, 'invalid_csv');
    expect(res.body.detail).toEqual(expect.any(String));
    expect(problemFields(res)).toEqual(['file']);
  });

  it('answers 400 naming file when none is sent', async () => {
    const user = await signUp(app);
    const res = await user.agent.post('/api/contacts/import/linkedin').field('other', 'x');
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['file']);
  });

  it('answers 413 problem+json for a file over 5 MB, writing nothing', async () => {
    const user = await signUp(app);
    const row = 'Maya,Okafor,https://www.linkedin.com/in/maya,,Stripe,Recruiter,12 Mar 2024\n';
    const big = HEADER + '\n' + row.repeat(Math.ceil((5 * 1024 * 1024) / row.length) + 10);
    expectProblem(await upload(user, big), 413, 'payload_too_large');
    expect((await allContacts(user)).total).toBe(0);
  });

  it('keeps imports per user: the same file for two users makes separate contacts and companies', async () => {
    const a = await signUp(app);
    const b = await signUp(app);
    await upload(a, SAMPLE).expect(200);
    expect((await allContacts(b)).total).toBe(0);
    expect((await upload(b, SAMPLE).expect(200)).body.created).toBe(10);
    const aIds = new Set((await allContacts(a)).items.map((c) => c.companyId));
    expect((await allContacts(b)).items.some((c) => c.companyId && aIds.has(c.companyId))).toBe(false);
  });
});
