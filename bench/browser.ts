/**
 * Browser benchmark of the production build, in headless Chromium (Playwright):
 *   - first-load JS and CSS, gzipped (the page's entry chunk plus the worker it starts at once);
 *   - worker throughput at max speed against Node running the same scenario and simulated time;
 *   - main-thread smoothness while streaming at max speed: long tasks (> 50 ms) and the p95
 *     interval between animation frames.
 * Reports medians over several runs. Not a test: numbers vary with the machine.
 *
 *   npm run bench:browser [-- --runs 3 --json]
 */
import { buildLab, startPreview } from './preview';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { bareWorkerRun, bareWorkerSource, browserRun, type PageRun } from './browserRuns';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { defaultScenario } from '../src/sim/parseScenario';
import { createSimulation } from '../src/sim/simulation';
import type { Scenario } from '../src/sim/scenario';
import { kb, measureFirstLoad, FIRST_LOAD_BUDGET_KB } from '../scripts/firstLoad';
import { readOptions, usageExit } from '../scripts/cli';

const USAGE = 'usage: npm run bench:browser [-- --runs N --json]';
const values = readOptions('bench:browser', USAGE, { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageExit('bench:browser', USAGE, `--runs must be a whole number ≥ 1, not "${values.runs}"`);
const asJson = values.json;
const PORT = 4176;
const BASE = `http://localhost:${PORT}/`;

/** Same as the core benchmark: 1,800 simulated seconds with a flush at 300 s, storm included. */
function benchScenario(): Scenario {
  return { ...defaultScenario(), durationS: 1800, events: [{ atS: 300, type: 'flush' }] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

function nodeRun(s: Scenario) {
  const sim = createSimulation(s);
  const t0 = performance.now();
  let events = 0;
  while (!sim.done()) {
    events += sim.advance(sim.endMs, 2000);
    sim.takeFrames();
    sim.takeMarks();
  }
  const ms = performance.now() - t0;
  return { events, ms, eventsPerS: events / (ms / 1000) };
}

async function main() {
  await buildLab();
  const m = measureFirstLoad('dist');
  const sizes = {
    entryJsGzipKB: kb(m.pageJsGzipBytes),
    workerJsGzipKB: kb(m.workerJsGzipBytes),
    firstLoadJsGzipKB: kb(m.firstLoadJsGzipBytes),
    cssGzipKB: kb(m.cssGzipBytes),
    files: m.files,
  };
  const loadBefore = loadavg()[0];
  const s = benchScenario();
  nodeRun(s); // JIT warm-up
  const preview = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const source = await bareWorkerSource();
  const node: ReturnType<typeof nodeRun>[] = [];
  const pages: PageRun[] = [];
  const bare: number[] = [];
  try {
    // Interleaved, and compared run by run: on a shared machine the load drifts between runs.
    for (let i = 0; i < runs; i++) {
      node.push(nodeRun(s));
      pages.push(await browserRun(browser, BASE, s));
      bare.push(await bareWorkerRun(browser, BASE, source, s));
    }
  } finally {
    await browser.close();
    preview.kill();
  }
  const nodeEps = median(node.map((r) => r.eventsPerS));
  const wallEps = median(pages.map((p) => p.stats.events / (p.stats.wallMs / 1000)));
  const busyEps = median(pages.map((p) => p.stats.events / (p.stats.busyMs / 1000)));
  const labEps = (p: PageRun) => p.stats.events / (p.stats.wallMs / 1000);
  const ratio = median(pages.map((p, i) => labEps(p) / node[i].eventsPerS));
  const loadAfter = loadavg()[0];
  const report = {
    machine: { cores: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    scenario: `default (HotOS '21), ${s.durationS} s simulated, flush at 300 s`,
    runs,
    bundle: sizes,
    node: { eventsPerS: nodeEps, events: node[0].events },
    worker: {
      eventsPerS: wallEps,
      eventsPerSWhileAdvancing: busyEps,
      events: pages[0].stats.events,
      ratioToNode: ratio,
      wallS: median(pages.map((p) => p.stats.wallMs / 1000)),
    },
    bareWorker: {
      eventsPerS: median(bare),
      ratioToNode: median(bare.map((b, i) => b / node[i].eventsPerS)),
      labRatioToBare: median(pages.map((p, i) => labEps(p) / bare[i])),
    },
    mainThread: {
      longTasksOver50ms: median(pages.map((p) => p.longTasks.filter((d) => d > 50).length)),
      longestTaskMs: median(pages.map((p) => Math.max(0, ...p.longTasks))),
      frameP95Ms: median(pages.map((p) => quantile(p.frameIntervals, 0.95))),
      frameP50Ms: median(pages.map((p) => quantile(p.frameIntervals, 0.5))),
      framesObserved: median(pages.map((p) => p.frameIntervals.length)),
    },
  };
  if (asJson) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const f = (v: number, d = 1) => v.toFixed(d);
  console.log(`Browser benchmark — ${report.scenario}, median of ${runs}`);
  const busy = Math.max(loadBefore, loadAfter) > cpus().length - 0.5;
  console.log(
    `  machine: ${cpus().length} cores, 1-min load ${f(loadBefore)} → ${f(loadAfter)}${busy ? '  (other work is competing for the CPU: treat the speed figures as lower bounds)' : ''}`,
  );
  console.log(
    `  first-load JS (gzip): ${f(sizes.firstLoadJsGzipKB)} KB  (page ${f(sizes.entryJsGzipKB)} KB in ${sizes.files.filter((x) => x.endsWith('.js')).length - 1} chunks + worker ${f(sizes.workerJsGzipKB)} KB; CSS ${f(sizes.cssGzipKB)} KB)  budget ${FIRST_LOAD_BUDGET_KB} KB`,
  );
  console.log(`  Node core:           ${f(nodeEps / 1e6, 2)} M events/s`);
  console.log(
    `  worker at max speed: ${f(wallEps / 1e6, 2)} M events/s wall (${f(busyEps / 1e6, 2)} M while advancing) → ${f(100 * report.worker.ratioToNode, 0)}% of Node (median of paired runs; target ≥ 80%)`,
  );
  console.log(
    `  core alone in a bare worker of the same Chromium: ${f(report.bareWorker.eventsPerS / 1e6, 2)} M events/s = ${f(100 * report.bareWorker.ratioToNode, 0)}% of Node; the lab keeps ${f(100 * report.bareWorker.labRatioToBare, 0)}% of that`,
  );
  console.log(
    `  main thread:         ${report.mainThread.longTasksOver50ms} long tasks > 50 ms (longest ${f(report.mainThread.longestTaskMs)} ms), frame p95 ${f(report.mainThread.frameP95Ms)} ms, p50 ${f(report.mainThread.frameP50Ms)} ms over ${report.mainThread.framesObserved} frames  (target: 0, ≤ 20 ms)`,
  );
}

await main();
