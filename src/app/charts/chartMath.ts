/**
 * The arithmetic behind the charts, free of DOM and D3 so it can be tested: which slice of time is
 * visible, which frames fall in it, how tall the y axis is, and how many points reach the screen.
 */
import { M } from '../../sim/metrics';
import type { FrameRing } from '../data/frameRing';

export type TimeWindow = readonly [startS: number, endS: number];

/**
 * Visible time span. Rolling: the last `windowS` simulated seconds, starting at 0 until that much
 * has run (the axis does not stretch while the run is young). Whole: the entire scheduled run.
 */
export function timeWindow(nowS: number, endS: number, mode: 'rolling' | 'whole', windowS: number): TimeWindow {
  if (mode === 'whole') return [0, Math.max(endS, nowS, 1)];
  const end = Math.max(nowS, Math.min(windowS, endS));
  return [Math.max(0, end - windowS), end];
}

/**
 * Index range [from, to) of frames to draw for a window: includes one frame either side so lines
 * run to the edges instead of stopping short.
 */
export function visibleRange(ring: FrameRing, win: TimeWindow): [from: number, to: number] {
  if (ring.length === 0) return [0, 0];
  const from = Math.max(0, ring.lowerBound(win[0]) - 1);
  const to = Math.min(ring.length, ring.lowerBound(win[1]) + 1);
  return [from, to];
}

/**
 * The y ceiling of a chart: its fixed maximum, unless the spec lets it zoom and the data stays below
 * `zoomBelow` of that maximum (DB CPU at 3–10% on a 0–100% axis is a flat line at the floor, and the
 * peaks a story talks about vanish): then a nice ceiling of the data, 20% above its peak, and
 * `zoomed` so the chart states its scale.
 */
export function yCeiling(dataMax: number, fixedMax: number | undefined, minCeiling: number | undefined, zoomBelow?: number): { yMax: number; zoomed: boolean } {
  if (fixedMax === undefined) return { yMax: niceCeiling(dataMax, minCeiling), zoomed: false };
  if (zoomBelow === undefined || !(dataMax > 0) || dataMax >= zoomBelow * fixedMax) return { yMax: fixedMax, zoomed: false };
  return { yMax: Math.min(fixedMax, niceCeiling(dataMax * 1.2, fixedMax / 100)), zoomed: true };
}

/** Mantissas of the y-axis ceilings: fine enough not to waste half the plot, coarse enough to hold still. */
const CEILINGS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * A "nice" ceiling for a y axis: the smallest of CEILINGS × 10ⁿ at or above `max` (and at least
 * `floor`). Stepped ceilings keep the axis still while values wobble underneath.
 */
export function niceCeiling(max: number, floor = 1): number {
  const v = Math.max(max, floor);
  if (!Number.isFinite(v) || v <= 0) return floor;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of CEILINGS) if (m * mag >= v * (1 - 1e-12)) return m * mag;
  return 10 * mag;
}

/** Largest finite value of any of `cols` over frames [from, to); 0 when there is none. */
export function maxOver(ring: FrameRing, cols: readonly number[], from: number, to: number): number {
  let max = 0;
  for (let i = from; i < to; i++) {
    for (const c of cols) {
      const v = ring.get(i, c);
      if (v > max && Number.isFinite(v)) max = v;
    }
  }
  return max;
}

/** Anything that reads column `col` of its i-th frame like a FrameRing (the tiers' rows, through an adapter). */
export interface ColumnReader {
  get(i: number, col: number): number;
}

/** Points of one series ready for a line generator. Preallocated and reused between paints. */
export class SeriesPoints {
  t: Float64Array;
  v: Float64Array;
  n = 0;
  constructor(capacity = 1024) {
    this.t = new Float64Array(capacity);
    this.v = new Float64Array(capacity);
  }
  private ensure(n: number) {
    if (n <= this.t.length) return;
    this.t = new Float64Array(n);
    this.v = new Float64Array(n);
  }

  /**
   * Fills from frames [from, to) of column `col`. With more frames than `maxPoints`, each bucket of
   * frames keeps its minimum and maximum (in time order), so spikes survive the thinning.
   */
  fill(ring: ColumnReader, col: number, from: number, to: number, maxPoints: number): void {
    const count = to - from;
    if (count <= maxPoints) {
      this.ensure(count);
      for (let i = 0; i < count; i++) {
        this.t[i] = ring.get(from + i, M.t_s);
        this.v[i] = ring.get(from + i, col);
      }
      this.n = Math.max(0, count);
      return;
    }
    const buckets = Math.max(1, Math.floor(maxPoints / 2));
    this.ensure(buckets * 2);
    let n = 0;
    for (let b = 0; b < buckets; b++) {
      const s = from + Math.floor((b * count) / buckets);
      const e = from + Math.floor(((b + 1) * count) / buckets);
      let lo = s;
      let hi = s;
      for (let i = s + 1; i < e; i++) {
        const v = ring.get(i, col);
        if (v < ring.get(lo, col)) lo = i;
        if (v > ring.get(hi, col)) hi = i;
      }
      const first = Math.min(lo, hi);
      const second = Math.max(lo, hi);
      this.t[n] = ring.get(first, M.t_s);
      this.v[n++] = ring.get(first, col);
      if (second !== first) {
        this.t[n] = ring.get(second, M.t_s);
        this.v[n++] = ring.get(second, col);
      }
    }
    this.n = n;
  }
}

/** A stretch of consecutive frames sharing one value of a column (a state, or a trigger in force). */
export interface Run {
  startS: number;
  endS: number;
  value: number;
}

/**
 * Groups frames [from, to) into runs of equal `col` value. A frame covers (t − interval, t], so a
 * run starts one interval before its first frame's time.
 */
export function runsOf(ring: FrameRing, col: number, from: number, to: number, intervalS: number): Run[] {
  const runs: Run[] = [];
  for (let i = from; i < to; i++) {
    const v = ring.get(i, col);
    const t = ring.get(i, M.t_s);
    const last = runs[runs.length - 1];
    if (last && last.value === v) last.endS = t;
    else runs.push({ startS: last ? last.endS : t - intervalS, endS: t, value: v });
  }
  return runs;
}
