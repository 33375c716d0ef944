/**
 * The two browser measurements of bench/browser.ts: the lab streaming at max speed (worker
 * throughput, long tasks, frame intervals), and the bare core in a worker of a blank page.
 */
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { Scenario } from '../src/sim/scenario';
import type { WorkerStats } from '../src/worker/protocol';

export interface PageRun {
  stats: WorkerStats;
  longTasks: number[];
  frameIntervals: number[];
}

/**
 * Observers for the page, as a string: a function would be serialised with the build tool's helpers
 * (such as esbuild's __name), which do not exist in the page.
 */
const OBSERVERS = `
  window.__longTasks = [];
  window.__frames = [];
  window.__measuring = false;
  new PerformanceObserver((list) => {
    if (window.__measuring) for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  let last = -1;
  function tick(t) {
    if (window.__measuring && last >= 0) window.__frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  }
  addEventListener('DOMContentLoaded', () => requestAnimationFrame(tick));
`;

interface Measures {
  longTasks: number[];
  frames: number[];
}

/** The lab at max speed over `s`, measured from the first Play to Finished. */
export async function browserRun(browser: Browser, base: string, s: Scenario): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript({ content: OBSERVERS });
  const q = new URLSearchParams({ scenario: JSON.stringify({ durationS: s.durationS, events: s.events }), speed: 'max', bench: '', paused: '' });
  await page.goto(`${base}?${q}`);
  // Start-up (parsing, first render, JIT warm-up) is not streaming: let it settle, then measure.
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await page.waitForTimeout(1000);
  await page.evaluate('window.__measuring = true');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.locator('.run-clock .run-state', { hasText: 'Finished' }).waitFor({ timeout: 300_000 });
  const measures = (await page.evaluate('({ longTasks: window.__longTasks, frames: window.__frames })')) as Measures;
  const stats = (await page.evaluate('window.metastableLab.stats()')) as WorkerStats;
  await page.close();
  if (process.env.BENCH_DEBUG) console.error(`frames ${measures.frames.length}, long tasks ${JSON.stringify(measures.longTasks)}`);
  return { stats, longTasks: measures.longTasks, frameIntervals: measures.frames };
}

/** bench/bareCoreWorker.ts as one classic-script string, built by Vite in memory. */
export async function bareWorkerSource(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: 'bench/bareCoreWorker.ts', formats: ['iife'], name: 'bareCore' } },
  });
  const chunk = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  const code = chunk.output[0]?.code;
  if (!code) throw new Error('could not bundle bench/bareCoreWorker.ts');
  return code;
}

/** Events/s of the core alone in a worker of a blank page: the engine's speed, no lab. */
export async function bareWorkerRun(browser: Browser, base: string, source: string, s: Scenario): Promise<number> {
  const page = await browser.newPage();
  await page.goto(base);
  const eps = await page.evaluate(
    ([src, job]) =>
      new Promise<number>((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
        w.onmessage = (e) => resolve(e.data as number);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage(job);
      }),
    [source, { durationS: s.durationS, events: s.events }] as const,
  );
  await page.close();
  return eps;
}
