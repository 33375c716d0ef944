/**
 * Scenario files: Export downloads the document `npm run simulate` reads; importing it gives the same
 * scenario (and the same run); an unusable file is explained and the running scenario is kept.
 */
import { readFile } from 'node:fs/promises';
import { scenarioFromJsonText } from '../src/share';
import { expect, labUrl, test } from './lab';

const SCENARIO = {
  title: 'Export me',
  seed: 12,
  durationS: 45,
  db: { workers: 9 },
  events: [
    { atS: 10, type: 'flush' },
    { atS: 20, type: 'outage', forS: 3 },
  ],
};

test('export then import gives the same scenario and the same run', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: SCENARIO }));
  const finished = page.getByRole('status').filter({ hasText: 'Finished' });
  await expect(finished).toBeVisible();
  const fingerprint = await page.getByTestId('fingerprint').textContent();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toBe('export-me.json');
  const text = await readFile((await download.path())!, 'utf8');
  // The full document, every default spelled out, readable by the runner's parser without a problem.
  const parsed = scenarioFromJsonText(text);
  expect(parsed.errors).toEqual([]);
  expect(parsed.scenario).toMatchObject({ title: 'Export me', seed: 12, durationS: 45, db: { workers: 9 } });
  expect(JSON.parse(text).client.timeoutMs).toBe(1000);

  // A fresh lab on the defaults imports the file: same scenario, same fingerprint.
  const other = await page.context().newPage();
  await other.goto(labUrl({ speed: 'max' }));
  await other.getByTestId('import-file').setInputFiles({ name: 'export-me.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('.subtitle')).toHaveText('Export me');
  await expect(other.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible();
  await expect(other.getByTestId('fingerprint')).toHaveText(fingerprint ?? '');
  await expect(other.getByRole('alert')).toHaveCount(0);
  await other.close();
});

test('an unusable file is explained and the current scenario keeps running', async ({ page }) => {
  await page.goto(labUrl({ speed: 10, scenario: SCENARIO }));
  // The address gets its link a moment after the page opens (encoding is asynchronous): wait for it.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=v1\./);
  const hash = await page.evaluate(() => location.hash);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"seed": 3,\n  "durationS": }') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json could not be used');
  await expect(alert).toContainText('line 2');
  await expect(page.locator('.subtitle')).toHaveText('Export me');
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a file with some bad fields runs its valid part and names the rest', async ({ page }) => {
  await page.goto(labUrl({ speed: 10 }));
  const doc = { title: 'Partly right', durationS: 90, db: { workers: 0 }, cache: { size: 5 } };
  await page.getByTestId('import-file').setInputFiles({ name: 'partly.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('imported with problems');
  await expect(alert).toContainText('db.workers');
  await expect(alert).toContainText('cache.size');
  await expect(page.locator('.subtitle')).toHaveText('Partly right');
  await expect(page.getByLabel('Simulated time')).toContainText('/ 1:30');
});
