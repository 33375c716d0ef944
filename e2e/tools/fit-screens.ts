/**
 * Screenshots of "bring your own incident" from import to postmortem, to look at as a person would:
 *   npx tsx e2e/tools/fit-screens.ts [baseUrl] [outDir]
 * Needs a running production preview. Imports the real trace (dashboard columns), then writes, at
 * 1280×720 and 390×844: fit-import, fit-overlay (the observed band on the charts), fit-progress,
 * fit-report, fit-compare (the fitted run with LIFO in B), fit-whatif-progress (the postmortem's
 * runs counting), fit-evidence and fit-postmortem (the exported section, shown as text in a blank
 * page). The postmortem's Markdown is saved beside them.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardCsv } from '../../test/fit/realTrace';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-screens');
mkdirSync(out, { recursive: true });
const TRACE = { name: 'realstack-dashboard.csv', mimeType: 'text/csv', buffer: Buffer.from(dashboardCsv()) };

async function until(page: Page, what: () => Promise<boolean>, timeoutMs: number) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(250)) if (await what()) return;
  throw new Error('timed out');
}

async function shoot(width: number, height: number) {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const shot = (name: string, full = false) => page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: full });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}?speed=60`);
  const fitTab = page.getByRole('tab', { name: 'Fit' });
  await fitTab.click();
  await page.getByTestId('fit-import-file').setInputFiles(TRACE);
  await until(page, async () => (await page.getByTestId('fit-status').textContent())?.includes('Imported') ?? false, 20_000);
  await fitTab.scrollIntoViewIfNeeded();
  await shot('fit-import');
  // On a phone the controls sheet covers half the charts: fold it for the chart shots.
  const sheet = page.locator('.sheet-toggle');
  const fold = async (compact: boolean) => {
    if ((await sheet.isVisible()) && (await sheet.getAttribute('aria-expanded')) === String(compact)) await sheet.click();
  };
  await fold(true);
  await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
  await shot('fit-overlay');
  await fold(false);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await until(
    page,
    async () =>
      /search \d+\/24/.test(
        (await page
          .getByTestId('fit-progress')
          .textContent()
          .catch(() => '')) ?? '',
      ),
    300_000,
  );
  await page.getByTestId('fit-progress').scrollIntoViewIfNeeded();
  await shot('fit-progress');
  await until(page, async () => (await page.getByTestId('fit-status').textContent())?.includes('Fitted') ?? false, 400_000);
  await page.getByTestId('fit-report').scrollIntoViewIfNeeded();
  await shot('fit-report');
  await page.getByRole('button', { name: 'Open the fitted run in the lab' }).click();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await until(page, async () => (await page.getByRole('status').filter({ hasText: 'Finished' }).count()) > 0, 60_000);
  await fold(true);
  await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
  await shot('fit-compare');
  await fold(false);
  const downloaded = page.waitForEvent('download', { timeout: 180_000 });
  await page.getByRole('button', { name: 'What would have saved us', exact: true }).click();
  await until(
    page,
    async () =>
      (await page
        .getByRole('status')
        .filter({ hasText: /What would have saved us: [1-9]/ })
        .count()) > 0,
    60_000,
  );
  await page.getByRole('heading', { name: 'Evidence' }).scrollIntoViewIfNeeded();
  await shot('fit-whatif-progress');
  const dl = await downloaded;
  const md = readFileSync(await dl.path(), 'utf8');
  writeFileSync(join(out, `fit-postmortem-${width}.md`), md);
  await page.getByRole('heading', { name: 'Evidence' }).scrollIntoViewIfNeeded();
  await shot('fit-evidence');
  const doc = await browser.newPage({ viewport: { width, height } });
  await doc.setContent(`<pre style="white-space:pre-wrap;font:12px monospace;margin:8px"></pre>`);
  await doc.locator('pre').evaluate((el, text) => (el.textContent = text), md.slice(md.indexOf('## What would have saved us')));
  await doc.screenshot({ path: join(out, `fit-postmortem-${width}.png`) });
  await browser.close();
}

await shoot(1280, 720);
await shoot(390, 844);
console.log(`screenshots in ${out}`);
