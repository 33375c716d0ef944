/** Runs a scenario to its end and returns all its frames: the unit of work of the fit's evaluations. */
import { createSimulation } from '../sim/simulation';
import type { Scenario } from '../sim/scenario';

export function simulateFrames(scenario: Scenario): Float64Array {
  const sim = createSimulation(scenario);
  const parts: Float64Array[] = [];
  let total = 0;
  while (!sim.done()) {
    sim.advance(sim.nowMs() + 60_000);
    const f = sim.takeFrames();
    parts.push(f);
    total += f.length;
  }
  const out = new Float64Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Runs scenarios somewhere (this thread, worker threads, Web Workers) and returns their frames in order. */
export interface Evaluator {
  run(scenarios: readonly Scenario[]): Promise<Float64Array[]>;
}

/** Runs each scenario on the calling thread, one after another. */
export const inlineEvaluator: Evaluator = {
  run: (scenarios) => Promise.resolve(scenarios.map(simulateFrames)),
};
