/**
 * What a fit will cost before it starts: every evaluation simulates the whole trace once per
 * replica, so a long trace at a fine step multiplies into hours. The estimate is the cost of the
 * analytic starting point's run (src/sim/cost.ts, the same estimate every run gets) times the
 * evaluations the budget allows, shared among the threads.
 */
import { estimateBatchCost, type Cost } from '../sim/cost';
import { estimate } from './estimate';
import { buildScenario, type Fixed } from './fitSpace';
import type { Observed } from './observed';

export interface FitCostOptions {
  fixed?: Fixed;
  seed?: number;
  budget: number;
  replicas: number;
  threads: number;
}

/** The cost of fitting `observed`: budget × replicas runs of the trace's length on `threads` threads. */
export function estimateFitCost(observed: Observed, opts: FitCostOptions): Cost {
  const est = estimate(observed, opts.fixed ?? {}, opts.seed ?? 7);
  const run = buildScenario(est.ctx, est.start);
  const runs = Array.from({ length: Math.max(1, opts.budget) * Math.max(1, opts.replicas) }, () => run);
  return estimateBatchCost(runs, opts.threads);
}
