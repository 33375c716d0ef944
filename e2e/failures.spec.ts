import { expect, labUrl, test } from './lab';

test('a simulation worker that fails shows an alert, not a blank page', async ({ page, consoleErrors }) => {
  // Serve a worker that dies on start, as a broken deployment or an engine bug would.
  await page.route(/simWorker-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('simulated worker crash');" }));
  await page.goto(labUrl());
  await expect(page.getByRole('alert')).toContainText('The simulation worker failed');
  await expect(page.getByRole('alert')).toContainText('simulated worker crash');
  // The rest of the lab is still there to explain itself.
  await expect(page.getByRole('heading', { name: 'Metastable Lab' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Flush cache' })).toBeVisible();
  // The crash itself reaches the console; that is expected here and only here.
  expect(consoleErrors.some((e) => e.includes('simulated worker crash'))).toBe(true);
  consoleErrors.length = 0;
});

test('the alert can be dismissed', async ({ page, consoleErrors }) => {
  await page.route(/simWorker-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('gone');" }));
  await page.goto(labUrl());
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  consoleErrors.length = 0;
});
