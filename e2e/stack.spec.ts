/**
 * The stack of tiers in the lab, by keyboard: compose three service tiers, let two of them retry,
 * crash the bottom tier's only instance and watch the retry storm on the diagram (attempts per user
 * request multiply down the path), fix it with a retry budget, and reopen the link: the same run.
 * The run is moved by Step while paused, so every live change lands at a known simulated time.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, eventsList, labUrl, simSeconds, test } from './lab';

const stepTo = async (page: Page, seconds: number) => {
  for (let t = await simSeconds(page); t < seconds; t++) {
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => simSeconds(page)).toBe(t + 1);
  }
};

/** Presses `key` `times` times on the control labelled `label` in the tier editor, and waits for the worker's answer. */
async function turn(page: Page, label: string, key: string, times: number, shows: string) {
  const editor = page.locator('.tier-editor');
  const knob = editor.getByLabel(label, { exact: true });
  await knob.focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  const row = editor.locator('.tier-knob').filter({ has: page.getByLabel(label, { exact: true }) });
  await expect(row.locator('.param-value')).toHaveText(shows);
  // The value shown is the worker's once the draft is gone.
  await expect(row).not.toHaveAttribute('data-pending', 'true');
}

/** Focuses a tier in the diagram and presses Enter: its editor opens with focus on its heading. */
async function selectTier(page: Page, name: string) {
  const tier = page.locator(`.stack-tier[data-tier="${name}"]`);
  await tier.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(`^Tier ${name}`) })).toBeFocused();
}

/** The amplification on the arrow into each tier, top first (attempts per user request). */
async function amplifications(page: Page): Promise<number[]> {
  const texts = await page.locator('.stack-hop:has(.stack-tier) [data-amplification]').allTextContents();
  return texts.map((t) => Number(t.replace('×', '')));
}

const serious = (violations: { impact?: string | null }[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

test('a three-tier stack built by keyboard: a crash sets off a retry storm on the diagram, a retry budget ends it, and the link replays the run', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(labUrl({ speed: 10, paused: true, scenario: { durationS: 40, workload: { rps: 200 }, events: [] } }));
  // No tiers: no diagram, just the way to compose one.
  await expect(page.locator('.stack-diagram')).toHaveCount(0);
  const compose = page.getByRole('button', { name: /Compose the request path/ });
  await compose.focus();
  await page.keyboard.press('Enter');
  for (const name of ['web', 'api', 'app']) {
    const add = page.getByRole('button', { name: '+ Service tier' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`.stack-tier[data-tier="${name}"]`)).toBeVisible();
  }
  await expect(page.locator('.stack-tier')).toHaveText([/^web/, /^api/, /^app/]);

  // web and api retry twice and have room for the storm; app runs on one instance.
  for (const name of ['web', 'api']) {
    await selectTier(page, name);
    await turn(page, 'Retries below', 'ArrowRight', 2, '2');
    await turn(page, 'Slots per instance', 'End', 1, '1,000');
  }
  await selectTier(page, 'app');
  await turn(page, 'Instances', 'Home', 1, '1');
  await expect(page.locator('.stack-tier[data-tier="app"] .stack-shape')).toHaveText('1×16');

  await stepTo(page, 8);
  // Healthy: each tier sees each user request once.
  for (const a of await amplifications(page)) expect(a).toBeCloseTo(1, 1);

  // Crash app's only instance for 20 s: every call to it fails at once, and every layer retries.
  const fault = page.locator('.tier-fault');
  await fault.getByLabel('Fault', { exact: true }).selectOption('crash');
  await fault.getByLabel('Instance').selectOption('0');
  await fault.getByLabel('For (s)').fill('20');
  await fault.getByRole('button', { name: 'Apply to app' }).press('Enter');
  await expect(eventsList(page).filter({ hasText: 'app#0: crash for 20 s' })).toHaveCount(1);
  await stepTo(page, 14);
  const storm = await amplifications(page);
  // Users try 1 + 3 times, web 1 + 2 times per call, api 1 + 2: up to 4 × 3 × 3 = 36 at app.
  expect(storm[0]).toBeGreaterThan(3);
  expect(storm[1]).toBeGreaterThan(9);
  expect(storm[2]).toBeGreaterThan(25);
  expect(storm[2]).toBeLessThanOrEqual(45);
  await expect(page.locator('.stack-tier[data-tier="app"] [data-cell="errors"]')).toHaveAttribute('data-failing', '');
  // The charts follow the selected tier: app's errors on the failures chart.
  await expect(page.locator('figure.chart[data-chart="failures"] .chart-value-tier')).toHaveText(/\d[\d,]* ?\/s/);

  // The fix: a retry budget of 0.1 retries per call at web and at api.
  for (const name of ['web', 'api']) {
    await selectTier(page, name);
    await turn(page, 'Retry budget', 'ArrowRight', 2, '0.1 per call');
  }
  await stepTo(page, 22);
  const fixed = await amplifications(page);
  expect(fixed[2]).toBeLessThan(7);
  expect(fixed[2]).toBeLessThan(storm[2] / 4);

  const axe = await new AxeBuilder({ page }).include('.stack-diagram').include('.tier-editor').analyze();
  expect(serious(axe.violations), JSON.stringify(serious(axe.violations), null, 2)).toEqual([]);

  // To the end, then the link: someone else opens it and gets the same run, bit for bit.
  await page.getByRole('radio', { name: 'Max' }).check();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.run-clock .run-state')).toHaveText('Finished', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Copy link' }).click();
  // The copy finishes once the page says so (the room address module loads on the first Copy link).
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=v1\./);
  const fingerprint = await page.getByTestId('fingerprint').textContent();
  const other = await browser.newPage();
  await other.goto(`./?speed=max${new URL(link).hash}`);
  await expect(other.locator('.run-clock .run-state')).toHaveText('Finished', { timeout: 30_000 });
  await expect(other.getByTestId('frame-count')).toHaveText('40');
  await expect(other.getByTestId('fingerprint')).toHaveText(fingerprint ?? '');
  await expect(other.locator('.stack-tier')).toHaveText([/^web/, /^api/, /^app/]);
  await other.close();
});

