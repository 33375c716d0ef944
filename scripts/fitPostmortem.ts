/**
 * The fitted incident's postmortem draft for `npm run fit -- … --postmortem`: the fitted scenario run
 * once for its timeline, then every mitigation run on it (src/mitigations/whatIf.ts) on the fit's
 * worker threads for the "What would have saved us" section.
 */
import { postmortemMarkdown } from '../src/analysis/postmortem';
import type { Evaluator } from '../src/fit/simulateFrames';
import { whatIf } from '../src/mitigations/whatIf';
import { whatIfMarkdown } from '../src/mitigations/whatIfMarkdown';
import type { Scenario } from '../src/sim/scenario';
import { createSimulation } from '../src/sim/simulation';

export async function fittedPostmortem(
  scenario: Scenario,
  evaluator: Evaluator,
  afterS: number,
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<string> {
  const sim = createSimulation(scenario);
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  const marks = sim.takeMarks();
  const report = await whatIf(scenario, (s) => evaluator.run(s), { afterS, onProgress });
  return postmortemMarkdown(scenario, frames, marks, whatIfMarkdown(report));
}
