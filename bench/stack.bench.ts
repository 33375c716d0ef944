/**
 * Stack benchmark: the retry-amplification preset (users → web → api → app → cache and database,
 * every layer retrying) stretched to 600 simulated seconds, a storm from 40 s on. Reports the
 * median events/s and simulated seconds per wall second, and the heap after 10 and 60 minutes of
 * the storm (it must stay flat: calls and requests live in pooled typed arrays).
 * Usage: node --expose-gc --import tsx bench/stack.bench.ts [--runs 3 --json]
 */
import { performance } from 'node:perf_hooks';
import { createSimulation } from '../src/sim/simulation';
import { presetById, presetScenario } from '../src/presets';
import type { Scenario } from '../src/sim/scenario';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const asJson = args.includes('--json');

function stormScenario(durationS: number): Scenario {
  const s = presetScenario(presetById('retry-amplification')!);
  return { ...s, durationS };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runOnce(s: Scenario) {
  const sim = createSimulation(s);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (!sim.done()) {
    sim.advance(sim.nowMs() + 10_000);
    sim.takeFrames();
    sim.takeTierFrames?.();
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const events = sim.totals().events;
  return { events, eventsPerS: events / (ms / 1000), eventsPerCpuS: events / ((cpu.user + cpu.system) / 1e6), simSPerWallS: s.durationS / (ms / 1000) };
}

runOnce(stormScenario(120)); // JIT warm-up
const results = Array.from({ length: runs }, () => runOnce(stormScenario(600)));

const sim = createSimulation(stormScenario(3600));
const heapAt: number[] = [];
while (!sim.done()) {
  sim.advance(sim.nowMs() + 60_000);
  sim.takeFrames();
  sim.takeTierFrames?.();
  (globalThis as { gc?: () => void }).gc?.();
  heapAt.push(process.memoryUsage().heapUsed);
}

const summary = {
  scenario: 'retry-amplification (three retrying tiers), 600 s, storm from 40 s',
  runs,
  eventsPerRun: results[0].events,
  medianEventsPerS: Math.round(median(results.map((r) => r.eventsPerS))),
  medianEventsPerCpuS: Math.round(median(results.map((r) => r.eventsPerCpuS))),
  medianSimSecondsPerWallSecond: Math.round(median(results.map((r) => r.simSPerWallS))),
  stormHeapMiB: { after10min: +(heapAt[9] / 2 ** 20).toFixed(1), after60min: +(heapAt[heapAt.length - 1] / 2 ** 20).toFixed(1) },
};
if (asJson) console.log(JSON.stringify(summary));
else {
  console.log(`stack benchmark: ${summary.scenario}`);
  console.log(`  events per run           ${summary.eventsPerRun.toLocaleString('en')}`);
  console.log(
    `  events/s (median of ${runs})   ${(summary.medianEventsPerS / 1e6).toFixed(2)} M wall, ${(summary.medianEventsPerCpuS / 1e6).toFixed(2)} M per CPU second`,
  );
  console.log(`  simulated s / wall s     ${summary.medianSimSecondsPerWallSecond}`);
  console.log(`  heap in a 1 h storm      ${summary.stormHeapMiB.after10min} MiB at 10 min, ${summary.stormHeapMiB.after60min} MiB at 60 min`);
}
