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
import { encodeMapLink, type MapSpec } from '../../src/map/mapLink';
import { encodeLink } from '../../src/share/linkCodec';
import { defaultScenario } from '../../src/sim/parseScenario';
import type { Scenario } from '../../src/sim/scenario';

/** The map page for a scenario and axes (the benchmark's map: flush of the K hottest keys at 60 s). */
async function mapUrl(s: Scenario, spec: MapSpec): Promise<string> {
  const r = await encodeLink(s);
  if (!r.ok) throw new Error(r.error);
  return `${base}?view=map#s=${r.link}&${encodeMapLink(spec)}`;
}
/** Waits for the sweep of `total` jobs to finish (a new link changes only the hash: the old sweep's "done" may still show). */
const done = (total: number) =>
  page.waitForFunction(
    (n) =>
      document.querySelector('.sweep-progress')?.getAttribute('data-status') === 'done' &&
      document.querySelector('[data-testid="sweep-count"]')?.textContent === `${n} / ${n}`,
    total,
    { timeout: 600_000 },
  );

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-map-screens');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));

// From the lab: the Map button opens the map of the running scenario.
await page.goto(`${base}?paused`);
await page.getByRole('button', { name: 'Map', exact: true }).waitFor();
await page.screenshot({ path: join(out, 'lab-map-button.png') });

const s300: Scenario = { ...defaultScenario(), durationS: 300, events: [{ atS: 60, type: 'flush', hottest: 700 }] };
const load = { path: 'workload.rps', from: 1000, to: 4000, steps: 12 };
await page.goto(await mapUrl(s300, { mode: 'map', x: load, y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 12 } }));
await page.waitForFunction(() => document.querySelectorAll('.map-cell:not([data-outcome="pending"])').length >= 40, null, { timeout: 300_000 });
await page.screenshot({ path: join(out, 'map-partial.png') });
await done(144);
await page.screenshot({ path: join(out, 'map-done.png') });
console.log('map:', await page.locator('.sweep-status').textContent());
await page.locator('.map-cell[data-index="52"]').hover();
await page.screenshot({ path: join(out, 'map-hover.png') });

// Outages of growing length: recovery takes longer, so the blues deepen.
const outage: Scenario = { ...s300, events: [{ atS: 60, type: 'outage', forS: 10 }] };
await page.goto(await mapUrl(outage, { mode: 'map', x: load, y: { path: 'events[0].forS', from: 2, to: 30, steps: 8 } }));
await done(96);
await page.locator('.map-cell[data-index="1"]').hover();
await page.screenshot({ path: join(out, 'map-outage.png') });

const s180: Scenario = { ...defaultScenario(), durationS: 180 };
await page.goto(await mapUrl(s180, { mode: 'hysteresis', x: { path: 'workload.rps', from: 250, to: 4000, steps: 16 } }));
await done(32);
await page.screenshot({ path: join(out, 'hysteresis.png') });
console.log('hysteresis:', await page.locator('.sweep-status').textContent());
console.log(await page.locator('.hysteresis-summary').textContent());
await browser.close();
console.log(`screenshots in ${out}`);
