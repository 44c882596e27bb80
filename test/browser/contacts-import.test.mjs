// Browser test of the LinkedIn import: register, Contacts → Import, choose Connections.csv,
// check the preview, import, and find the people in the contacts table. Runs against a live
// server at BASE_URL; start it with `npm run test:browser` (scripts/test-browser.mjs).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL?.replace(/\/$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.resolve(HERE, '../../test-results');
/** A copy of the shared sample (10 connections, a preamble, quotes, CJK), so the test needs nothing outside the repo. */
const CSV_FILE = path.join(HERE, 'fixtures/linkedin-connections.csv');
const CONNECTIONS = 10;

const user = {
  name: 'Import Tester',
  email: `import-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

let browser;
let context;
let page;
let anyFailed = false;
const problems = [];

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** Runs a test body; on failure saves a screenshot and the page's HTML and prints what the browser saw. */
async function withEvidence(t, body) {
  try {
    await body();
  } catch (error) {
    anyFailed = true;
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const base = path.join(RESULTS_DIR, slug(t.name));
    const saved = [];
    if (page && !page.isClosed()) {
      await page
        .screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 })
        .then(() => saved.push(`${base}.png`))
        .catch((e) => saved.push(`(screenshot failed: ${e.message})`));
      await page
        .content()
        .then((html) => fs.writeFileSync(`${base}.html`, html))
        .then(() => saved.push(`${base}.html`))
        .catch(() => undefined);
      saved.push(`page URL: ${page.url()}`);
    }
    console.error(`\n[${t.name}] failed; evidence:\n  ${saved.join('\n  ')}`);
    if (problems.length) console.error(`  browser problems so far:\n    ${problems.slice(-30).join('\n    ')}`);
    throw error;
  }
}

/** Waits for the next POST to a path matching `pattern` (started before the action that triggers it). */
function nextPost(pattern, timeout = 15_000) {
  return page.waitForResponse(
    (response) => response.request().method() === 'POST' && pattern.test(new URL(response.url()).pathname),
    { timeout },
  );
}

async function expectVisible(locator, what, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`expected ${what} to be visible: ${error.message.split('\n')[0]}`);
  }
}

describe('contacts import', () => {
  before(async () => {
    assert.ok(BASE_URL, 'BASE_URL is not set: run the browser tests with `npm run test:browser`');
    assert.ok(fs.existsSync(CSV_FILE), `the sample CSV is missing: ${CSV_FILE}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1440, height: 900 } });
    await context.tracing.start({ screenshots: true, snapshots: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      const signedOutCheck = response.status() === 401 && new URL(response.url()).pathname === '/api/auth/me';
      if (response.status() >= 400 && !signedOutCheck) {
        problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
      }
    });
  });

  after(async () => {
    if (context) {
      const trace = path.join(RESULTS_DIR, 'contacts-import-trace.zip');
      if (anyFailed) fs.mkdirSync(RESULTS_DIR, { recursive: true });
      await context.tracing
        .stop(anyFailed ? { path: trace } : undefined)
        .then(() => anyFailed && console.error(`trace: ${trace} (open with: npx playwright-core show-trace ${trace})`))
        .catch(() => undefined);
    }
    await browser?.close();
  });

  test('LinkedIn connections are previewed, imported and listed', { timeout: 120_000 }, async (t) => {
    await withEvidence(t, async () => {
      // Register a fresh user.
      await page.goto('/register');
      const nameField = page.getByLabel('Name', { exact: true });
      await expectVisible(nameField, 'the register form');
      await nameField.fill(user.name);
      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      const registered = nextPost(/\/api\/auth\/register$/);
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      assert.equal((await registered).status(), 201, 'POST /api/auth/register');

      // Contacts → Import from LinkedIn.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts', exact: true }).click();
      await expectVisible(page.getByRole('heading', { name: 'No contacts yet' }), 'the empty contacts page');
      await page.getByRole('link', { name: 'Import from LinkedIn' }).first().click();
      await expectVisible(page.getByRole('heading', { name: 'Import from LinkedIn' }), 'the import page');

      // Choosing the file previews it (a dry run) without writing anything.
      const dryRun = nextPost(/\/api\/contacts\/import\/linkedin$/);
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
      const imported = nextPost(/\/api\/contacts\/import\/linkedin$/);
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
