/**
 * Hysteresis sweep: each offered load run twice with no triggers, once from a warm cache and once
 * from a cold one. Where the steady goodputs differ the same parameters have two stable states: the
 * bistable (vulnerable) band, bounded below by the hidden capacity and above by the advertised one.
 */
import { capacities, type Capacities } from '../sim/capacity';
import { createSimulation } from '../sim/simulation';
import type { Scenario } from '../sim/scenario';
import { STATE_HEALTHY_SHARE, frameTable, spanMean } from '../analysis/frames';

/** Steady goodput is the mean over this last share of the run (but at least STEADY_MIN_S). */
export const STEADY_FRACTION = 1 / 3;
export const STEADY_MIN_S = 30;
/**
 * A load is bistable when its warm branch is healthy and its cold branch's goodput is lower by more than
 * this share of the offered load. Steady goodputs of two healthy branches agree within ~1-2% (same seed, same arrivals); a failed branch is ≥ 10% below
 * (the classifier's own healthy line), so 10% separates the cases without flagging sampling noise.
 */
export const BISTABLE_MARGIN = 0.1;

export interface BranchResult {
  /** Mean goodput_rps over the steady window. */
  goodputRps: number;
  /** Mean first_rps over the same window. */
  demandRps: number;
  events: number;
}

/** Runs one branch to its end (no early stop: the steady state is what we measure). */
export function runBranch(scenario: Scenario): BranchResult {
  const sim = createSimulation(scenario);
  sim.advance(Infinity);
  const frames = frameTable(sim.takeFrames());
  const steady = { fromS: scenario.durationS - Math.max(STEADY_MIN_S, scenario.durationS * STEADY_FRACTION), toS: Infinity };
  // An empty steady window (a run shorter than one frame) reads as no goodput and no demand.
  const meanOr0 = (v: number) => (Number.isNaN(v) ? 0 : v);
  return {
    goodputRps: meanOr0(spanMean(frames, 'goodput_rps', steady)),
    demandRps: meanOr0(spanMean(frames, 'first_rps', steady)),
    events: sim.totals().events,
  };
}

/** The two branches' scenarios for one load: no events, cache warm or cold. */
export function branchScenarios(base: Scenario, rps: number): { warm: Scenario; cold: Scenario } {
  const at = (warm: boolean): Scenario => {
    const s: Scenario = { ...base, events: [], workload: { ...base.workload, rps }, cache: { ...base.cache, warm } };
    // A stack's edge caches start as the look-aside cache does: cold means every cache on the path empty.
    if (base.stack) s.stack = base.stack.map((t) => (t.kind === 'cache' ? { ...t, warm } : t));
    return s;
  };
  return { warm: at(true), cold: at(false) };
}

export interface HysteresisPoint {
  rps: number;
  warm: BranchResult;
  cold: BranchResult;
  bistable: boolean;
}

export interface HysteresisSummary {
  points: HysteresisPoint[];
  /** Lowest and highest bistable load measured (null: no band on this grid). */
  band: { lowerRps: number; upperRps: number } | null;
  /** Highest load whose cold branch stays healthy (goodput ≥ 90% of demand): measured hidden capacity. */
  measuredHiddenRps: number | null;
  /** Highest load whose warm branch stays healthy: measured advertised capacity. */
  measuredAdvertisedRps: number | null;
  analytic: Capacities;
}

const healthy = (b: BranchResult) => b.demandRps <= 0 || b.goodputRps >= STATE_HEALTHY_SHARE * b.demandRps;

/** Puts the points of a sweep (any order) together with the analytic capacities of `base`. */
export function summarizeHysteresis(base: Scenario, raw: Omit<HysteresisPoint, 'bistable'>[]): HysteresisSummary {
  const points = [...raw]
    .sort((a, b) => a.rps - b.rps)
    // Bistable: the warm branch holds (it is a stable state) and the cold one settles clearly lower.
    // Past the advertised capacity the warm branch fails too: overloaded, not bistable.
    .map((p) => ({ ...p, bistable: healthy(p.warm) && p.warm.goodputRps - p.cold.goodputRps > BISTABLE_MARGIN * p.rps }));
  const bi = points.filter((p) => p.bistable);
  const maxOf = (ps: HysteresisPoint[]) => (ps.length ? ps[ps.length - 1].rps : null);
  return {
    points,
    band: bi.length ? { lowerRps: bi[0].rps, upperRps: bi[bi.length - 1].rps } : null,
    measuredHiddenRps: maxOf(points.filter((p) => healthy(p.cold) && (bi.length === 0 || p.rps < bi[0].rps))),
    measuredAdvertisedRps: maxOf(points.filter((p) => healthy(p.warm))),
    analytic: capacities(base),
  };
}
