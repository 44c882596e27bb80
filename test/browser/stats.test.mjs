// Browser test of the Stats page: a new account loads the demo data from the page's empty state,
// the charts are drawn, a funnel number shown for a channel is the one GET /api/stats gives for
// it, and "Copy SankeyMATIC" puts the exported text on the clipboard as is. Runs against a live
// server at BASE_URL; start it with `npm run test:browser`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { BASE_URL, expectVisible, nextPost, useBrowser, withEvidence } from './support.mjs';

const user = {
  name: 'Stats Tester',
  email: `stats-${Date.now()}-${randomUUID().slice(0, 8)}@example.test`,
  password: 'correct horse battery staple',
};

/** A SankeyMATIC flow line: `Source [amount] Target`. */
const FLOW_LINE = /^(.+?) \[(\d+(?:\.\d+)?)\] (.+)$/;

let page;

async function register() {
  await page.goto('/register');
  const nameField = page.getByLabel('Name', { exact: true });
  await expectVisible(nameField, 'the register form');
  await nameField.fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  const registered = nextPost(page, /\/api\/auth\/register$/);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  assert.equal((await registered).status(), 201, 'POST /api/auth/register');
}

/** GET a path from inside the page (its session cookie), as JSON or text. */
function fetchInPage(path, as = 'json') {
  return page.evaluate(
    async ({ path, as }) => {
      const response = await fetch(path, { credentials: 'include' });
      return { status: response.status, body: as === 'json' ? await response.json() : await response.text() };
    },
    { path, as },
  );
}

describe('stats', () => {
  const session = useBrowser('stats-trace.zip');
  before(async () => {
    page = session.page;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  });

  test('the Stats page draws its charts on the demo data', { timeout: 120_000 }, async (t) => {
    await withEvidence(session, t, async () => {
      await register();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats', exact: true }).click();
      await page.waitForURL(/\/stats$/);

      // A new account: the page says what to log and offers the demo.
      const empty = page.getByTestId('stats-empty');
      await expectVisible(empty, 'the Stats empty state');
      const seeded = nextPost(page, /\/api\/demo\/seed$/);
      await empty.getByRole('button', { name: 'Load demo data', exact: true }).click();
      const seedResponse = await seeded;
      assert.equal(seedResponse.status(), 201, 'POST /api/demo/seed');
      const { created } = await seedResponse.json();
      assert.ok(created > 0, 'the demo created applications');

      // The funnel: one small chart per channel, with drawn bars.
      const funnelSvgs = page.getByTestId('funnel-svg');
      await expectVisible(funnelSvgs, 'the funnel charts');
      const drawnBars = await page
        .locator('[data-testid="funnel-bar"] rect.chart-fill')
        .evaluateAll((rects) => rects.filter((rect) => rect.getBoundingClientRect().width > 0).length);
      assert.ok(drawnBars > 5, `funnel bars with a visible width (saw ${drawnBars})`);

      // The Sankey: ribbons with a path and a stroke, on screen.
      const links = page.getByTestId('sankey-link');
      await expectVisible(links, 'the Sankey ribbons');
      const ribbons = await links.evaluateAll((paths) =>
        paths.map((path) => ({
          d: path.getAttribute('d') ?? '',
          width: Number(path.getAttribute('stroke-width')),
          box: path.getBoundingClientRect().width,
        })),
      );
      assert.ok(ribbons.length >= 3, `Sankey ribbons drawn (saw ${ribbons.length})`);
      for (const ribbon of ribbons) {
        assert.match(ribbon.d, /^M[\d.-]+,[\d.-]+C/, 'a ribbon has a path');
        assert.ok(ribbon.width > 0 && ribbon.box > 0, 'a ribbon has a width on screen');
      }
      for (const title of ['Rates by channel', 'Time in stage', 'Weekly activity', 'Interview pass rate', 'Networking']) {
        await expectVisible(page.getByRole('region', { name: title, exact: true }), `the "${title}" chart`);
      }

      // What the funnel shows for the referral channel is what the API counted.
      const { status, body: stats } = await fetchInPage('/api/stats');
      assert.equal(status, 200, 'GET /api/stats');
      const apiRow = stats.funnel.rows.find((row) => row.channel === 'referral');
      assert.ok(apiRow && apiRow.applications > 0, 'the demo has referral applications');
      const referral = page.locator('figure.funnel-channel[data-channel="referral"]');
      await expectVisible(referral, 'the referral funnel');
      assert.match((await referral.locator('figcaption').textContent()) ?? '', new RegExp(`· ${apiRow.applications} applications`));
      for (const stage of stats.funnel.stages) {
        const expected = apiRow.counts.find((entry) => entry.stage === stage)?.count ?? 0;
        const bar = referral.locator(`[data-testid="funnel-bar"][data-stage="${stage}"]`);
        const shown = (await bar.locator('text.chart-value').textContent())?.trim();
        assert.equal(shown, String(expected), `referral funnel, ${stage}: shown ${shown}, API ${expected}`);
      }

      // The export is SankeyMATIC's input format, and Copy puts exactly that on the clipboard.
      const exported = await fetchInPage('/api/stats/sankey.txt', 'text');
      assert.equal(exported.status, 200, 'GET /api/stats/sankey.txt');
      // Blank lines, comments (' or //) and node or setting lines (:) aside, every line is a flow.
      const flowLines = exported.body.split('\n').filter((line) => line.trim() && !/^\s*('|\/\/|:)/.test(line));
      assert.ok(flowLines.length > 0, 'the export has flows');
      for (const line of flowLines) assert.match(line, FLOW_LINE, `a SankeyMATIC flow line: ${line}`);
      await page.getByRole('button', { name: 'Copy SankeyMATIC', exact: true }).click();
      await expectVisible(page.getByText('Copied. Paste it at sankeymatic.com/build.'), 'the "copied" toast');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, exported.body, 'the clipboard holds the export as is');

      // A channel filter goes into the URL and the request.
      const filtered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/stats' && response.url().includes('channel=referral'));
      await page.getByLabel('Channel', { exact: true }).selectOption('referral');
      assert.equal((await filtered).status(), 200, 'GET /api/stats?channel=referral');
      await page.waitForURL(/[?&]channel=referral/);
      await expectVisible(page.locator('figure.funnel-channel[data-channel="referral"]'), 'the referral funnel after filtering');
    });
  });
});
