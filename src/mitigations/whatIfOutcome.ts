/**
 * What one run did after its trigger, read off its frames with the same rules as the postmortem
 * (src/analysis/incident.ts, frames.ts): when goodput came back for good (or that it never did: the
 * failure sustained itself to the end of the run), how much of the demand it served, the work wasted and the deepest queue, and what
 * it cost before the trigger. Works for any scenario and frame interval.
 */
import { findIncident } from '../analysis/incident';
import { RECOVERED_SHARE, frameTable, trailingShare } from '../analysis/frames';
import { M } from '../sim/metrics';

export interface RunOutcome {
  /** Seconds from the trigger until goodput was back for good; 0 when it never fell; null when it never came back. */
  recoveredAfterS: number | null;
  /** Goodput ÷ new requests over every frame after the trigger (0..1). */
  goodputKept: number;
  /** Goodput ÷ new requests before the trigger (0..1): what running with it costs in healthy times. */
  healthyShare: number;
  /** Database answers nobody waited for any more, after the trigger, queries. */
  wastedQueries: number;
  /** Deepest database wait queue after the trigger (frame average), queries. */
  peakQueue: number;
  /** Attempts refused before reaching the database (shed, failed fast, retries denied, rejected by a full queue), whole run. */
  refused: number;
}

/** Frames at the end of the run whose goodput must hold at the recovered share for a recovery to count. */
export const HOLD_FRAMES = 30;

export function readOutcome(frames: Float64Array, triggerS: number): RunOutcome {
  const t = frameTable(frames);
  const rows = t.length;
  const intervalS = rows > 1 ? t.timeS(1) - t.timeS(0) : 1;
  const incident = findIncident(frames, triggerS);
  // A recovery that does not last to the end of the run is not one.
  const holds = rows === 0 || trailingShare(t, rows - 1, HOLD_FRAMES) >= RECOVERED_SHARE;
  const recoveredAfterS = !incident ? (holds ? 0 : null) : incident.recoveredAtS !== undefined && holds ? Math.max(0, incident.recoveredAtS - triggerS) : null;
  const sums = { goodBefore: 0, firstBefore: 0, good: 0, first: 0, wasted: 0, queue: 0, refused: 0 };
  for (let r = 0; r < rows; r++) {
    const v = (m: number) => t.get(r, m);
    sums.refused += (v(M.shed_rps) + v(M.breaker_rps) + v(M.budget_denied_rps) + v(M.rejected_rps)) * intervalS;
    if (t.timeS(r) <= triggerS) {
      sums.goodBefore += v(M.goodput_rps);
      sums.firstBefore += v(M.first_rps);
      continue;
    }
    sums.good += v(M.goodput_rps);
    sums.first += v(M.first_rps);
    sums.wasted += v(M.wasted_rps) * intervalS;
    sums.queue = Math.max(sums.queue, v(M.queue_depth));
  }
  return {
    recoveredAfterS,
    goodputKept: sums.first > 0 ? sums.good / sums.first : 1,
    healthyShare: sums.firstBefore > 0 ? sums.goodBefore / sums.firstBefore : 1,
    wastedQueries: sums.wasted,
    peakQueue: sums.queue,
    refused: sums.refused,
  };
}
