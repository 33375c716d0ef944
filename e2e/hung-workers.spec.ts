/**
 * A worker that hangs (an endless loop, not a death) is alive and holds its lifeline, but never
 * answers again. The page bounds how long it waits (from the run's cost estimate) and then tells the
 * user and replaces the worker, or ends run B so run A runs on. The hang is injected from the test
 * side: the worker is made to spin forever, as a bug in the core would.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, labUrl, runState, runUntil, simSeconds, test } from './lab';

/** The page's worker whose script URL contains `part` (built names carry a hash after it). */
async function workerNamed(page: Page, part: string): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes(part))).toBe(true);
  return page.workers().find((w) => w.url().includes(part))!;
}

/** Sends a worker into an endless loop; it never answers anything again. */
function hang(worker: Worker): void {
  void worker
    .evaluate(() => {
      for (;;) {
        // Spin: the worker's event loop never turns again.
      }
    })
    .catch(() => {
      // The page ends the worker mid-evaluation.
    });
}

test('the lab: a simulation worker stuck in a loop is noticed, reported and replaced; Play runs the scenario again', async ({ page }) => {
  await page.goto(labUrl({ speed: 10, scenario: { durationS: 600 } }));
  await runUntil(page, 5);
  hang(await workerNamed(page, 'simWorker'));
  await expect(page.getByRole('alert')).toContainText('The simulation worker stopped answering', { timeout: 45_000 });
  await expect(page.getByRole('alert')).toContainText('stuck in its work, so a new worker took over');
  await expect(runState(page)).toHaveText('Paused');
  expect(await simSeconds(page)).toBe(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await runUntil(page, 3);
});

test('compare: a run-B worker stuck in a loop ends the comparison with a message, and A runs on unheld', async ({ page }) => {
  await page.goto(labUrl({ speed: 60, scenario: { durationS: 3600 } }));
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-run-summary="b"]')).toContainText('served');
  hang(await workerNamed(page, 'compareWorker'));
  await expect(page.getByRole('alert')).toContainText('run B stopped answering', { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toHaveAttribute('aria-pressed', 'false');
  const t = await simSeconds(page);
  // A is no longer held 10 s ahead of a B that will never move again.
  await runUntil(page, t + 30);
  await expect(runState(page)).toHaveText(/^Running/);
});
