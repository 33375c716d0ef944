/**
 * The characteristic metric of the HotOS '21 paper, CoDel's way: the minimum queueing delay over a
 * sliding window. A burst leaves the minimum near zero (the queue drained at some point); a standing
 * queue, the mark of overload, keeps even the minimum high. Reports the moments it crossed its
 * threshold, up and down.
 */
import { M } from '../sim/metrics';
import { frameTable } from './frames';

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
  const table = frameTable(frames);
  const minDelayMs = (r: number) => table.get(r, M.min_queue_delay_ms);
  const out = new Float64Array(table.length);
  // Monotone deque of row indices: O(rows) overall.
  const deque: number[] = [];
  for (let r = 0; r < table.length; r++) {
    const v = minDelayMs(r);
    while (deque.length > 0 && minDelayMs(deque[deque.length - 1]) >= v) deque.pop();
    deque.push(r);
    if (deque[0] <= r - windowFrames) deque.shift();
    out[r] = minDelayMs(deque[0]);
  }
  return out;
}

export function characteristicCrossings(frames: Float64Array, opts: CharacteristicOptions = DEFAULT_CHARACTERISTIC): Crossing[] {
  const series = slidingMinQueueDelay(frames, opts.windowFrames);
  const table = frameTable(frames);
  const crossings: Crossing[] = [];
  let above = false;
  for (let r = 0; r < series.length; r++) {
    const now = series[r] > opts.thresholdMs;
    if (now !== above) crossings.push({ tS: table.timeS(r), direction: now ? 'up' : 'down' });
    above = now;
  }
  return crossings;
}
