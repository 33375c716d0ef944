/**
 * The monotonicity property of a trigger map (OSDI '22: "the smaller the load, the larger the
 * trigger needed to get stuck"): a higher load never needs a larger trigger to get stuck than a
 * lower load does.
 *
 * Sampling noise. Every cell uses the scenario's seed, and the core splits randomness into streams
 * per purpose, so all cells see the same uniforms for arrivals, keys and service times (common
 * random numbers): the load axis time-scales one arrival pattern and the trigger axis changes only
 * the trigger. Differences between neighbouring cells therefore come from the parameters, not from
 * independent draws. Near the boundary a run is still chaotic (one query finishing a millisecond
 * later can tip a retry storm), so the check allows `toleranceSteps` (default 1) grid steps: the
 * threshold of a higher load may exceed a lower load's by at most one step of the trigger axis.
 */
import type { Outcome } from './judge';

export interface OutcomeCell {
  i: number;
  j: number;
  outcome: Outcome;
}

/**
 * Per column (load index i), the smallest trigger index j whose cell got stuck; `ys.length` when no
 * cell of the column got stuck; null when the column has a never-healthy cell (no trigger needed).
 * Assumes the trigger grows with j (axis from < to).
 */
export function stuckThresholds(cells: readonly OutcomeCell[], xSteps: number, ySteps: number): (number | null)[] {
  const out: (number | null)[] = Array.from({ length: xSteps }, () => ySteps);
  for (const c of cells) {
    if (out[c.i] === null) continue;
    if (c.outcome === 'never-healthy') out[c.i] = null;
    else if (c.outcome === 'stuck') out[c.i] = Math.min(out[c.i] as number, c.j);
  }
  return out;
}

export interface MonotonicityViolation {
  lowerI: number;
  higherI: number;
  lowerThreshold: number;
  higherThreshold: number;
}

/** Pairs of loads (lower < higher) where the higher load needs more than `toleranceSteps` larger a trigger. */
export function monotonicityViolations(thresholds: readonly (number | null)[], toleranceSteps = 1): MonotonicityViolation[] {
  const out: MonotonicityViolation[] = [];
  for (let a = 0; a < thresholds.length; a++) {
    const ta = thresholds[a];
    if (ta === null) continue;
    for (let b = a + 1; b < thresholds.length; b++) {
      const tb = thresholds[b];
      if (tb !== null && tb > ta + toleranceSteps) out.push({ lowerI: a, higherI: b, lowerThreshold: ta, higherThreshold: tb });
    }
  }
  return out;
}
