import type { NestExpressApplication } from '@nestjs/platform-express';
import { anonymous, describeNeedsSession, expectProblem, problemFields, signUp, startTestApp, type TestUser } from './harness.js';

/** A spreadsheet tracker's export: BOM, CRLF, quoted commas, a note with a line break, US dates. */
const SHEET = [
  '\uFEFFCompany,Position,Status,Date Applied,Link,Location,Notes,Salary,Source,Favourite colour',
  '"Stripe, Inc.",ML Engineer,Interviewing,3/12/2024,https://stripe.com/jobs/1,Dublin,"Great team, ""fast""\r\nsecond line",120k-150k USD,Referral,blue',
  'Acme,SWE,Rejected,3/1/2024,,Remote,,,LinkedIn,',
  'stripe,Infra Engineer,Offer,,,,,,,',
  'Globex,Data Engineer,Applied,2024-02-20,,,,,Company website,',
  'Initech,Backend,Wishlist,,,,,,,',
  'Hooli,SRE,Accepted,,,,,,,',
  '',
].join('\r\n');

function upload(user: TestUser, file: string | Buffer, query = '', mapping?: object | string) {
  const req = user.agent.post(`/api/import/applications${query}`);
  if (mapping !== undefined) void req.field('mapping', typeof mapping === 'string' ? mapping : JSON.stringify(mapping));
  return req.attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file), { filename: 'tracker.csv', contentType: 'text/csv' });
}

async function applicationsOf(user: TestUser) {
  const res = await user.agent.get('/api/applications?pageSize=200').expect(200);
  return res.body.items as Array<Record<string, unknown> & { id: string; roleTitle: string }>;
}

