// Browser test of the board: register, quick-add, drag to another column, persistence across a
// reload and across signing out and in. Runs against a live server at BASE_URL; start it with
// `npm run test:browser` (scripts/test-browser.mjs), which sets BASE_URL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL?.replace(/\/$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');
/** `DND_MODE=keyboard` drags with dnd-kit's keyboard sensor instead of the mouse. */
const DND_MODE = process.env.DND_MODE === 'keyboard' ? 'keyboard' : 'mouse';

const COMPANY = 'Acme Robotics';
const ROLE = 'ML Engineer';
const user = {
  name: 'Browser Tester',
  email: `browser-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

let browser;
let context;
let page;
let anyFailed = false;
/** Browser-side problems, printed when a test fails. */
const problems = [];
/** What the first test established (as the API confirmed it), for the second test. */
const state = { cardId: null, stage: null };

const column = (stage) => page.locator(`[data-stage="${stage}"]`);
const cardsNamed = (scope, company) => scope.locator('[data-testid="card"]').filter({ hasText: company });

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

/** Drags with the mouse so that dnd-kit's pointer sensor sees a real press, move and release. */
async function dragWithMouse(card, target) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  assert.ok(from && to, 'card and target column must be on screen');
  const viewport = page.viewportSize();
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  const endX = to.x + to.width / 2;
  // Aim at the column's middle, but stay on screen when the column is taller than the viewport.
  const endY = Math.min(to.y + to.height / 2, viewport.height - 40);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  // Past the pointer sensor's activation distance first, then across in steps so that
  // collision detection runs along the way.
  await page.mouse.move(startX + 15, startY + 5, { steps: 5 });
  await page.mouse.move(endX, endY, { steps: 25 });
  await page.mouse.move(endX + 3, endY + 3, { steps: 3 });
  await page.mouse.up();
}

/** Drags with the keyboard sensor: Space picks up, an arrow moves to the next column, Space drops. */
async function dragWithKeyboard(card) {
  await card.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.keyboard.press('Space');
}

/** Signed in, on the board page (an empty account shows no columns, only the quick-add form). */
async function waitForBoard() {
  await expectVisible(page.getByLabel('Company', { exact: true }), 'the quick-add form (signed in, on the board)');
}

describe('board', () => {
  before(async () => {
    assert.ok(BASE_URL, 'BASE_URL is not set: run the browser tests with `npm run test:browser`');
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
    if (context) {
      const trace = path.join(RESULTS_DIR, 'board-trace.zip');
      if (anyFailed) fs.mkdirSync(RESULTS_DIR, { recursive: true });
      await context.tracing
        .stop(anyFailed ? { path: trace } : undefined)
        .then(() => anyFailed && console.error(`trace: ${trace} (open with: npx playwright-core show-trace ${trace})`))
        .catch(() => undefined);
    }
    await browser?.close();
  });

  test('a card dragged to Applied stays there after a reload', { timeout: 120_000 }, async (t) => {
    await withEvidence(t, async () => {
      // Register a fresh user.
      await page.goto('/');
      const nameField = page.getByLabel('Name', { exact: true });
      const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
      await expectVisible(nameField.or(signInButton), 'the register or sign-in form');
      if (!(await nameField.isVisible())) {
        await page
          .getByRole('link', { name: /create (an )?account|register|sign up/i })
          .first()
          .click();
      }
      await expectVisible(nameField, 'the register form');
      await nameField.fill(user.name);
      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      const registered = nextPost(/\/api\/auth\/register$/);
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      assert.equal((await registered).status(), 201, 'POST /api/auth/register');
      await waitForBoard();

      // Quick-add an application; it lands in Wishlist.
      await page.getByLabel('Company', { exact: true }).fill(COMPANY);
      await page.getByLabel('Role', { exact: true }).fill(ROLE);
      const createdResponse = nextPost(/\/api\/applications$/);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      const created = await createdResponse;
      assert.equal(created.status(), 201, 'POST /api/applications');
      const createdBody = await created.json();
      assert.equal(createdBody.stage, 'wishlist');
      state.cardId = createdBody.id;
      state.stage = createdBody.stage;

      const card = cardsNamed(column('wishlist'), COMPANY);
      await expectVisible(card, `the "${COMPANY}" card in Wishlist`);
      assert.equal(await card.count(), 1, 'exactly one new card in Wishlist');
      assert.equal(await card.getAttribute('data-id'), state.cardId, 'the card carries the id the API returned');

      // Drag it to Applied and wait until the move is saved.
      const applied = page.getByRole('region', { name: 'Applied', exact: true });
      assert.equal(await applied.getAttribute('data-stage'), 'applied', 'the Applied region has data-stage="applied"');
      const moved = nextPost(/\/api\/applications\/[^/]+\/move$/);
      if (DND_MODE === 'keyboard') await dragWithKeyboard(card);
      else await dragWithMouse(card, applied);
      const moveResponse = await moved.catch((error) => {
        throw new Error(`no POST …/move after the ${DND_MODE} drag: ${error.message.split('\n')[0]}`);
      });
      assert.equal(moveResponse.status(), 200, 'POST /api/applications/:id/move');
      assert.ok(moveResponse.url().includes(`/api/applications/${state.cardId}/move`), 'the move is for our card');
      const movedBody = await moveResponse.json();
      assert.equal(movedBody.stage, 'applied', 'the API put the card in applied');
      state.stage = movedBody.stage;

      // After a reload the board comes from the server: the card must be in Applied.
      await page.reload();
      const appliedCard = cardsNamed(column('applied'), COMPANY);
      await expectVisible(appliedCard, `the "${COMPANY}" card in Applied after a reload`);
      assert.equal(await appliedCard.count(), 1, 'exactly one such card in Applied');
      assert.equal(await appliedCard.getAttribute('data-id'), state.cardId);
      assert.equal(await cardsNamed(column('wishlist'), COMPANY).count(), 0, 'no such card left in Wishlist');
    });
  });

  test('the card is still there after signing out and in again', { timeout: 120_000 }, async (t) => {
    if (!state.cardId) {
      t.skip('needs the card created by the previous test');
      return;
    }
    await withEvidence(t, async () => {
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
      await expectVisible(signInButton, 'the sign-in form after signing out');
      assert.equal(await cardsNamed(page, COMPANY).count(), 0, 'no card is shown while signed out');
      const me = await page.request.get('/api/auth/me');
      assert.equal(me.status(), 401, 'GET /api/auth/me after signing out');

      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      const loggedIn = nextPost(/\/api\/auth\/login$/);
      await signInButton.click();
      assert.equal((await loggedIn).status(), 200, 'POST /api/auth/login');
      await waitForBoard();

      // The stage the API last confirmed: applied, unless the first test failed before the move.
      const card = cardsNamed(column(state.stage), COMPANY);
      await expectVisible(card, `the "${COMPANY}" card in ${state.stage} after signing in again`);
      assert.equal(await card.count(), 1);
      assert.equal(await card.getAttribute('data-id'), state.cardId);
    });
  });
});
