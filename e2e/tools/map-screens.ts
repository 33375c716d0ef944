/**
 * Screenshots of the map page at 1280×720, for looking at it as a person would:
 *   npx tsx e2e/tools/map-screens.ts [baseUrl] [outDir]
 * Needs a running production preview. Writes map-partial.png (cells still streaming in),
 * map-done.png, map-hover.png (a cell's explanation), hysteresis.png and lab-map-button.png.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-map-screens');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));

// From the lab: the Map button opens the map of the running scenario (load × hottest keys, 300 s runs).
await page.goto(`${base}?paused`);
await page.getByRole('button', { name: 'Map', exact: true }).waitFor();
await page.screenshot({ path: join(out, 'lab-map-button.png') });
await page.getByRole('button', { name: 'Map', exact: true }).click();
await page.waitForURL(/view=map/);
await page.waitForFunction(() => document.querySelectorAll('.map-cell:not([data-outcome="pending"])').length >= 30, null, { timeout: 120_000 });
await page.screenshot({ path: join(out, 'map-partial.png') });
await page.waitForFunction(() => document.querySelector('.sweep-progress')?.getAttribute('data-status') === 'done', null, { timeout: 300_000 });
await page.screenshot({ path: join(out, 'map-done.png') });
const status = await page.locator('.sweep-status').textContent();
console.log('map:', status);
await page.locator('.map-cell[data-index="64"]').hover();
await page.screenshot({ path: join(out, 'map-hover.png') });

await page.getByRole('button', { name: 'Hysteresis' }).click();
await page.waitForFunction(() => document.querySelector('.sweep-progress')?.getAttribute('data-status') === 'done', null, { timeout: 300_000 });
await page.screenshot({ path: join(out, 'hysteresis.png') });
console.log('hysteresis:', await page.locator('.sweep-status').textContent());
console.log(await page.locator('.hysteresis-summary').textContent());
console.log(page.url());
await browser.close();
console.log(`screenshots in ${out}`);
