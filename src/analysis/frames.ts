/**
 * Questions asked of metric frames, in one place: a metric over a span of simulated time (mean,
 * extreme, ratio), the goodput share of a frame, and the "recovered" rule. Presets, mitigations,
 * lessons, the incident finder and the map judge all read frames through these, so the same word
 * means the same arithmetic everywhere.
 *
 * A frame is one interval of simulated time; its `t_s` column is the interval's END. A span
 * (fromS, toS] holds the frames whose end time lies in it.
 */
import { M, METRIC_COUNT, type MetricName } from '../sim/metrics';
import { DEGRADED, HEALTHY_SHARE } from '../sim/stateClassifier';

/** Frames read column by column: the charts' FrameRing, or a run's flat table via `frameTable`. */
export interface FrameColumns {
  /** Number of frames. */
  readonly length: number;
  /** Value of metric column `col` in frame `i` (0 = oldest held). */
  get(i: number, col: number): number;
  /** End of frame `i`, simulated seconds. */
  timeS(i: number): number;
}

/** A span of simulated time, seconds: frames whose end time t satisfies fromS < t ≤ toS. */
export interface TimeSpan {
  fromS: number;
  toS: number;
}

/**
 * Goodput share a frame needs to count towards a recovery: goodput at 95% of new demand or more.
 * Stricter than STATE_HEALTHY_SHARE on purpose: "recovered" is said of the raw frame, which the
 * classifier's smoothing does not soften.
 */
export const RECOVERED_SHARE = 0.95;
/** Healthy frames in a row that make a recovery (10 frames: 10 s at the usual 1 s interval). */
export const RECOVERED_FRAMES = 10;
/** Frames in the trailing mean behind an incident's "worst share" (10 s at the usual interval). */
export const WORST_SHARE_FRAMES = 10;
/**
 * Share of new demand at which the state classifier calls its smoothed goodput healthy (0.9); the
 * map's judge and hysteresis sweep use it so their verdicts agree with the state strip.
 */
export const STATE_HEALTHY_SHARE = HEALTHY_SHARE;

/** A run's flat table (rows × METRIC_COUNT, row-major, as the core emits it) as FrameColumns. */
export function frameTable(frames: Float64Array): FrameColumns {
  return {
    length: frames.length / METRIC_COUNT,
    get: (i, col) => frames[i * METRIC_COUNT + col],
    timeS: (i) => frames[i * METRIC_COUNT + M.t_s],
  };
}

/** The core's columns of every frame held, back as a flat table (CSV export, the postmortem). */
export function toFrameArray(src: FrameColumns): Float64Array {
  const out = new Float64Array(src.length * METRIC_COUNT);
  for (let i = 0; i < src.length; i++) for (let c = 0; c < METRIC_COUNT; c++) out[i * METRIC_COUNT + c] = src.get(i, c);
  return out;
}

/** One metric, every frame, as a plain array (tests and tables). */
export function columnOf(src: FrameColumns, metric: MetricName): number[] {
  return Array.from({ length: src.length }, (_, i) => src.get(i, M[metric]));
}

const inSpan = (src: FrameColumns, i: number, span: TimeSpan) => {
  const t = src.timeS(i);
  return t > span.fromS && t <= span.toS;
};

/** Mean of a metric over the span's frames; NaN when no frame lies in it. */
export function spanMean(src: FrameColumns, metric: MetricName, span: TimeSpan): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < src.length; i++)
    if (inSpan(src, i, span)) {
      sum += src.get(i, M[metric]);
      n++;
    }
  return n === 0 ? NaN : sum / n;
}

/** Smallest or largest per-frame value of a metric over the span; NaN when no frame lies in it. */
export function spanExtreme(src: FrameColumns, metric: MetricName, span: TimeSpan, which: 'min' | 'max'): number {
  let v = which === 'min' ? Infinity : -Infinity;
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    if (!inSpan(src, i, span)) continue;
    const x = src.get(i, M[metric]);
    v = which === 'min' ? Math.min(v, x) : Math.max(v, x);
    n++;
  }
  return n === 0 ? NaN : v;
}

/**
 * Sum of `metric` over sum of `per` across the span's frames (goodput per demand, wasted per
 * completion): every frame weighs by its own `per`. NaN when the span is empty or `per` sums to 0.
 */
export function spanRatio(src: FrameColumns, metric: MetricName, per: MetricName, span: TimeSpan): number {
  let sum = 0;
  let perSum = 0;
  for (let i = 0; i < src.length; i++) {
    if (!inSpan(src, i, span)) continue;
    sum += src.get(i, M[metric]);
    perSum += src.get(i, M[per]);
  }
  return perSum > 0 ? sum / perSum : NaN;
}

/** Whether the frames reach the span's end (a value measured over it will not change any more). */
export function spanCovered(src: FrameColumns, span: TimeSpan): boolean {
  return src.length > 0 && src.timeS(src.length - 1) >= span.toS;
}

/** Goodput over new demand in frame `i`; 1 when there was no demand (nobody was failed). */
export function goodputShare(src: FrameColumns, i: number): number {
  const first = src.get(i, M.first_rps);
  return first > 0 ? src.get(i, M.goodput_rps) / first : 1;
}

/** Mean goodput share of frames max(fromRow, i − frames + 1)..i, each weighted equally. */
export function trailingShare(src: FrameColumns, i: number, frames: number, fromRow = 0): number {
  const from = Math.max(fromRow, i - frames + 1);
  let mean = 0;
  // Each term is divided on its own, not the sum once: the published figures were computed so.
  for (let k = from; k <= i; k++) mean += goodputShare(src, k) / (i - from + 1);
  return mean;
}

/** Whether frame `i` serves its users: goodput at RECOVERED_SHARE of demand or more. */
export const servesDemand = (src: FrameColumns, i: number): boolean => goodputShare(src, i) >= RECOVERED_SHARE;

/**
 * Whether frame `i` is fine as its users feel it: it serves demand and the classifier does not call
 * it degraded (slower than the scenario's latency objective, although nobody is lost).
 */
export const feelsHealthy = (src: FrameColumns, i: number): boolean => servesDemand(src, i) && src.get(i, M.state) !== DEGRADED;

/**
 * The recovered rule: the first frame at or after `fromRow` that begins RECOVERED_FRAMES frames in a
 * row that are `healthy` (by default: goodput share at least RECOVERED_SHARE); -1 when the frames
 * hold no such run.
 */
export function recoveryRow(src: FrameColumns, fromRow: number, healthy = servesDemand): number {
  let run = 0;
  for (let i = Math.max(0, fromRow); i < src.length; i++) {
    run = healthy(src, i) ? run + 1 : 0;
    if (run >= RECOVERED_FRAMES) return i - RECOVERED_FRAMES + 1;
  }
  return -1;
}

/** Index of the first frame ending after `tS` (src.length when none does). */
export function firstRowAfter(src: FrameColumns, tS: number): number {
  let i = 0;
  while (i < src.length && src.timeS(i) <= tS) i++;
  return i;
}
