/**
 * Bring your own incident in a real browser: import the real flush trace (dashboard columns only),
 * check how its columns were read, fit it on Web Workers with progress, open the fitted run, see a
 * mitigation prevent the incident in the compare view, and export the postmortem whose "What would
 * have saved us" section says the same, with the figures of a direct run of the fitted scenario.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dashboardCsv } from '../test/fit/realTrace';
import { simulateFrames } from '../src/fit/simulateFrames';
import { mitigationById } from '../src/mitigations/catalog';
import { readOutcome } from '../src/mitigations/whatIfOutcome';
import { scenarioFromJsonText } from '../src/share/scenarioFile';
import { applyPatch } from '../src/sim/parseScenario';
import { expect, labUrl, test } from './lab';

async function download(page: Page, label: string, timeout = 30_000): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), page.getByRole('button', { name: label, exact: true }).click()]);
  return readFile(await dl.path(), 'utf8');
}

const TRACE = { name: 'realstack-dashboard.csv', mimeType: 'text/csv', buffer: Buffer.from(dashboardCsv()) };

test('import the real trace, fit it with progress, open the fitted run and prevent the incident with LIFO', async ({ page }) => {
  test.setTimeout(420_000);
  await page.goto(labUrl({ speed: 60 }));
  await page.getByRole('tab', { name: 'Fit' }).click();
  await page.getByTestId('fit-import-file').setInputFiles(TRACE);
  await expect(page.getByTestId('fit-status')).toHaveText('Imported realstack-dashboard.csv: csv, 300 frames of 1 s.');
  await expect(page.getByRole('combobox', { name: 'hit_rate is' })).toHaveValue('hit_rate');
  await expect(page.getByRole('combobox', { name: 'p99_ms unit' })).toHaveValue('ms');

  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  // Progress is shown from the start (the popularity scan), then counts the search's points; how
  // long the scan takes depends on the machine, so the test waits for the page to say so.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByTestId('fit-progress')).toContainText(/search \d+\/24/, { timeout: 300_000 });
  await expect(page.getByTestId('fit-status')).toContainText('Fitted: loss', { timeout: 400_000 });
  await expect(page.getByTestId('fit-report')).toContainText('trigger: flush of the whole cache at');
  await expect(page.getByTestId('fit-report')).toContainText('hit_rate     rms');

  await page.getByRole('button', { name: 'Open the fitted run in the lab' }).click();
  await expect(page.locator('.subtitle')).toHaveText('Fitted from observed metrics');
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'Request coalescing' }).uncheck();
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-run-summary="a"]')).toContainText('Metastable failure', { timeout: 60_000 });
  await expect(page.locator('[data-run-summary="b"]')).not.toContainText('Metastable failure');
  await expect(page.locator('[data-run-summary="b"]')).toContainText('served');

  // The postmortem of the fitted run: every mitigation run on it on the fit's workers.
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-run-summary="b"]')).not.toContainText('Metastable failure');
  const fitted = scenarioFromJsonText(await download(page, 'Scenario JSON')).scenario;
  const md = await download(page, 'What would have saved us', 180_000);
  await expect(page.getByRole('status').filter({ hasText: /^Saved metastable-lab_fitted-from-observed-metrics_postmortem-what-if_t5m00s\.md$/ })).toBeVisible();
  expect(md).toMatch(/^# Postmortem draft: Fitted from observed metrics/);
  const section = md.slice(md.indexOf('## What would have saved us'));
  expect(section).toMatch(/^## What would have saved us\n/);
  expect(section).toMatch(/Without any: goodput \d+% of demand after the flush; still failing when the run ended/);
  expect(section).toMatch(/Prevented it \(on from the start\): .*LIFO queue \(goodput \d+%\)/);
  // The same figures as a direct run of the fitted scenario with LIFO, here in Node.
  const flushAtS = fitted.events[0].atS;
  const base = readOutcome(simulateFrames(fitted), flushAtS);
  const lifo = readOutcome(simulateFrames(applyPatch(fitted, mitigationById('lifo')!.on)), flushAtS);
  const pct = (x: number) => Math.round(x * 100);
  expect(base.recoveredAfterS).toBeNull();
  expect(lifo.recoveredAfterS).not.toBeNull();
  expect(section).toContain(
    `| LIFO queue | yes | ${pct(lifo.goodputKept)}% (+${pct(lifo.goodputKept) - pct(base.goodputKept)} points) | ${Math.round(lifo.recoveredAfterS!)} s |`,
  );
});

test('an unusable metrics file is explained by line and column, the earlier import stays, and a fit can be cancelled', async ({ page }) => {
  await page.goto(labUrl({ speed: 10 }));
  await page.getByRole('tab', { name: 'Fit' }).click();
  await page.getByTestId('fit-import-file').setInputFiles(TRACE);
  await expect(page.getByTestId('fit-status')).toContainText('300 frames');
  await page.getByTestId('fit-import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('t_s,offered_rps\n1,300\n2,lots\n') });
  await expect(page.getByRole('alert')).toHaveText('bad.csv: line 3, column "offered_rps": "lots" is not a number');
  await expect(page.getByTestId('fit-status')).toContainText('Imported realstack-dashboard.csv');
  await expect(page.getByRole('button', { name: 'Fit', exact: true })).toBeEnabled();

  // A fixed value out of range is named with its allowed range, and no fit starts.
  const fix = page.getByLabel(/^Fix/);
  await fix.fill('db.workers=0');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('db.workers: 0 is out of range (allowed: 1 to 10000)');
  await expect(page.getByTestId('fit-progress')).toHaveCount(0);
  await fix.fill('');

  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('fit-progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('fit-status')).toHaveText('Fit cancelled.');
  await expect(page.getByTestId('fit-progress')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Fit', exact: true })).toBeEnabled();
  await expect(page.getByTestId('fit-report')).toHaveCount(0);
});
