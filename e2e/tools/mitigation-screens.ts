/**
 * Screenshots of the mitigation toolbox and the compare view, to look at as a person would:
 *   npx tsx e2e/tools/mitigation-screens.ts [baseUrl] [outDir]
 * Needs a running production preview. Writes mit-panel.png (the Mitigations tab in a storm),
 * mit-recovering.png (LIFO switched on in the storm, 40 s later) and compare.png (B with LIFO from
 * 0:40 against A stuck), in both themes.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { waitForSimSeconds as runUntil } from '../clock';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-screens');
mkdirSync(out, { recursive: true });
const STORM = encodeURIComponent(JSON.stringify({ durationS: 600, events: [{ atS: 20, type: 'flush' }] }));

async function shoot(theme: 'light' | 'dark') {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: theme });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}?speed=10&scenario=${STORM}`);
  await page.getByRole('tab', { name: 'Mitigations' }).click();
  await runUntil(page, 40);
  await page.screenshot({ path: join(out, `mit-panel-${theme}.png`) });
  await page.getByRole('switch', { name: 'LIFO queue' }).click();
  await page.getByRole('switch', { name: 'Circuit breaker' }).click();
  await runUntil(page, 80);
  await page.screenshot({ path: join(out, `mit-recovering-${theme}.png`) });

  await page.goto(`${base}?speed=10&scenario=${STORM}`);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'Request coalescing' }).uncheck();
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('radio', { name: 'from', exact: true }).check();
  await page.getByLabel("Switch B's mitigations on at, simulated seconds").fill('40');
  await page.getByRole('button', { name: 'Compare' }).click();
  await runUntil(page, 100);
  await page.screenshot({ path: join(out, `compare-${theme}.png`) });
  await browser.close();
}

await shoot('light');
await shoot('dark');
console.log(`screenshots in ${out}`);
