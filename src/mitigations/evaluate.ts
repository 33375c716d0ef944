/**
 * Runs the HotOS '21 example with one mitigation and reads off what it did: whether and how fast the
 * system recovered after the flush, and at what cost. Pure: used by tests and by the table in docs/mitigations.md.
 */
import { createSimulation } from '../sim/simulation';
import { applyPatch, defaultScenario } from '../sim/parseScenario';
import { M } from '../sim/metrics';
import { RECOVERED_SHARE, WORST_SHARE_FRAMES, frameTable, recoveryRow, trailingShare } from '../analysis/frames';
import type { ParamsPatch, Scenario } from '../sim/scenario';

export interface MitigationOutcome {
  /** Goodput / first attempts over the last 100 s. */
  finalShare: number;
  /** Seconds from the flush until goodput stays ≥ 95% of demand for 10 s; null if never. */
  recoverS: number | null;
  /** Lowest 10 s goodput share after the flush. */
  worstShare: number;
  /** Totals after the flush. */
  staleServed: number;
  shed: number;
  dbQueries: number;
  wasted: number;
  failedRequests: number;
}

export const FLUSH_AT_S = 150;

/** The HotOS example (flush at 150 s), run for `durationS`, with `changes` from the start or at `atS`. */
export function hotosWith(changes: ParamsPatch, opts: { atS?: number; durationS?: number; base?: ParamsPatch } = {}): Scenario {
  const s = defaultScenario();
  const withBase = applyPatch(s, opts.base ?? {});
  const start = opts.atS === undefined ? applyPatch(withBase, changes) : withBase;
  return {
    ...start,
    durationS: opts.durationS ?? 600,
    events: [{ atS: FLUSH_AT_S, type: 'flush' }, ...(opts.atS === undefined ? [] : [{ atS: opts.atS, type: 'set' as const, changes }])],
  };
}

/** Recovery is timed from `fromS`: the flush, or the moment the mitigation was switched on. */
export function evaluate(scenario: Scenario, fromS = FLUSH_AT_S): MitigationOutcome {
  const sim = createSimulation(scenario);
  sim.advance(Infinity);
  const frames = frameTable(sim.takeFrames());
  const rows = frames.length;
  const at = (r: number, m: number) => frames.get(r, m);
  const firstRow = Math.round(fromS);
  // Frames are 1 s long here, so row r starts at r seconds.
  const recovered = recoveryRow(frames, firstRow);
  let recoverS: number | null = recovered < 0 ? null : recovered - fromS;
  let worst = Infinity;
  const sums = { stale: 0, shed: 0, db: 0, wasted: 0, failed: 0 };
  for (let r = firstRow; r < rows; r++) {
    if (r >= fromS + WORST_SHARE_FRAMES) worst = Math.min(worst, trailingShare(frames, r, WORST_SHARE_FRAMES));
    sums.stale += at(r, M.stale_rps);
    sums.shed += at(r, M.shed_rps);
    sums.db += at(r, M.db_rps);
    sums.wasted += at(r, M.wasted_rps);
    sums.failed += at(r, M.failed_rps);
  }
  let last = 0;
  for (let r = rows - 100; r < rows; r++) last += at(r, M.goodput_rps) / Math.max(1, at(r, M.first_rps)) / 100;
  // A recovery that does not last is not one.
  if (last < RECOVERED_SHARE) recoverS = null;
  return {
    finalShare: last,
    recoverS,
    worstShare: worst,
    staleServed: sums.stale,
    shed: sums.shed,
    dbQueries: sums.db,
    wasted: sums.wasted,
    failedRequests: sums.failed,
  };
}
