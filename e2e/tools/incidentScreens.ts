/**
 * Screenshots of each incident preset at its telling moment, for looking at the scripted event labels
 * and the charts as a room would see them:
 *   npx tsx e2e/tools/incidentScreens.ts [baseUrl] [outDir]
 * Needs a running production preview. Writes <preset>.png at 1280×720, and the coordinated-omission
 * moment again at 390×844 (a phone).
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { waitForSimSeconds } from '../clock';
import { PRESETS } from '../../src/presets';
import { encodeLink } from '../../src/share/linkCodec';
import { presetScenario } from '../../src/presets';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-incidents');
mkdirSync(out, { recursive: true });

/** Simulated second at which each incident shows what it teaches. */
const MOMENTS: [id: string, atS: number][] = [
  ['deploy-2019', 1560],
  ['reddit-2017', 900],
  ['shopify-2020', 660],
  ['twitter-2022', 3300],
  ['cloudflare-2024', 560],
  ['coordinated-omission', 200],
];

async function shoot(id: string, atS: number, width: number, height: number) {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const link = await encodeLink(presetScenario(preset));
  if (!link.ok) throw new Error(link.error);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.error(`${id} console:`, m.text()));
  // 60×, not max: at max speed the run is far past the moment by the time the page says so.
  await page.goto(`${base}?speed=60#s=${link.link}`);
  await waitForSimSeconds(page, atS, 300_000);
  await page
    .getByRole('button', { name: /^pause$/i })
    .first()
    .click();
  await page.getByRole('radio', { name: 'Whole run' }).check();
  const size = width === 1280 ? '' : `-${width}`;
  await page.screenshot({ path: join(out, `${id}${size}.png`) });
  await browser.close();
}

const only = process.argv[4];
for (const [id, atS] of MOMENTS) if (!only || only === id) await shoot(id, atS, 1280, 720);
if (!only || only === 'coordinated-omission') await shoot('coordinated-omission', 200, 390, 844);
console.log(`wrote ${out}`);
