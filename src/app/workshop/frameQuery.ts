/**
 * Reading numbers off the frames for predictions and tasks: a lesson's measure over its span, and
 * when goodput came back. The arithmetic and the "recovered" rule are the shared ones in
 * src/analysis/frames.ts, so a lesson, a preset and the postmortem agree on every figure.
 */
import { firstRowAfter, recoveryRow, spanCovered, spanExtreme, spanMean, spanRatio, type FrameColumns } from '../../analysis/frames';
import type { Measure } from './types';

/** The measure's value, or NaN while no frame of its span has arrived. */
export function measure(src: FrameColumns, m: Measure): number {
  if (m.agg === 'min' || m.agg === 'max') return spanExtreme(src, m.metric, m, m.agg);
  if (m.per) return spanRatio(src, m.metric, m.per, m);
  return spanMean(src, m.metric, m);
}

/** Whether the frames cover the measure's span (its value will not change any more). */
export function covered(src: FrameColumns, m: Measure): boolean {
  return spanCovered(src, m);
}

/** End time of the first frame after `fromS` that starts a recovery (see recoveryRow); NaN if none yet. */
export function recoveredAt(src: FrameColumns, fromS: number): number {
  const row = recoveryRow(src, firstRowAfter(src, fromS));
  return row < 0 ? NaN : src.timeS(row);
}

/** Goodput came back within `withinS` seconds of `fromS`. */
export function recoveredWithin(src: FrameColumns, fromS: number, withinS: number): boolean {
  return recoveredAt(src, fromS) <= fromS + withinS;
}

/** `forS` seconds of frames after `fromS` have arrived and goodput did not come back in them. */
export function stuckFor(src: FrameColumns, fromS: number, forS: number): boolean {
  if (src.length === 0 || src.timeS(src.length - 1) < fromS + forS) return false;
  const r = recoveredAt(src, fromS);
  return !(r <= fromS + forS);
}
