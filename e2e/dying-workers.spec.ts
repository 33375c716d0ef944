/**
 * A worker that dies (not throws) answers nothing ever again. Each pool notices the death and either
 * replaces the worker or ends the run with a message; nothing is left saying "Running" or "Computing".
 * The crash is injected from the test side: the worker closes its own global scope.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, labUrl, runState, runUntil, simSeconds, test } from './lab';

/** The page's worker whose script URL contains `part` (built names carry a hash after it). */
async function workerNamed(page: Page, part: string): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes(part))).toBe(true);
  return page.workers().find((w) => w.url().includes(part))!;
}

/** Makes a worker end itself, as a crash or the browser's memory killer would. */
async function kill(worker: Worker): Promise<void> {
  await worker.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => {
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
