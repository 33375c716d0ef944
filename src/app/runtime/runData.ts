/** Everything the page holds about one run, replaced wholesale on load and reset. */
import type { Mark } from '../../sim/api';
import type { Scenario } from '../../sim/scenario';
import { FrameDigest } from '../data/frameDigest';
import { FrameRing } from '../data/frameRing';
import { TierRing } from '../data/tierRing';

/** Upper bound on frames kept for "whole run" (50,000 × 24 metrics × 8 bytes ≈ 9.6 MB). */
export const MAX_FRAMES_KEPT = 50_000;
/** Upper bound on marks kept; a slider dragged for an hour should not grow memory forever. */
export const MAX_MARKS_KEPT = 2_000;

export interface RunData {
  runId: number;
  ring: FrameRing;
  /** The stack's per-tier columns, row i beside frame i of `ring` (no tiers: always empty). */
  tiers: TierRing;
  marks: Mark[];
  digest: FrameDigest;
  /** Simulated time reached, seconds (may run ahead of the last whole frame). */
  nowS: number;
  endS: number;
}

export function createRunData(runId: number, scenario: Scenario): RunData {
  const frames = Math.ceil((scenario.durationS * 1000) / scenario.intervalMs) + 1;
  const capacity = Math.min(frames, MAX_FRAMES_KEPT);
  return {
    runId,
    ring: new FrameRing(capacity),
    tiers: new TierRing(capacity, scenario.stack?.length ?? 0),
    marks: [],
    digest: new FrameDigest(),
    nowS: 0,
    endS: scenario.durationS,
  };
}

export function addMarks(data: RunData, marks: readonly Mark[]): void {
  data.marks.push(...marks);
  if (data.marks.length > MAX_MARKS_KEPT) data.marks.splice(0, data.marks.length - MAX_MARKS_KEPT);
}
