/**
 * Screenshots of the lab in its teaching states, for looking at what we build as a person would:
 *   npx tsx e2e/tools/screenshot.ts [baseUrl] [outDir]
 * Needs a running production preview (npm run start). Writes warm.png, storm.png, recovering.png
 * and their dark-theme twins, and the light ones at 1920×1080 (-1920).
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { simSeconds, waitForSimSeconds as runUntil } from '../clock';

const base = process.argv[2] ?? 'http://localhost:4173/';
// Not under test-results/: Playwright empties that folder on every run.
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-screens');
mkdirSync(out, { recursive: true });

async function shoot(theme: 'light' | 'dark', width = 1280, height = 720) {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
  const size = width === 1280 ? '' : `-${width}`;
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}?speed=60`);
  await runUntil(page, 140);
  await page.screenshot({ path: join(out, `warm-${theme}${size}.png`) });
  await runUntil(page, 200);
  await page.screenshot({ path: join(out, `storm-${theme}${size}.png`) });
  // Reading a moment: point at the goodput chart just after the flush.
  const plot = page.locator('figure.chart[data-chart="goodput"] .chart-plot');
  const box = await plot.boundingBox();
  if (box) {
    await plot.hover({ position: { x: box.width * 0.62, y: box.height / 2 } });
    await page.screenshot({ path: join(out, `hover-${theme}${size}.png`) });
    await page.mouse.move(box.x, 2);
  }
  // Shedding on at 200 ms of queue delay, then fewer retries: the ways out.
  const shedding = page.getByLabel('Load shedding');
  await shedding.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const from = await simSeconds(page);
  await runUntil(page, from + 40);
  await page.screenshot({ path: join(out, `recovering-${theme}${size}.png`) });
  await page.getByRole('radio', { name: 'Whole run' }).check();
  await runUntil(page, from + 90);
  await page.screenshot({ path: join(out, `whole-${theme}${size}.png`) });
  // A 10 s outage on the recovered system: shaded while in force.
  await page.getByRole('radio', { name: /^Last/ }).check();
  await page.getByRole('button', { name: 'Outage' }).click();
  const at = await simSeconds(page);
  await runUntil(page, at + 25);
  await page.screenshot({ path: join(out, `outage-${theme}${size}.png`) });
  await browser.close();
}

await shoot('light');
await shoot('dark');
// A projector in a workshop room.
await shoot('light', 1920, 1080);
console.log(`screenshots in ${out}`);
