/**
 * A stack in the map and in the capacity readout. Retry amplification (web → api → app, each
 * retrying, users retrying too) against a ×10 database slowdown: the more the app tier retries, the
 * shorter the slowdown it takes to get stuck — with no app retries a 3 s slowdown passes, with two
 * it does not (the figures `npm run sweep` gives for the same document). The GC death spiral's app
 * tier bounds both capacities, and the readout says so.
 */
import { encodeMapLink } from '../src/map/mapLink';
import { presetById, presetScenario } from '../src/presets';
import { encodeLink } from '../src/share/linkCodec';
import { expect, test } from './lab';

test('a map over the app tier’s retries: more retries, a shorter slowdown gets the system stuck', async ({ page }) => {
  const r = await encodeLink(presetScenario(presetById('retry-amplification')!));
  if (!r.ok) throw new Error(r.error);
  // Start from a one-row map of slowdown lengths at the preset's own load…
  const start = encodeMapLink({
    mode: 'map',
    x: { path: 'events[0].forS', from: 1, to: 5, steps: 3 },
    y: { path: 'workload.rps', from: 500, to: 500, steps: 1 },
  });
  await page.goto(`./?view=map#s=${r.link}&${start}`);
  await expect(page.getByTestId('sweep-count')).toHaveText('3 / 3', { timeout: 90_000 });

  // …then sweep the app tier's retries upward, picked by the tier's name.
  const up = page.getByRole('group', { name: 'Up (y)' });
  await up.getByLabel('Up (y): what varies').selectOption({ label: 'app: retries' });
  await up.getByLabel('To').fill('50');
  await up.getByLabel('Steps').fill('2');
  await page.getByRole('button', { name: 'Compute' }).click();
  await expect(page.getByRole('alert')).toContainText('app: retries: stack[2].retries: to 50 is out of range (allowed: 0 to 20)');

  await up.getByLabel('To').fill('2');
  await page.getByRole('button', { name: 'Compute' }).click();
  await page.waitForURL(/y=stack%5B2%5D\.retries:0:2:2/);
  await expect(page.getByTestId('sweep-count')).toHaveText('6 / 6', { timeout: 90_000 });
  const outcome = (i: number, j: number) => page.locator(`.map-cell[data-index="${j * 3 + i}"]`);
  // Slowdowns of 1, 3 and 5 s across; no app retries below, two above.
  await expect(outcome(0, 0)).toHaveAttribute('data-outcome', 'recovered');
  await expect(outcome(1, 0)).toHaveAttribute('data-outcome', 'recovered');
  await expect(outcome(2, 0)).toHaveAttribute('data-outcome', 'stuck');
  await expect(outcome(0, 1)).toHaveAttribute('data-outcome', 'recovered');
  await expect(outcome(1, 1)).toHaveAttribute('data-outcome', 'stuck');
  await expect(outcome(2, 1)).toHaveAttribute('data-outcome', 'stuck');
  await expect(outcome(1, 1)).toHaveAttribute('aria-label', /^3 s DB slowdown · app: retries 2\. Stuck/);
});

test('the capacity readout names the tier that bounds the path', async ({ page }) => {
  const r = await encodeLink(presetScenario(presetById('gc-death-spiral')!));
  if (!r.ok) throw new Error(r.error);
  await page.goto(`./?paused#s=${r.link}`);
  // The app tier: 4 instances × 8 slots, 16 ms of work plus 1 ms below (every key cached) warm,
  // 20 ms of database below cold: 32 / 17 ms and 32 / 36 ms.
  const readout = page.getByRole('region', { name: 'Capacity' });
  await expect(page.getByTestId('advertised-capacity')).toHaveText('1,882');
  await expect(page.getByTestId('hidden-capacity')).toHaveText('889');
  await expect(readout).toContainText('bounded by tier app');
  await expect(readout).toContainText('cold: bounded by tier app');
  await expect(readout).toContainText('between: vulnerable');
});

test('a map link that names a tier the scenario lacks says which tiers it has', async ({ page }) => {
  const r = await encodeLink(presetScenario(presetById('retry-amplification')!));
  if (!r.ok) throw new Error(r.error);
  await page.goto(`./?view=map#s=${r.link}&map=map&x=workload.rps:300:600:2&y=stack%5B5%5D.retries:0:2:2`);
  await expect(page.getByRole('alert')).toContainText('"stack[5].retries": the scenario has 3 tiers (stack[0] to stack[2])');
  await expect(page.locator('.map-cell')).toHaveCount(0);
});
