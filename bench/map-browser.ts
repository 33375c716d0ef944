/**
 * Browser benchmark of the metastability map: the same 12 × 12 map of 300-second runs as
 * `npm run bench:map` (default scenario, flush of the K hottest keys at 60 s, load 1,000–4,000 ×
 * K 25–1,400), computed by the map page of the production build in headless Chromium on its Web
 * Worker pool. Reports the wall time the page itself shows, cells/s, the page's responsiveness while
 * the cells stream in (long tasks > 50 ms, lag of a 50 ms timer) and the map.
 *
 *   npm run bench:map-browser [-- --workers 1,2]      (default: the page's own pool size)
 */
import { buildLab, startPreview } from './preview';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { encodeMapLink } from '../src/map/mapLink';
import { encodeLink } from '../src/share/linkCodec';
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { readOptions, usageExit } from '../scripts/cli';

const USAGE = 'usage: npm run bench:map-browser [-- --workers N,M…]';

const PORT = 4187;
const BASE = `http://localhost:${PORT}/`;
const OUT = 'dist-bench-map';
const options = readOptions('bench:map-browser', USAGE, { workers: { type: 'string' } });
const pools: (number | null)[] = options.workers === undefined ? [null] : options.workers.split(',').map(Number);
if (pools.some((n) => n !== null && !(Number.isInteger(n) && n >= 1)))
  usageExit('bench:map-browser', USAGE, `--workers must be whole numbers ≥ 1 separated by commas, not "${options.workers}"`);

const scenario: Scenario = { ...defaultScenario(), durationS: 300, events: [{ atS: 60, type: 'flush', hottest: 1 }] };
const spec = {
  mode: 'map' as const,
  x: { path: 'workload.rps', from: 1000, to: 4000, steps: 12 },
  y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 12 },
};

async function mapRun(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Responsiveness probes, installed before the page's own scripts run.
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __lags: number[] };
    w.__longTasks = [];
    w.__lags = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    // Event-loop lag: a 50 ms timer that fires late means the page could not answer input that long.
    let last = performance.now();
    setInterval(() => {
      const t = performance.now();
      w.__lags.push(Math.max(0, t - last - 50));
      last = t;
    }, 50);
  });
  await page.goto(url);
  await page.waitForSelector('.sweep-progress[data-status="done"]', { timeout: 600_000 });
  const status = (await page.locator('.sweep-status').textContent()) ?? '';
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __lags: number[] };
    return { __longTasks: [...w.__longTasks], __lags: [...w.__lags] };
  });
  const grid = await page.locator('.map-cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')));
  await page.close();
  const gaps = [...probe.__lags].sort((a, b) => a - b);
  return {
    status,
    wallS: Number(/· ([\d.]+) s ·/.exec(status)?.[1]),
    longTasks: probe.__longTasks.length,
    longestTaskMs: Math.max(0, ...probe.__longTasks),
    p95LagMs: gaps[Math.floor(0.95 * gaps.length)] ?? NaN,
    maxLagMs: gaps.at(-1) ?? NaN,
    grid,
  };
}

await buildLab(OUT);
const preview = await startPreview(PORT, OUT);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const link = await encodeLink(scenario);
if (!link.ok) throw new Error(link.error);
try {
  console.log(`map: 12 × 12 cells of 300 s (workload.rps 1000..4000 × events[0].hottest 25..1400, flush at 60 s), headless Chromium, ${cpus().length} cores`);
  for (const workers of pools) {
    const url = `${BASE}?view=map${workers ? `&workers=${workers}` : ''}#s=${link.link}&${encodeMapLink(spec)}`;
    const r = await mapRun(browser, url);
    console.log(`\n${r.status}`);
    console.log(`wall time        ${r.wallS.toFixed(1)} s (1-min load average now: ${loadavg()[0].toFixed(1)})`);
    console.log(
      `main thread      ${r.longTasks} long tasks (longest ${r.longestTaskMs.toFixed(0)} ms), timer lag p95 ${r.p95LagMs.toFixed(0)} ms, max ${r.maxLagMs.toFixed(0)} ms`,
    );
    const letter: Record<string, string> = { recovered: 'R', stuck: 'S', 'never-healthy': 'N' };
    for (let j = 11; j >= 0; j--)
      console.log(
        `  ${r.grid
          .slice(j * 12, j * 12 + 12)
          .map((o) => letter[o ?? ''] ?? '?')
          .join(' ')}`,
      );
  }
} finally {
  await browser.close();
  preview.kill();
}