test('a bad live tier command is refused with the tier, the field and the allowed range', async ({ page }) => {
  await page.goto(labUrl({ paused: true, scenario: { durationS: 30, stack: [{ kind: 'service', name: 'web', instances: 2 }] } }));
  await selectTier(page, 'web');
  const fault = page.locator('.tier-fault');
  await fault.getByLabel('Fault', { exact: true }).selectOption('slow');
  await fault.getByLabel('Work ×').fill('5000');
  await fault.getByRole('button', { name: 'Apply to web' }).click();
  await expect(page.getByRole('alert')).toContainText('web.factor: 5000');
  await expect(page.getByRole('alert')).toContainText('1 to 1000');
});

test('moving or removing a tier restarts the run with the new path; removing the last leaves the empty path to add to', async ({ page }) => {
  const stack = [
    { kind: 'service', name: 'web' },
    { kind: 'service', name: 'app' },
  ];
  await page.goto(labUrl({ paused: true, scenario: { durationS: 30, stack, events: [] } }));
  await stepTo(page, 3);
  await selectTier(page, 'app');
  await page.getByRole('button', { name: '↑ Up' }).press('Enter');
  await expect(page.locator('.stack-tier')).toHaveText([/^app/, /^web/]);
  await expect.poll(() => simSeconds(page)).toBe(0);
  // The selection stays with the moved tier.
  await expect(page.getByRole('heading', { name: /^Tier app/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove' }).press('Enter');
  await expect(page.locator('.stack-tier')).toHaveText([/^web/]);
  await selectTier(page, 'web');
  await page.getByRole('button', { name: 'Remove' }).press('Enter');
  await expect(page.locator('.stack-tier')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '+ Service tier' })).toBeFocused();
  await expect(page.getByText('Add tiers between the users and the cache.')).toBeVisible();
});