describe('import applications from another tracker', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describeNeedsSession(() => app, [['post', '/api/import/applications']]);

  it('needs a session (401) before reading an upload', async () => {
    expectProblem(await anonymous(app).post('/api/import/applications').attach('file', Buffer.from(SHEET), 'tracker.csv'), 401, 'unauthenticated');
  });

  it('dry run: headers, suggested mapping, sample and preview, writing nothing', async () => {
    const user = await signUp(app);
    const res = await upload(user, SHEET, '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      headers: ['Company', 'Position', 'Status', 'Date Applied', 'Link', 'Location', 'Notes', 'Salary', 'Source', 'Favourite colour'],
      suggestedMapping: {
        Company: 'companyName', Position: 'roleTitle', Status: 'stage', 'Date Applied': 'appliedOn', Link: 'jobUrl', Location: 'location',
        Notes: 'notes', Salary: 'salary', Source: 'channel', 'Favourite colour': null,
      },
      mappingErrors: [],
      dateOrder: 'mdy',
      valid: 6,
      created: 0,
      errors: [],
    });
    expect(res.body.sample[0]).toEqual(['Stripe, Inc.', 'ML Engineer', 'Interviewing', '3/12/2024', 'https://stripe.com/jobs/1', 'Dublin', 'Great team, "fast"\r\nsecond line', '120k-150k USD', 'Referral', 'blue']);
    expect(res.body.preview[0]).toEqual({
      row: 2, companyName: 'Stripe, Inc.', roleTitle: 'ML Engineer', stage: 'recruiter_screen', channel: 'referral', appliedOn: '2024-03-12',
      jobUrl: 'https://stripe.com/jobs/1', location: 'Dublin', workMode: null, salaryMin: 120000, salaryMax: 150000, salaryCurrency: 'USD',
      notes: 'Great team, "fast"\r\nsecond line', resumeVersion: null,
    });
    expect(await applicationsOf(user)).toEqual([]);
  });

  it('commit: every row becomes an application with its company and a history stats can read', async () => {
    const user = await signUp(app);
    const res = await upload(user, SHEET).expect(200);
    expect(res.body).toMatchObject({ dryRun: false, valid: 6, created: 6, errors: [] });
    const apps = await applicationsOf(user);
    expect(apps).toHaveLength(6);
    const byRole = new Map(apps.map((a) => [a.roleTitle, a]));
    expect(byRole.get('ML Engineer')).toMatchObject({ companyName: 'Stripe, Inc.', stage: 'recruiter_screen', channel: 'referral', appliedOn: '2024-03-12', salaryCurrency: 'USD' });
    expect(byRole.get('SWE')).toMatchObject({ stage: 'rejected', lastOpenStage: 'applied', channel: 'cold_apply', workMode: null, location: 'Remote' });
    // "Stripe, Inc." and "stripe" are one company.
    expect(byRole.get('Infra Engineer')?.companyId).toBe(byRole.get('ML Engineer')?.companyId);
    const companies = (await user.agent.get('/api/companies').expect(200)).body.items as Array<{ name: string }>;
    expect(companies.map((c) => c.name).sort()).toEqual(['Acme', 'Globex', 'Hooli', 'Initech', 'Stripe, Inc.']);

    const history = async (role: string) =>
      ((await user.agent.get(`/api/applications/${byRole.get(role)?.id}`).expect(200)).body.history as Array<{ type: string; fromStage: string | null; toStage: string; at: string }>).map(
        ({ type, fromStage, toStage }) => [type, fromStage, toStage],
      );
    expect(await history('ML Engineer')).toEqual([['created', null, 'applied'], ['stage_changed', 'applied', 'recruiter_screen']]);
    expect(await history('SWE')).toEqual([['created', null, 'applied'], ['stage_changed', 'applied', 'rejected']]);
    expect(await history('Backend')).toEqual([['created', null, 'wishlist']]);
    expect(await history('SRE')).toEqual([['created', null, 'applied'], ['stage_changed', 'applied', 'offer'], ['stage_changed', 'offer', 'accepted']]);
    const detail = (await user.agent.get(`/api/applications/${byRole.get('ML Engineer')?.id}`).expect(200)).body;
    expect(detail.history[0].at).toBe('2024-03-12T12:00:00.000Z');
    expect(detail.createdAt).toBe('2024-03-12T12:00:00.000Z');

    // The board shows the file's order, above what was already there.
    const board = (await user.agent.get('/api/board').expect(200)).body as { columns: Array<{ stage: string; applications: Array<{ roleTitle: string }> }> };
    expect(board.columns.find((c) => c.stage === 'applied')?.applications.map((a) => a.roleTitle)).toEqual(['Data Engineer']);
  });

  it('uses the mapping sent: columns renamed or ignored, several notes columns joined', async () => {
    const user = await signUp(app);
    const file = 'Firm,Gig,Why,Contact,Stage\r\nAcme,SWE,Mission,Ann,Offer\r\n';
    const dry = await upload(user, file, '?dryRun=true').expect(200);
    expect(dry.body.mappingErrors).toEqual([
      { field: 'mapping', message: 'No column is mapped to companyName (Company)' },
      { field: 'mapping', message: 'No column is mapped to roleTitle (Role)' },
    ]);
    expect(dry.body.suggestedMapping).toMatchObject({ Firm: null, Gig: null, Stage: 'stage' });
    expectProblem(await upload(user, file), 400, 'invalid_mapping');
    const mapping = { Firm: 'companyName', Gig: 'roleTitle', Why: 'notes', Contact: 'notes', Stage: null };
    const res = await upload(user, file, '', mapping).expect(200);
    expect(res.body.created).toBe(1);
    expect((await applicationsOf(user))[0]).toMatchObject({ companyName: 'Acme', roleTitle: 'SWE', notes: 'Why: Mission\nContact: Ann', stage: 'applied' });
  });

  it('all or nothing: one bad row refuses the import (400 invalid_rows naming row and column), nothing written', async () => {
    const user = await signUp(app);
    const bad = SHEET.replace('Globex,Data Engineer,Applied,2024-02-20', 'Globex,Data Engineer,Daydreaming,2024-02-31').replace('Initech,Backend', ',Backend');
    const dry = await upload(user, bad, '?dryRun=true').expect(200);
    expect(dry.body.valid).toBe(4);
    expect(dry.body.errors).toEqual([
      { row: 5, field: 'Status', message: expect.stringContaining('"Daydreaming" is not a stage we know') },
      { row: 5, field: 'Date Applied', message: expect.stringContaining('"2024-02-31" is not a date') },
      { row: 6, field: 'Company', message: 'Company is empty' },
    ]);
    const res = await upload(user, bad);
    expectProblem(res, 400, 'invalid_rows');
    expect(res.body.detail).toBe('2 row(s) cannot be imported; nothing was imported');
    expect(res.body.errors).toEqual(dry.body.errors);
    expect(await applicationsOf(user)).toEqual([]);
    expect((await user.agent.get('/api/companies').expect(200)).body.items).toEqual([]);
  });

  it('answers 400 naming the field for a missing file, a bad mapping, a bad query and a file that is not CSV', async () => {
    const user = await signUp(app);
    let res = await user.agent.post('/api/import/applications').field('mapping', '{}');
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['file']);
    res = await upload(user, SHEET, '', '{not json');
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['mapping']);
    res = await upload(user, SHEET, '', { Company: 'companyName', Position: 'roleTitle', Nope: 'notes', Status: 'colour' });
    expectProblem(res, 400, 'invalid_mapping');
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual(['The file has no column "Nope"', expect.stringContaining('"colour" is not a field')]);
    res = await upload(user, SHEET, '?dryRun=maybe');
    expectProblem(res, 400, 'validation_failed');
    expect(problemFields(res)).toEqual(['dryRun']);
    res = await upload(user, Buffer.from([0x43, 0xff, 0xfe, 0x00]));
    expectProblem(res, 400, 'invalid_csv');
    res = await upload(user, 'Company,Position\r\n');
    expectProblem(res, 400, 'invalid_csv');
    expect(await applicationsOf(user)).toEqual([]);
  });

  it('keeps users apart: an import lands in the importer’s account only, with their own companies', async () => {
    const [alice, bob] = [await signUp(app), await signUp(app)];
    await bob.agent.post('/api/applications').send({ companyName: 'Stripe', roleTitle: 'Bob’s' }).expect(201);
    await upload(alice, SHEET).expect(200);
    expect((await applicationsOf(bob)).map((a) => a.roleTitle)).toEqual(['Bob’s']);
    expect(await applicationsOf(alice)).toHaveLength(6);
  });

  it('answers 413 problem+json for a file over 5 MB, writing nothing', async () => {
    const user = await signUp(app);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    expectProblem(await upload(user, big), 413, 'payload_too_large');
    expect(await applicationsOf(user)).toEqual([]);
  });
});
