/**
 * The postmortem draft runs every mitigation on the run on screen before it downloads: the Evidence
 * status counts the runs, and Cancel stops them and saves nothing; the next export works as before.
 */
import { expect, labUrl, test } from './lab';

// The HotOS example for an hour: each what-if run takes long enough to be seen and cancelled.
const LONG_STORM = { title: 'Long storm', durationS: 3600, events: [{ atS: 60, type: 'flush' }] };

test('the postmortem draft shows its what-if runs counting, and Cancel stops them with nothing saved', async ({ page }) => {
  await page.goto(labUrl({ speed: 60, scenario: LONG_STORM }));
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Postmortem draft', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^What would have saved us: 0 of \d+ runs \(\d+ workers?\)…$/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'What would have saved us: runs done' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Postmortem draft', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel the postmortem draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Postmortem draft cancelled: nothing saved.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'What would have saved us: runs done' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Postmortem draft', exact: true })).toBeEnabled();
  // Another export still works, and the cancelled one never arrives.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Metrics CSV', exact: true }).click()]);
  expect(dl.suggestedFilename()).toMatch(/^metastable-lab_long-storm_metrics_/);
  expect(downloads).toBe(1);
});
