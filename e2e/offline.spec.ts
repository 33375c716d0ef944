/**
 * A room with bad Wi-Fi: once the page has loaded, the service worker has the whole build cached,
 * so with the network gone a reload still brings the lab up, runs it, and opens the lessons (a chunk
 * the first visit never loaded).
 */
import { expect, labUrl, test } from './lab';

test.describe('offline', () => {
  test('after one visit, the lab reloads and runs with no network', async ({ page, context }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 120 } }));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('figure.chart[data-chart="goodput"] path.series-line').first()).toHaveAttribute('d', /L/);
    await page.getByRole('button', { name: 'Lessons' }).click();
    await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
    await context.setOffline(false);
  });
});
