/** Quick look at per-event cost in three workloads (all hits, default warm, tiny key space). Not part of npm run bench. */
import { performance } from 'node:perf_hooks';
import { createSimulation } from '../src/sim/simulation';
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';

const WORKLOADS: [name: string, adjust: (s: Scenario) => void][] = [
  ['all hits', (s) => void (s.cache.capacity = 100000)],
  ['default warm', () => {}],
  [
    'keys 1000',
    (s) => {
      s.workload.keys = 1000;
      s.cache.capacity = 1000;
    },
  ],
];
for (const [name, adjust] of WORKLOADS) {
  for (let rep = 0; rep < 2; rep++) {
    const s = defaultScenario();
    s.durationS = 600;
    s.events = [];
    adjust(s);
    const sim = createSimulation(s);
    const t0 = performance.now();
    sim.advance(Infinity);
    const dt = performance.now() - t0;
    if (rep) console.log(name, (sim.totals().events / dt / 1000).toFixed(2), 'M ev/s', ((dt * 1e6) / sim.totals().events).toFixed(0), 'ns/event');
  }
}
