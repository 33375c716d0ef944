/**
 * Screenshots of the capacity readout with a stack (the bottleneck tier named) and of the map page's
 * tier axes, for looking at them at phone, projector and desktop sizes:
 *   npx tsx e2e/tools/stack-capacity-screens.ts [baseUrl] [outDir]
 * Needs a running production preview. Writes capacity-<preset>-<w>.png and map-tier-axes-<w>.png.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { encodeMapLink } from '../../src/map/mapLink';
import { presetById, presetScenario } from '../../src/presets';
import { encodeLink } from '../../src/share/linkCodec';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-stack-capacity');
mkdirSync(out, { recursive: true });
const SIZES: [number, number][] = [
  [390, 844],
  [1280, 720],
  [1920, 1080],
];

async function presetLink(id: string): Promise<string> {
  const r = await encodeLink(presetScenario(presetById(id)!));
  if (!r.ok) throw new Error(r.error);
  return r.link;
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const [width, height] of SIZES) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}?paused#s=${await presetLink('gc-death-spiral')}`);
  await page.getByTestId('hidden-capacity').filter({ hasText: /\d/ }).waitFor();
  await page.screenshot({ path: join(out, `capacity-gc-death-spiral-${width}.png`) });
  await page.locator('.capacity-readout').screenshot({ path: join(out, `capacity-readout-${width}.png`) });
  const spec = encodeMapLink({
    mode: 'map',
    x: { path: 'events[0].forS', from: 1, to: 5, steps: 3 },
    y: { path: 'stack[2].retries', from: 0, to: 2, steps: 2 },
  });
  await page.goto(`${base}?view=map#s=${await presetLink('retry-amplification')}&${spec}`);
  await page.getByTestId('sweep-count').filter({ hasText: '6 / 6' }).waitFor({ timeout: 90_000 });
  await page.screenshot({ path: join(out, `map-tier-axes-${width}.png`) });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
