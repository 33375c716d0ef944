/**
 * Runs one cell of the map: a scenario from the healthy state with its trigger, stopped as soon as
 * the judge (./judge) is certain of the outcome.
 */
import { createSimulation } from '../sim/simulation';
import type { Scenario } from '../sim/scenario';
import { DEFAULT_RULES, OutcomeJudge, triggerTiming, type JudgeRules, type Outcome, type Verdict } from './judge';

export interface CellResult {
  outcome: Outcome;
  /** Seconds from the end of the last trigger to recovery (recovered only), else null. */
  recoverS: number | null;
  /** Mean goodput / first attempts over the last 10 frames before stopping. */
  finalShare: number;
  /** Simulation events processed (the cost of the cell). */
  events: number;
  /** Simulated seconds run. */
  stoppedAtS: number;
  /** True when the run stopped before its scenario's end. */
  earlyStop: boolean;
}

export interface CellOptions {
  /** false: run to the end and report the first verdict reached (for checking early stopping). */
  earlyStop?: boolean;
  rules?: JudgeRules;
}

/** Simulated time between checks; small enough that stopping overshoots the decision by ≤ 2 s. */
const SLICE_MS = 2000;

export function runCell(scenario: Scenario, opts: CellOptions = {}): CellResult {
  const sim = createSimulation(scenario);
  const judge = new OutcomeJudge(triggerTiming(scenario), scenario.intervalMs / 1000, opts.rules ?? DEFAULT_RULES);
  const early = opts.earlyStop !== false;
  let verdict: Verdict | null = null;
  while (!sim.done()) {
    sim.advance(sim.nowMs() + SLICE_MS);
    verdict = judge.feed(sim.takeFrames());
    if (verdict && early) break;
  }
  verdict ??= judge.finish();
  const stoppedAtS = sim.nowMs() / 1000;
  return {
    outcome: verdict.outcome,
    recoverS: verdict.recoverS,
    finalShare: verdict.finalShare,
    events: sim.totals().events,
    stoppedAtS,
    earlyStop: stoppedAtS < scenario.durationS,
  };
}
