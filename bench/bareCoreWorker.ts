/**
 * The simulation core alone in a dedicated worker, no lab around it: bench/browser.ts bundles this
 * file and runs it in the same Chromium to separate the engine's own speed from the lab's overhead.
 * On a message {durationS, events}, runs the default scenario so amended and posts events/s.
 */
import { defaultScenario } from '../src/sim/parseScenario';
import type { ScenarioEvent } from '../src/sim/scenario';
import { createSimulation } from '../src/sim/simulation';

interface Job {
  durationS: number;
  events: ScenarioEvent[];
}

function run(job: Job): number {
  const sim = createSimulation({ ...defaultScenario(), durationS: job.durationS, events: job.events });
  const t0 = performance.now();
  let events = 0;
  while (!sim.done()) {
    events += sim.advance(sim.endMs, 2000);
    sim.takeFrames();
    sim.takeMarks();
  }
  return events / ((performance.now() - t0) / 1000);
}

self.onmessage = (e: MessageEvent<Job>) => {
  run({ ...e.data, durationS: Math.min(e.data.durationS, 120) }); // JIT warm-up
  postMessage(run(e.data));
};
