/**
 * The characteristic metric of the HotOS '21 paper, CoDel's way: the minimum queueing delay over a
 * sliding window. A burst leaves the minimum near zero (the queue drained at some point); a standing
 * queue, the mark of overload, keeps even the minimum high. Reports the moments it crossed its
 * threshold, up and down.
 */
import { METRIC_COUNT, M } from '../sim/metrics';

export interface CharacteristicOptions {
  /** Window length in frames (default 10). */
  windowFrames: number;
  /** Threshold in ms (default 100: a standing queue of a tenth of a second). */
  thresholdMs: number;
}

export const DEFAULT_CHARACTERISTIC: CharacteristicOptions = { windowFrames: 10, thresholdMs: 100 };

export interface Crossing {
  tS: number;
  direction: 'up' | 'down';
}

/** Sliding-window minimum of `min_queue_delay_ms`, one value per frame. */
export function slidingMinQueueDelay(frames: Float64Array, windowFrames: number): Float64Array {
  const rows = frames.length / METRIC_COUNT;
  const out = new Float64Array(rows);
  // Monotone deque of row indices: O(rows) overall.
  const deque: number[] = [];
  for (let r = 0; r < rows; r++) {
    const v = frames[r * METRIC_COUNT + M.min_queue_delay_ms];
    while (deque.length > 0 && frames[deque[deque.length - 1] * METRIC_COUNT + M.min_queue_delay_ms] >= v) deque.pop();
    deque.push(r);
    if (deque[0] <= r - windowFrames) deque.shift();
    out[r] = frames[deque[0] * METRIC_COUNT + M.min_queue_delay_ms];
  }
  return out;
}

export function characteristicCrossings(frames: Float64Array, opts: CharacteristicOptions = DEFAULT_CHARACTERISTIC): Crossing[] {
  const series = slidingMinQueueDelay(frames, opts.windowFrames);
  const crossings: Crossing[] = [];
  let above = false;
  for (let r = 0; r < series.length; r++) {
    const now = series[r] > opts.thresholdMs;
    if (now !== above) crossings.push({ tS: frames[r * METRIC_COUNT + M.t_s], direction: now ? 'up' : 'down' });
    above = now;
  }
  return crossings;
}
