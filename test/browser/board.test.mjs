// Browser test of the board: register, quick-add, drag to another column, persistence across a
// reload and across signing out and in. Runs against a live server at BASE_URL; start it with
// `npm run test:browser` (scripts/test-browser.mjs), which sets BASE_URL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { expectVisible, nextPost, useBrowser, withEvidence } from './support.mjs';

/** `DND_MODE=keyboard` drags with dnd-kit's keyboard sensor instead of the mouse. */
const DND_MODE = process.env.DND_MODE === 'keyboard' ? 'keyboard' : 'mouse';

const COMPANY = 'Acme Robotics';
const ROLE = 'ML Engineer';
const user = {
  name: 'Browser Tester',
  email: `browser-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

let page;
/** What the first test established (as the API confirmed it), for the second test. */
const state = { cardId: null, stage: null };

const column = (stage) => page.locator(`[data-stage="${stage}"]`);
const cardsNamed = (scope, company) => scope.locator('[data-testid="card"]').filter({ hasText: company });

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

/**
 * Signed in, the home page is Today: go to the board through the main navigation and wait for it
 * (an empty account shows no columns, only the quick-add form).
 */
async function openBoard() {
  await expectVisible(page.getByRole('heading', { name: 'Today', level: 1 }), 'the Today page (signed in)');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board', exact: true }).click();
  await page.waitForURL(/\/board$/);
  await waitForBoard();
}

/** On the board page. */
async function waitForBoard() {
  await expectVisible(page.getByLabel('Company', { exact: true }), 'the quick-add form (signed in, on the board)');
}

describe('board', () => {
  const session = useBrowser('board-trace.zip');
  before(() => {
    page = session.page;
  });

  test('a card dragged to Applied stays there after a reload', { timeout: 120_000 }, async (t) => {
    await withEvidence(session, t, async () => {
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
      const registered = nextPost(page, /\/api\/auth\/register$/);
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      assert.equal((await registered).status(), 201, 'POST /api/auth/register');
      await openBoard();

      // Quick-add an application; it lands in Wishlist.
      await page.getByLabel('Company', { exact: true }).fill(COMPANY);
      await page.getByLabel('Role', { exact: true }).fill(ROLE);
      const createdResponse = nextPost(page, /\/api\/applications$/);
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
      const moved = nextPost(page, /\/api\/applications\/[^/]+\/move$/);
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
    await withEvidence(session, t, async () => {
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
      await expectVisible(signInButton, 'the sign-in form after signing out');
      assert.equal(await cardsNamed(page, COMPANY).count(), 0, 'no card is shown while signed out');
      const me = await page.request.get('/api/auth/me');
      assert.equal(me.status(), 401, 'GET /api/auth/me after signing out');

      await page.getByLabel('Email', { exact: true }).fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      const loggedIn = nextPost(page, /\/api\/auth\/login$/);
      await signInButton.click();
      assert.equal((await loggedIn).status(), 200, 'POST /api/auth/login');
      // Signing out forgets the page: signed in again, the app opens on Today.
      await openBoard();

      // The stage the API last confirmed: applied, unless the first test failed before the move.
      const card = cardsNamed(column(state.stage), COMPANY);
      await expectVisible(card, `the "${COMPANY}" card in ${state.stage} after signing in again`);
      assert.equal(await card.count(), 1);
      assert.equal(await card.getAttribute('data-id'), state.cardId);
    });
  });
});
