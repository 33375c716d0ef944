/**
 * Metrics the page derives from each frame as it arrives, stored as extra columns after the core's
 * own (so charts read them like any other column).
 */
import { DEFAULT_CHARACTERISTIC } from '../../analysis/characteristic';
import { M, METRIC_COUNT } from '../../sim/metrics';

/** Column indices of the derived metrics, after the core's METRIC_COUNT columns. */
export const D = {
  /**
   * Share of database worker time spent on answers nobody waited for any more (0..1): DB CPU times
   * the wasted share of completions. The sustaining effect made visible: busy, but for no one.
   */
  wasted_util: METRIC_COUNT,
  /**
   * The characteristic metric (HotOS '21, CoDel): the shortest queue wait over the last
   * CHARACTERISTIC_WINDOW_FRAMES frames, ms. A burst drains the queue at some point and keeps it low;
   * a standing queue keeps even the minimum high. Filled by the FrameRing, which holds the history.
   */
  char_min_ms: METRIC_COUNT + 1,
} as const;

/** Frames in the characteristic metric's sliding window, and its threshold (src/analysis). */
export const CHARACTERISTIC_WINDOW_FRAMES = DEFAULT_CHARACTERISTIC.windowFrames;
export const CHARACTERISTIC_THRESHOLD_MS = DEFAULT_CHARACTERISTIC.thresholdMs;

/** Columns per row in the page's frame store. */
export const ROW_WIDTH = METRIC_COUNT + Object.keys(D).length;

/** Computes the derived columns of one row in place (`row` has ROW_WIDTH values, core columns filled). */
export function deriveInto(row: Float64Array): void {
  const completions = row[M.db_rps];
  row[D.wasted_util] = completions > 0 ? (row[M.db_util] * row[M.wasted_rps]) / completions : 0;
}
