// Browser test of the LinkedIn import: register, Contacts → Import, choose Connections.csv,
// check the preview, import, and find the people in the contacts table. Runs against a live
// server at BASE_URL; start it with `npm run test:browser` (scripts/test-browser.mjs).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectVisible, nextPost, useBrowser, withEvidence } from './support.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** A copy of the shared sample (10 connections, a preamble, quotes, CJK), so the test needs nothing outside the repo. */
const CSV_FILE = path.join(HERE, 'fixtures/linkedin-connections.csv');
const CONNECTIONS = 10;

const user = {
  name: 'Import Tester',
  email: `import-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

let page;

describe('contacts import', () => {
  const session = useBrowser('contacts-import-trace.zip');
  before(() => {
    assert.ok(fs.existsSync(CSV_FILE), `the sample CSV is missing: ${CSV_FILE}`);
    page = session.page;
  });

  test('LinkedIn connections are previewed, imported and listed', { timeout: 120_000 }, async (t) => {
    await withEvidence(session, t, async () => {
      // Register a fresh user.
      await page.goto('/register');
      const nameField = page.getByLabel('Name', { exact: true });
      await expectVisible(nameField, 'the register form');
      await nameField.fill(user.name);
      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      const registered = nextPost(page, /\/api\/auth\/register$/);
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      assert.equal((await registered).status(), 201, 'POST /api/auth/register');

      // Contacts → Import from LinkedIn.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts', exact: true }).click();
      await expectVisible(page.getByRole('heading', { name: 'No contacts yet' }), 'the empty contacts page');
      await page.getByRole('link', { name: 'Import from LinkedIn' }).first().click();
      await expectVisible(page.getByRole('heading', { name: 'Import from LinkedIn' }), 'the import page');

      // Choosing the file previews it (a dry run) without writing anything.
      const dryRun = nextPost(page, /\/api\/contacts\/import\/linkedin$/);
      await page.getByLabel('Connections.csv').setInputFiles(CSV_FILE);
      const dryRunResponse = await dryRun;
      assert.equal(dryRunResponse.status(), 200, 'POST /api/contacts/import/linkedin?dryRun=true');
      assert.equal(new URL(dryRunResponse.url()).searchParams.get('dryRun'), 'true', 'the preview is a dry run');
      const preview = page.getByRole('region', { name: 'Preview of linkedin-connections.csv' });
      await expectVisible(preview, 'the preview');
      assert.equal(await preview.getByTestId('preview-row').count(), CONNECTIONS, 'one preview row per connection');
      assert.match(await preview.getByTestId('import-summary').innerText(), new RegExp(`${CONNECTIONS} to create`));
      assert.equal(await preview.getByTestId('import-error').count(), 0, 'no row errors');
      await expectVisible(preview.getByRole('rowheader', { name: 'Maya Okafor', exact: true }), 'Maya Okafor in the preview');

      // Import for real.
      const imported = nextPost(page, /\/api\/contacts\/import\/linkedin$/);
      await page.getByRole('button', { name: `Import ${CONNECTIONS} contacts`, exact: true }).click();
      const importResponse = await imported;
      assert.equal(importResponse.status(), 200, 'POST /api/contacts/import/linkedin');
      assert.equal(new URL(importResponse.url()).searchParams.get('dryRun'), null, 'the import is not a dry run');
      const result = await importResponse.json();
      assert.equal(result.created, CONNECTIONS, 'the API created every connection');
      await expectVisible(page.getByRole('heading', { name: 'Import complete' }), 'the success summary');

      // The contacts table lists them, from the server.
      await page.getByRole('link', { name: 'View contacts', exact: true }).click();
      const rows = page.getByTestId('contact-row');
      await expectVisible(rows, 'the contacts table');
      await page.waitForFunction((count) => document.querySelectorAll('[data-testid="contact-row"]').length === count, CONNECTIONS);
      assert.equal(await rows.count(), CONNECTIONS, `${CONNECTIONS} rows in the contacts table`);
      const maya = rows.filter({ has: page.getByRole('link', { name: 'Maya Okafor', exact: true }) });
      assert.equal(await maya.count(), 1, 'Maya Okafor is listed once');
      assert.match(await maya.innerText(), /Stripe/);
      assert.match(await maya.innerText(), /Technical Recruiter/);

      // Search goes to the server.
      await page.getByRole('searchbox', { name: 'Search contacts' }).fill('stripe');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-row"]').length === 2);
      assert.deepEqual(
        (await rows.getByRole('rowheader').allInnerTexts()).sort(),
        ['Maya Okafor', 'Priya Natarajan'],
        'searching "stripe" finds both Stripe people (one is "Stripe, Inc." in the file)',
      );
    });
  });
});
