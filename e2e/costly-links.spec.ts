/**
 * A valid link can still be ruinous: a million requests a second with an hour's timeout grows
 * without bound. The lab estimates a scenario's cost before running it and asks first; declined,
 * nothing of it is built. Measured: the tab's JS heap stays where a default lab's is.
 */
import type { Page } from '@playwright/test';
import { chart, expect, labUrl, runUntil, test } from './lab';

/** The link: a million req/s on one slow worker, a 10-million queue, an hour's timeout. */
const FLOOD =
  '#s=v1.eJw9yzsOwkAMBNC7TO1i-ShCPgNUnCBkXVgkWfB6oYj27sgpmHJm3obcbHQt6x18Gc4pEb7FnnMZM3iDvSr4kPZ0Qn5EGQexGAhV7KOT3Cp4iBPh3aTJVRf1vww6zSqrB3ddpDQPctpNIpi4qVTwMfX-A4WCLeg';

/** JS heap in use by the page and its workers, MB (Chromium's performance metrics). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

test('a costly link asks first, says what it would cost, and declined runs the default scenario', async ({ page }) => {
  await page.goto(`./?speed=max${FLOOD}`);
  const dialog = page.getByRole('dialog', { name: 'This link asks for a costly run' });
  await expect(dialog).toBeVisible();
  // Memory stops at the simulation's caps; the time does not: days of computing at Max on a phone.
  await expect(dialog).toContainText(/may use up to [\d.,]+ MB of memory \(1\.0 million requests in flight/);
  await expect(dialog).toContainText(/about \d+ days of computing/);
  await expect(dialog.getByRole('button', { name: 'Open the default scenario instead' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Open the default scenario instead' }).click();
  await expect(page.getByRole('alert')).toContainText('was not run');
  await runUntil(page, 30);
  expect(await heapMb(page)).toBeLessThan(100);
});

test('agreeing runs it; ?yes runs it without asking; a cheap link never asks', async ({ page }) => {
  await page.goto(`./?speed=10&paused${FLOOD}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Run it anyway' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Load', exact: true })).toHaveAttribute('aria-valuetext', /1,000,000/);

  await page.goto(`./?speed=10&paused&yes${FLOOD}`);
  await expect(page.getByRole('slider', { name: 'Load', exact: true })).toHaveAttribute('aria-valuetext', /1,000,000/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto(labUrl({ speed: 10, scenario: { durationS: 60 } }));
  await runUntil(page, 2);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test("agreed to, the flood runs within the simulation's caps: past a million requests in flight the rest are dropped, and the failures chart says so", async ({
  page,
}) => {
  await page.goto(`./?speed=max&yes${FLOOD}`);
  const dropped = chart(page, 'Retries, timeouts, shed').locator('.legend-item', { hasText: 'dropped (memory cap)' });
  await expect(dropped).toBeVisible();
  // A million requests arrive each second and about a tenth stay: the cap is full within ~10 s.
  await runUntil(page, 15);
  await expect.poll(async () => Number(((await dropped.locator('output').textContent()) ?? '').replace(/[^0-9.]/g, ''))).toBeGreaterThan(500_000);
});

test('a cheap run has no dropped line', async ({ page }) => {
  await page.goto(labUrl({ speed: 10, scenario: { durationS: 60 } }));
  await runUntil(page, 1);
  await expect(chart(page, 'Retries, timeouts, shed').locator('.legend-item')).toHaveCount(4);
  await expect(chart(page, 'Retries, timeouts, shed')).not.toContainText('dropped');
});

test('a costly link pasted into a running lab asks too; declined, the current run goes on', async ({ page }) => {
  await page.goto(labUrl({ speed: 10, scenario: { durationS: 300, title: 'Current' } }));
  await runUntil(page, 2);
  await page.evaluate((h) => (location.hash = h), FLOOD);
  await page.getByRole('dialog').getByRole('button', { name: 'Keep the current run' }).click();
  await expect(page.locator('.subtitle')).toHaveText('Current');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(FLOOD);
});

test('a map of ten-million-key cells asks before computing; declined, nothing is computed', async ({ page }) => {
  const { encodeLink } = await import('../src/share/linkCodec');
  const { defaultScenario } = await import('../src/sim/parseScenario');
  const base = defaultScenario();
  const link = await encodeLink({ ...base, durationS: 120, workload: { ...base.workload, keys: 10_000_000 } });
  if (!link.ok) throw new Error(link.error);
  await page.goto(`./?view=map&workers=32#s=${link.link}&map=hysteresis&x=workload.rps:500:3500:2`);
  const dialog = page.getByRole('dialog', { name: 'This map asks for a costly run' });
  await expect(dialog).toContainText('10.0 million keys');
  await dialog.getByRole('button', { name: 'Do not compute it' }).click();
  await expect(page.locator('.sweep-status')).toContainText('Cancelled');
  await expect(page.locator('.sweep-errors[role=alert]')).toContainText('The map was not computed');
  expect(page.workers().filter((w) => w.url().includes('map.worker'))).toHaveLength(0);
});
