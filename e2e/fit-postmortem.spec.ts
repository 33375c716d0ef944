/**
 * "What would have saved us" runs every mitigation on the run on screen before the postmortem
 * downloads: the Evidence status counts the runs, and Cancel stops them and saves nothing; the plain
 * postmortem draft and the other exports work as before, and a run without a trigger is told so.
 */
import { expect, labUrl, test } from './lab';

// The HotOS example for an hour: each what-if run takes long enough to be seen and cancelled.
const LONG_STORM = { title: 'Long storm', durationS: 3600, events: [{ atS: 60, type: 'flush' }] };
const progressBar = (page: import('@playwright/test').Page) => page.getByRole('progressbar', { name: 'What would have saved us: runs done' });

test('what would have saved us shows its runs counting, and Cancel stops them with nothing saved', async ({ page }) => {
  await page.goto(labUrl({ speed: 60, scenario: LONG_STORM }));
  const whatIf = page.getByRole('button', { name: 'What would have saved us', exact: true });
  let downloads = 0;
  page.on('download', () => downloads++);
  await whatIf.click();
  await expect(page.getByRole('status').filter({ hasText: /^What would have saved us: 0 of \d+ runs \(\d+ workers?\)…$/ })).toBeVisible();
  await expect(progressBar(page)).toBeVisible();
  await expect(whatIf).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel what would have saved us' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'What would have saved us: cancelled, nothing saved.' })).toBeVisible();
  await expect(progressBar(page)).toHaveCount(0);
  await expect(whatIf).toBeEnabled();
  // The plain draft still downloads at once, and the cancelled one never arrives.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Postmortem draft', exact: true }).click()]);
  expect(dl.suggestedFilename()).toMatch(/^metastable-lab_long-storm_postmortem_t\d+m\d\ds\.md$/);
  expect(downloads).toBe(1);
});

test('what would have saved us says so when the run has no trigger, and saves nothing', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { title: 'Calm', durationS: 30, events: [] } }));
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible();
  await page.getByRole('button', { name: 'What would have saved us', exact: true }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: /^Could not export: the scenario has no trigger \(flush, spike, slowdown, outage, deploy or tier fault\): there is no incident to save it from$/,
    }),
  ).toBeVisible();
  await expect(progressBar(page)).toHaveCount(0);
});
