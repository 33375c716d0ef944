/**
 * Turns streamed branch results into what the hysteresis view draws: per branch the loads measured
 * so far, and the summary (band, measured capacities) over the loads whose two branches are both
 * done, so a half-finished sweep never shows a band edge that a missing branch could move.
 */
import { summarizeHysteresis, type BranchResult, type HysteresisRun } from '../../map';
import type { Scenario } from '../../sim/scenario';
import type { BranchPoint } from './hysteresisRenderer';

export function branchPoints(runs: readonly HysteresisRun[], results: readonly (BranchResult | null)[], branch: 'warm' | 'cold'): BranchPoint[] {
  return runs
    .map((r, k) => ({ r, res: results[k] }))
    .filter(({ r, res }) => r.branch === branch && res)
    .map(({ r, res }) => ({ rps: r.rps, goodputRps: (res as BranchResult).goodputRps }))
    .sort((a, b) => a.rps - b.rps);
}

export function completeSummary(base: Scenario, runs: readonly HysteresisRun[], results: readonly (BranchResult | null)[]) {
  const byLoad = new Map<number, { warm?: BranchResult; cold?: BranchResult }>();
  runs.forEach((r, k) => {
    const res = results[k];
    if (!res) return;
    const e = byLoad.get(r.rps) ?? {};
    e[r.branch] = res;
    byLoad.set(r.rps, e);
  });
  const complete = [...byLoad].filter(([, e]) => e.warm && e.cold).map(([rps, e]) => ({ rps, warm: e.warm!, cold: e.cold! }));
  return complete.length ? summarizeHysteresis(base, complete) : null;
}
