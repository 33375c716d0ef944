/**
 * Reading numbers off the frames for predictions and tasks: a metric over a span, and when goodput
 * came back. The same definitions as the presets and the postmortem (src/presets, src/analysis):
 * recovered means goodput at 95% of demand or more for 10 frames in a row.
 */
import { M, METRIC_COUNT } from '../../sim/metrics';
import type { FrameColumns } from '../charts/annotationLayer';
import type { Measure } from './types';

export const HEALTHY_SHARE = 0.95;
export const HEALTHY_FRAMES = 10;

/** A plain rows × METRIC_COUNT table as FrameColumns (tests, exports). */
export function tableColumns(frames: Float64Array): FrameColumns {
  return {
    length: frames.length / METRIC_COUNT,
    get: (i, col) => frames[i * METRIC_COUNT + col],
    timeS: (i) => frames[i * METRIC_COUNT + M.t_s],
  };
}

/** The core's columns of every frame held, as the runner's table (for CSV and the postmortem). */
export function framesTable(src: FrameColumns): Float64Array {
  const out = new Float64Array(src.length * METRIC_COUNT);
  for (let i = 0; i < src.length; i++) for (let c = 0; c < METRIC_COUNT; c++) out[i * METRIC_COUNT + c] = src.get(i, c);
  return out;
}

/** The measure's value, or NaN while no frame of its span has arrived. */
export function measure(src: FrameColumns, m: Measure): number {
  let sum = 0;
  let per = 0;
  let n = 0;
  let extreme = m.agg === 'min' ? Infinity : -Infinity;
  for (let i = 0; i < src.length; i++) {
    const t = src.timeS(i);
    if (t <= m.fromS || t > m.toS) continue;
    const v = src.get(i, M[m.metric]);
    sum += v;
    if (m.per) per += src.get(i, M[m.per]);
    extreme = m.agg === 'min' ? Math.min(extreme, v) : Math.max(extreme, v);
    n++;
  }
  if (n === 0) return NaN;
  if (m.agg === 'min' || m.agg === 'max') return extreme;
  if (m.per) return per > 0 ? sum / per : NaN;
  return sum / n;
}

/** Whether the frames cover the measure's span (its value will not change any more). */
export function covered(src: FrameColumns, m: Measure): boolean {
  return src.length > 0 && src.timeS(src.length - 1) >= m.toS;
}

const healthy = (src: FrameColumns, i: number) => src.get(i, M.goodput_rps) >= HEALTHY_SHARE * src.get(i, M.first_rps);

/** End time of the first frame after `fromS` that starts 10 healthy frames in a row; NaN if none yet. */
export function recoveredAt(src: FrameColumns, fromS: number): number {
  let run = 0;
  for (let i = 0; i < src.length; i++) {
    if (src.timeS(i) <= fromS) continue;
    run = healthy(src, i) ? run + 1 : 0;
    if (run >= HEALTHY_FRAMES) return src.timeS(i - HEALTHY_FRAMES + 1);
  }
  return NaN;
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
