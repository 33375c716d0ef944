/**
 * A worker that dies (not throws) answers nothing ever again. Each pool notices the death and either
 * replaces the worker or ends the run with a message; nothing is left saying "Running" or "Computing".
 * The crash is injected from the test side: the worker closes its own global scope.
 */
import type { Page, Worker } from '@playwright/test';
import { encodeMapLink, type MapSpec } from '../src/map/mapLink';
import { encodeLink } from '../src/share/linkCodec';
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { expect, labUrl, runState, runUntil, simSeconds, test } from './lab';

/** The page's worker whose script URL contains `part` (built names carry a hash after it). */
async function workerNamed(page: Page, part: string): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes(part))).toBe(true);
  return page.workers().find((w) => w.url().includes(part))!;
}

/** Makes a worker end itself, as a crash or the browser's memory killer would. */
async function kill(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => (self as unknown as { close(): void }).close())
    .catch(() => {
      // The worker may vanish before it can answer the evaluation.
    });
}

test('the lab: a dead simulation worker is reported and replaced; Play runs the scenario again', async ({ page }) => {
  await page.goto(labUrl({ speed: 10, scenario: { durationS: 600 } }));
  await runUntil(page, 5);
  await kill(await workerNamed(page, 'simWorker'));
  await expect(page.getByRole('alert')).toContainText('simulation worker stopped unexpectedly');
  await expect(runState(page)).toHaveText('Paused');
  expect(await simSeconds(page)).toBe(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await runUntil(page, 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runState(page)).toHaveText('Paused');
});

test('compare: a dead run-B worker ends the comparison with a message, and A runs on unheld', async ({ page }) => {
  await page.goto(labUrl({ speed: 60, scenario: { durationS: 3600 } }));
  await page.getByRole('tab', { name: 'Compare' }).click();
  // Nothing is ticked for B by default; Compare waits for a choice.
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-run-summary="b"]')).toContainText('served');
  await kill(await workerNamed(page, 'compareWorker'));
  await expect(page.getByRole('alert')).toContainText('compare run failed: its worker stopped unexpectedly');
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toHaveAttribute('aria-pressed', 'false');
  const t = await simSeconds(page);
  // A is no longer held 10 s ahead of a B that will never move again.
  await runUntil(page, t + 30);
});

test('the map: a dead map worker is replaced, the cell it held is computed again on the fresh worker, and the map finishes whole', async ({ page }) => {
  const scenario: Scenario = { ...defaultScenario(), durationS: 120, events: [{ atS: 30, type: 'flush', hottest: 713 }] };
  const spec: MapSpec = {
    mode: 'map',
    x: { path: 'workload.rps', from: 1000, to: 4000, steps: 4 },
    y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 3 },
  };
  const encoded = await encodeLink(scenario);
  if (!encoded.ok) throw new Error(encoded.error);
  await page.goto(`./?view=map&workers=2#s=${encoded.link}&${encodeMapLink(spec)}`);
  await expect.poll(async () => Number(((await page.getByTestId('sweep-count').textContent()) ?? '0').split('/')[0])).toBeGreaterThan(0);
  await kill(await workerNamed(page, 'map.worker'));
  await expect(page.getByTestId('sweep-count')).toHaveText('12 / 12', { timeout: 90_000 });
  await expect(page.locator('.sweep-status')).toContainText('Finished');
  // The killed worker's cell ran again on its replacement: nothing is lost, nothing is reported.
  await expect(page.locator('.map-cell[data-outcome="pending"]')).toHaveCount(0);
  await expect(page.locator('.sweep-errors')).toHaveCount(0);
});
