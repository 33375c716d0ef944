/**
 * Measuring the core: run a scenario the way the worker does (10-second slices, frames drained as
 * they come), time it in wall and CPU time, and watch the heap through a long storm. Shared by
 * `npm run bench` (the default scenario and the three-tier storm) and bench/stack.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import { createSimulation } from '../src/sim/simulation';
import type { Scenario } from '../src/sim/scenario';

export interface RunFigures {
  setupMs: number;
  runMs: number;
  events: number;
  eventsPerS: number;
  eventsPerCpuS: number;
  simSPerWallS: number;
}

export interface BenchSummary {
  scenario: string;
  runs: number;
  eventsPerRun: number;
  medianEventsPerS: number;
  medianEventsPerCpuS: number;
  medianSimSecondsPerWallSecond: number;
  medianRunMs: number;
  medianSetupMs: number;
  stormHeapMiB: { after10min: number; after60min: number };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function runOnce(s: Scenario): RunFigures {
  const t0 = performance.now();
  const sim = createSimulation(s);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  while (!sim.done()) {
    sim.advance(sim.nowMs() + 10_000);
    sim.takeFrames();
    sim.takeTierFrames?.();
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const events = sim.totals().events;
  // CPU time is reported too: on a loaded machine it is far steadier than wall time.
  return {
    setupMs: t1 - t0,
    runMs: t2 - t1,
    events,
    eventsPerS: events / ((t2 - t1) / 1000),
    eventsPerCpuS: events / ((cpu.user + cpu.system) / 1e6),
    simSPerWallS: s.durationS / ((t2 - t1) / 1000),
  };
}

/** Heap in use, MiB, after each simulated minute of a one-hour run (after a GC when --expose-gc). */
export function heapThroughStorm(s: Scenario): number[] {
  const sim = createSimulation(s);
  const heapAt: number[] = [];
  while (!sim.done()) {
    sim.advance(sim.nowMs() + 60_000);
    sim.takeFrames();
    sim.takeTierFrames?.();
    (globalThis as { gc?: () => void }).gc?.();
    heapAt.push(process.memoryUsage().heapUsed / 2 ** 20);
  }
  return heapAt;
}

/**
 * One warm-up run, `runs` measured runs of `build(durationS)`, and the heap through an hour of
 * `stormHour()`; the medians.
 */
export function bench(name: string, runs: number, build: () => Scenario, stormHour: () => Scenario): BenchSummary {
  runOnce(build()); // JIT warm-up
  const results = Array.from({ length: runs }, () => runOnce(build()));
  const heap = heapThroughStorm(stormHour());
  return {
    scenario: name,
    runs,
    eventsPerRun: results[0].events,
    medianEventsPerS: Math.round(median(results.map((r) => r.eventsPerS))),
    medianEventsPerCpuS: Math.round(median(results.map((r) => r.eventsPerCpuS))),
    medianSimSecondsPerWallSecond: Math.round(median(results.map((r) => r.simSPerWallS))),
    medianRunMs: Math.round(median(results.map((r) => r.runMs))),
    medianSetupMs: Math.round(median(results.map((r) => r.setupMs))),
    stormHeapMiB: { after10min: +heap[9].toFixed(1), after60min: +heap[heap.length - 1].toFixed(1) },
  };
}

/** The summary as a few aligned lines. */
export function printSummary(title: string, s: BenchSummary): void {
  console.log(`${title}: ${s.scenario}`);
  console.log(`  events per run           ${s.eventsPerRun.toLocaleString('en')}`);
  console.log(
    `  events/s (median of ${s.runs})   ${(s.medianEventsPerS / 1e6).toFixed(2)} M wall, ${(s.medianEventsPerCpuS / 1e6).toFixed(2)} M per CPU second`,
  );
  console.log(`  simulated s / wall s     ${s.medianSimSecondsPerWallSecond}`);
  console.log(`  wall time per run        ${s.medianRunMs} ms (setup incl. warm cache ${s.medianSetupMs} ms)`);
  console.log(`  heap in a 1 h storm      ${s.stormHeapMiB.after10min} MiB at 10 min, ${s.stormHeapMiB.after60min} MiB at 60 min`);
}
