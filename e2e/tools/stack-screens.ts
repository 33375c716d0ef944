/**
 * Screenshots of the stack diagram in each stack preset's telling moment, with the tier the story
 * is about selected (so the charts follow it), for looking at what we build as a person would:
 *   npx tsx e2e/tools/stack-screens.ts [baseUrl] [outDir] [width] [height] [presetId] [light|dark]
 * Needs a running production preview. The moment is the end of the first window a tier check of the
 * preset reads that is not the healthy one.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STACK_PRESETS } from '../../src/presets/stackPresets';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { waitForSimSeconds } from '../clock';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-stack-screens');
const width = Number(process.argv[4] ?? 1280);
const height = Number(process.argv[5] ?? 720);
const only = process.argv[6] || undefined;
const theme = process.argv[7] === 'dark' ? 'dark' : 'light';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const preset of STACK_PRESETS) {
  if (only && preset.id !== only) continue;
  const check = preset.tierExpect.find((c) => c.window !== 'healthy') ?? preset.tierExpect[0];
  const win = preset.windows.find((w) => w.label === check.window);
  const atS = Math.round(win?.toS ?? preset.scenario.durationS ?? 60);
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
  page.on('console', (m) => m.type() === 'error' && console.error(`${preset.id} console:`, m.text()));
  const q = new URLSearchParams({ scenario: JSON.stringify(preset.scenario), at: String(atS) });
  await page.goto(`${base}?${q.toString()}&paused`);
  await waitForSimSeconds(page, atS);
  await page.locator(`.stack-tier[data-tier="${check.tier}"]`).click();
  await page.locator('.chart-value-tier').first().waitFor();
  // Let the editor and the charts paint.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${preset.id}-${width}${theme === 'dark' ? '-dark' : ''}.png`) });
  const amps = await page.locator('.stack-diagram [data-amplification]').allTextContents();
  const tiers = await page.locator('.stack-tier').allTextContents();
  console.log(`${preset.id} at ${atS} s (${check.tier}): arrows ${amps.join(' ')} | ${tiers.join(' | ')}`);
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
