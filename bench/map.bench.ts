/**
 * `npm run bench:map`: a 12 × 12 metastability map of 300-second runs of the default scenario
 * (HotOS '21 look-aside example) with the flush at 60 s limited to the K hottest keys: load
 * `workload.rps` 1000..4000 × trigger size `events[0].hottest` 25..1400, on Node worker threads
 * (os.availableParallelism(), or `--workers N`; `--full` turns early stopping off for comparison).
 * The map is searched as `npm run sweep` does (each load's boundary by bisection, src/map/searchMap.ts);
 * `--every-cell` computes every cell instead. Prints the time to the first outline (both ends of
 * every load) and the whole map, the ratio of the whole map to one full 300 s run of its costliest
 * cell (measured alone, on one thread, after the map), cells computed and inferred, how many
 * stopped early, and the map itself (R recovered, S stuck, N never healthy; lower case: inferred).
 */
import { loadavg } from 'node:os';
import { parseAxis } from '../src/map/axis';
import type { CellResult } from '../src/map/runCell';
import { searchMap, type RoundResult } from '../src/map/searchMap';
import { planMap } from '../src/map/plan';
import { defaultScenario } from '../src/sim/parseScenario';
import { defaultWorkers, runOnThreads } from '../scripts/sweepPool';
import { readOptions, usageExit } from '../scripts/cli';

const USAGE = 'usage: npm run bench:map [-- --workers N --full --every-cell]';

const options = readOptions('bench:map', USAGE, {
  workers: { type: 'string' },
  full: { type: 'boolean', default: false },
  'every-cell': { type: 'boolean', default: false },
});
const workers = options.workers === undefined ? defaultWorkers() : Number(options.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 256)
  usageExit('bench:map', USAGE, `--workers must be a whole number from 1 to 256, not "${options.workers}"`);
const earlyStop = !options.full;

const doc = { ...defaultScenario(), durationS: 300, events: [{ atS: 60, type: 'flush', hottest: 1 }] };
const plan = planMap(doc, parseAxis('workload.rps=1000:4000:12'), parseAxis('events[0].hottest=25:1400:12'));
const results = new Map<number, CellResult>();
let cpuMs = 0;
let outlineS = 0;

const t0 = performance.now();
const answers = await searchMap(
  plan,
  async (cells) => {
    const out: RoundResult[] = [];
    await runOnThreads(
      cells.map((c) => ({ kind: 'cell', id: c.index, scenario: c.scenario, earlyStop })),
      workers,
      (r) => {
        if (r.kind !== 'cell') throw new Error(r.kind === 'error' ? r.message : 'unexpected result');
        results.set(r.id, r.result);
        out.push({ index: r.id, result: r.result });
        cpuMs += r.wallMs;
      },
    );
    return out;
  },
  {
    yPath: 'events[0].hottest',
    ascending: true,
    everyCell: options['every-cell'],
    onRound: (_, round) => (round === 1 ? (outlineS = (performance.now() - t0) / 1000) : undefined),
  },
);
const wallS = (performance.now() - t0) / 1000;

// The costliest computed cell (most simulation events), run alone for its full 300 s on one thread.
const costliest = [...results.entries()].reduce((a, b) => (b[1].events > a[1].events ? b : a));
let oneRunS = 0;
await runOnThreads([{ kind: 'cell', id: 0, scenario: plan.cells[costliest[0]].scenario, earlyStop: false }], 1, (r) => {
  if (r.kind !== 'cell') throw new Error(r.kind === 'error' ? r.message : 'unexpected result');
  oneRunS = r.wallMs / 1000;
});
const all = [...results.values()];
const early = all.filter((r) => r.earlyStop).length;
const simS = all.reduce((a, r) => a + r.stoppedAtS, 0);
const count = (o: string) => answers.filter((a) => a.outcome === o).length;
const letter = { recovered: 'R', stuck: 'S', 'never-healthy': 'N' } as const;

console.log(
  `map: ${plan.xs.length} × ${plan.ys.length} cells of 300 s (workload.rps ${plan.xs[0]}..${plan.xs.at(-1)} × events[0].hottest ${plan.ys[0]}..${plan.ys.at(-1)}, flush at 60 s)`,
);
for (let j = plan.ys.length - 1; j >= 0; j--) {
  const row = plan.xs
    .map((_, i) => {
      const a = answers[j * plan.xs.length + i];
      return a.inferred ? letter[a.outcome].toLowerCase() : letter[a.outcome];
    })
    .join(' ');
  console.log(`  ${String(plan.ys[j]).padStart(5)}  ${row}`);
}
console.log(
  `wall time        ${wallS.toFixed(1)} s on ${workers} worker thread(s)${earlyStop ? '' : ', early stopping off'} (1-min load average at the end: ${loadavg()[0].toFixed(1)})`,
);
console.log(`first outline    ${outlineS.toFixed(1)} s (both ends of every load)`);
console.log(
  `one run          ${oneRunS.toFixed(1)} s: the costliest cell (rps ${plan.cells[costliest[0]].x}, hottest ${plan.cells[costliest[0]].y}) for 300 s alone on one thread`,
);
console.log(`ratio            ${(wallS / oneRunS).toFixed(1)} × one run for the whole map`);
console.log(`cells            ${all.length} computed, ${answers.length - all.length} inferred, ${(answers.length / wallS).toFixed(1)} cells/s answered`);
console.log(
  `stopped early    ${early} of ${all.length} (simulated ${Math.round(simS)} s of ${all.length * 300} s; ${Math.round(100 - (100 * simS) / (all.length * 300))}% saved)`,
);
console.log(`outcomes         recovered ${count('recovered')}, stuck ${count('stuck')}, never-healthy ${count('never-healthy')}`);
console.log(`cell time        ${(cpuMs / all.length).toFixed(0)} ms mean in the workers (${(cpuMs / 1000).toFixed(1)} s total)`);
