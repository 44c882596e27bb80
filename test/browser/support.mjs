// Shared by the browser tests: one Chromium per suite (Debian's, through playwright-core), the
// browser-side problems it saw, and evidence (screenshot, HTML, trace) when a test fails.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL?.replace(/\/$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/**
 * Registers the suite's before/after hooks (call inside `describe`). `session.page` is ready in
 * the tests; on any failure the trace is kept as test-results/<traceFile>.
 */
export function useBrowser(traceFile) {
  const session = { browser: null, context: null, page: null, anyFailed: false, problems: [] };
  before(async () => {
    assert.ok(BASE_URL, 'BASE_URL is not set: run the browser tests with `npm run test:browser`');
    session.browser = await chromium.launch({
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
    session.context = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1440, height: 900 } });
    await session.context.tracing.start({ screenshots: true, snapshots: true });
    const page = await session.context.newPage();
    session.page = page;
    page.setDefaultTimeout(15_000);
    const problems = session.problems;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // "Failed to load resource" duplicates the HTTP status logged below.
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
    if (session.context) {
      const trace = path.join(RESULTS_DIR, traceFile);
      if (session.anyFailed) fs.mkdirSync(RESULTS_DIR, { recursive: true });
      await session.context.tracing
        .stop(session.anyFailed ? { path: trace } : undefined)
        .then(() => session.anyFailed && console.error(`trace: ${trace} (open with: npx playwright-core show-trace ${trace})`))
        .catch(() => undefined);
    }
    await session.browser?.close();
  });
  return session;
}

/** Runs a test body; on failure saves a screenshot and the page's HTML and prints what the browser saw. */
export async function withEvidence(session, t, body) {
  try {
    await body();
  } catch (error) {
    session.anyFailed = true;
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const base = path.join(RESULTS_DIR, slug(t.name));
    const saved = [];
    const { page, problems } = session;
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
export function nextPost(page, pattern, timeout = 15_000) {
  return page.waitForResponse(
    (response) => response.request().method() === 'POST' && pattern.test(new URL(response.url()).pathname),
    { timeout },
  );
}

export async function expectVisible(locator, what, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`expected ${what} to be visible: ${error.message.split('\n')[0]}`);
  }
}
