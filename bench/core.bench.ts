/**
 * Core speed benchmark: the default scenario (HotOS '21 look-aside example) over 1800 simulated
 * seconds with a flush at 300 s, storm included. Reports the median of several runs of events/s and
 * simulated seconds per wall second, and heap growth over a one-hour storm.
 * Usage: npm run bench [-- --runs 5 --json]
 */
import { performance } from 'node:perf_hooks';
import { createSimulation } from '../src/sim/simulation';
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { readOptions, usageExit } from '../scripts/cli';

const USAGE = 'usage: npm run bench [-- --runs N --json]';

const options = readOptions('bench', USAGE, { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } });
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) usageExit('bench', USAGE, `--runs must be a whole number ≥ 1, not "${options.runs}"`);
const asJson = options.json;

export function benchScenario(): Scenario {
  const s = defaultScenario();
  s.durationS = 1800;
  s.events = [{ atS: 300, type: 'flush' }];
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runOnce(s: Scenario) {
  const t0 = performance.now();
  const sim = createSimulation(s);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  // Slices as the worker would run them; frames drained as they come.
  while (!sim.done()) {
    sim.advance(sim.nowMs() + 10_000);
    sim.takeFrames();
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const events = sim.totals().events;
  // CPU time is reported too: on a loaded machine it is far steadier than wall time.
  return {
    setupMs: t1 - t0,
    runMs: t2 - t1,
    events,
    eventsPerS: events / ((t2 - t1) / 1000),
    eventsPerCpuS: events / cpuS,
    simSPerWallS: s.durationS / ((t2 - t1) / 1000),
  };
}

const results = [];
runOnce(benchScenario()); // JIT warm-up
for (let i = 0; i < runs; i++) results.push(runOnce(benchScenario()));

// Memory: a one-hour storm must not grow the heap without limit.
const storm = benchScenario();
storm.durationS = 3600;
storm.events = [{ atS: 10, type: 'flush' }];
const sim = createSimulation(storm);
const heapAt: number[] = [];
while (!sim.done()) {
  sim.advance(sim.nowMs() + 60_000);
  sim.takeFrames();
  (globalThis as { gc?: () => void }).gc?.();
  heapAt.push(process.memoryUsage().heapUsed);
}

const summary = {
  scenario: 'default (HotOS 21 look-aside), 1800 s, flush at 300 s',
  runs,
  eventsPerRun: results[0].events,
  medianEventsPerS: Math.round(median(results.map((r) => r.eventsPerS))),
  medianEventsPerCpuS: Math.round(median(results.map((r) => r.eventsPerCpuS))),
  medianSimSecondsPerWallSecond: Math.round(median(results.map((r) => r.simSPerWallS))),
  medianRunMs: Math.round(median(results.map((r) => r.runMs))),
  medianSetupMs: Math.round(median(results.map((r) => r.setupMs))),
  stormHeapMiB: { after10min: +(heapAt[9] / 2 ** 20).toFixed(1), after60min: +(heapAt[heapAt.length - 1] / 2 ** 20).toFixed(1) },
};
if (asJson) console.log(JSON.stringify(summary));
else {
  console.log(`core benchmark: ${summary.scenario}`);
  console.log(`  events per run           ${summary.eventsPerRun.toLocaleString('en')}`);
  console.log(
    `  events/s (median of ${runs})   ${(summary.medianEventsPerS / 1e6).toFixed(2)} M wall, ${(summary.medianEventsPerCpuS / 1e6).toFixed(2)} M per CPU second`,
  );
  console.log(`  simulated s / wall s     ${summary.medianSimSecondsPerWallSecond}`);
  console.log(`  wall time per run        ${summary.medianRunMs} ms (setup incl. warm cache ${summary.medianSetupMs} ms)`);
  console.log(`  heap in a 1 h storm      ${summary.stormHeapMiB.after10min} MiB at 10 min, ${summary.stormHeapMiB.after60min} MiB at 60 min`);
}
