/**
 * Screenshots of the scenario features at 1280×720 (gallery open, a bad link, the script editor with
 * its form), for looking at them as a person would. Usage: a server on E2E_PORT (default 4181), then
 * `npx tsx e2e/tools/scenario-screens.ts`; PNGs go to the system's temp folder (scenario-screens/).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

const base = `http://localhost:${process.env.E2E_PORT ?? 4181}/`;
const out = join(tmpdir(), 'scenario-screens');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const fit = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.lab-charts'))
      .map((m) => `${m.scrollHeight}/${m.clientHeight}`)
      .join(),
  );

await page.goto(`${base}?speed=60`);
await page.waitForTimeout(2500);
console.log('charts scroll/client', await fit());
await page.screenshot({ path: join(out, 'lab.png') });
await page.getByRole('button', { name: 'Scenarios…' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: join(out, 'gallery.png') });
await page.keyboard.press('Escape');

await page.getByRole('button', { name: 'Add event' }).click();
await page.getByLabel('Type', { exact: true }).selectOption('spike');
await page.getByLabel('Load ×').fill('lots');
await page.getByRole('button', { name: 'Add', exact: true }).click();
await page.waitForTimeout(200);
await page.screenshot({ path: join(out, 'timeline-form.png') });
await page.keyboard.press('Escape');

const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await fresh.goto(`${base}?speed=60#s=v1.eJyrVkrOzytJzSvxTFGyMjQw0FFKSSxJVLIyNKgFAGAsB`);
await fresh.waitForTimeout(4000);
await fresh.screenshot({ path: join(out, 'bad-link.png') });
await browser.close();
console.log(out);
