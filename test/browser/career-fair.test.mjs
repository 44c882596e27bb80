// Browser test of event mode: register, create a career fair on the calendar, add two people met
// in one go, then find them on the contacts page and their follow-ups on Today. Runs against a
// live server at BASE_URL; start it with `npm run test:browser`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { expectVisible, nextPost, useBrowser, withEvidence } from './support.mjs';

const FAIR = 'PyData Berlin';
const PEOPLE = [
  { name: 'Ana Diaz', company: 'Zalando', note: 'feature stores' },
  { name: 'Ben Ode', company: 'Delivery Hero', note: '' },
];
const user = {
  name: 'Fair Tester',
  email: `fair-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

let page;

async function register() {
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
  await expectVisible(page.getByRole('heading', { name: 'Today', level: 1 }), 'the Today page (signed in)');
}

const nav = (label) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });

describe('career fair (event mode)', () => {
  const session = useBrowser('career-fair-trace.zip');
  before(() => {
    page = session.page;
  });

  test('two people met at a fair become two contacts with two follow-ups on Today', { timeout: 120_000 }, async (t) => {
    await withEvidence(session, t, async () => {
      await register();

      // Create the fair from the calendar.
      await nav('Calendar').click();
      await page.waitForURL(/\/calendar/);
      await expectVisible(page.getByRole('heading', { name: 'Calendar', level: 1 }), 'the calendar page');
      await page.getByRole('button', { name: 'New event', exact: true }).click();
      const drawer = page.getByRole('dialog');
      await expectVisible(drawer, 'the event drawer');
      await drawer.getByLabel('Type', { exact: true }).selectOption('career_fair');
      assert.equal(await drawer.getByLabel('Round', { exact: true }).count(), 0, 'no round for a career fair');
      await drawer.getByLabel('Title', { exact: true }).fill(FAIR);
      await drawer.getByLabel('Location', { exact: true }).fill('bcc Berlin');
      const createdResponse = nextPost(page, /\/api\/events$/);
      await drawer.getByRole('button', { name: 'Add event', exact: true }).click();
      const created = await createdResponse;
      assert.equal(created.status(), 201, 'POST /api/events');
      const fair = await created.json();
      assert.equal(fair.type, 'career_fair');
      assert.equal(fair.title, FAIR);

      // It shows on today's column of the week; open it and go to "People met".
      const today = page.locator('.week-day[aria-current="date"]');
      const item = today.getByRole('button', { name: new RegExp(FAIR) });
      await expectVisible(item, 'the fair in today’s column');
      await item.click();
      await page.getByRole('dialog').getByRole('link', { name: 'Add people met' }).click();
      await page.waitForURL(new RegExp(`/calendar/events/${fair.id}/people$`));
      await expectVisible(page.getByRole('heading', { name: `People met at ${FAIR}` }), 'the people met page');

      // Two rows, the second added with Enter.
      await page.getByLabel('Name, person 1', { exact: true }).fill(PEOPLE[0].name);
      await page.getByLabel('Company, person 1', { exact: true }).fill(PEOPLE[0].company);
      await page.getByLabel('Note, person 1', { exact: true }).fill(PEOPLE[0].note);
      await page.getByLabel('Note, person 1', { exact: true }).press('Enter');
      const second = page.getByLabel('Name, person 2', { exact: true });
      await expectVisible(second, 'a second row after Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Name, person 2');
      await page.keyboard.type(PEOPLE[1].name);
      await page.getByLabel('Company, person 2', { exact: true }).fill(PEOPLE[1].company);
      const savedResponse = nextPost(page, new RegExp(`/api/events/${fair.id}/people$`));
      await page.getByRole('button', { name: 'Save people', exact: true }).click();
      const saved = await savedResponse;
      assert.equal(saved.status(), 201, 'POST /api/events/:id/people');
      const result = await saved.json();
      assert.deepEqual(
        result.contacts.map((c) => [c.name, c.companyName, c.kind, c.howMet]),
        PEOPLE.map((p) => [p.name, p.company, 'other', FAIR]),
      );
      assert.deepEqual(
        result.followUps.map((f) => f.title),
        PEOPLE.map((p) => `Follow up with ${p.name} (met at ${FAIR})`),
      );
      await expectVisible(page.getByText('2 contacts and 2 follow-ups created.'), 'the success message');

      // Both are contacts.
      await nav('Contacts').click();
      await page.waitForURL(/\/contacts$/);
      const rows = page.getByTestId('contact-row');
      await expectVisible(rows, 'the contacts table');
      assert.deepEqual((await rows.getByRole('rowheader').allTextContents()).map((s) => s.trim()).sort(), PEOPLE.map((p) => p.name).sort());

      // Both follow-ups are on Today (due two days after the fair: the "Next 7 days" list).
      await nav('Today').click();
      await expectVisible(page.getByRole('heading', { name: 'Today', level: 1 }), 'the Today page');
      for (const person of PEOPLE) {
        await expectVisible(page.getByText(`Follow up with ${person.name} (met at ${FAIR})`), `the follow-up for ${person.name} on Today`);
      }
      assert.deepEqual(session.problems, [], 'no browser errors or failed requests');
    });
  });
});
