/**
 * The page's memory of the run: the latest `capacity` metric frames in one preallocated
 * Float64Array, outside React state. Frames arrive in time order, so lookups by time are binary
 * searches and nothing is ever sorted or reallocated while streaming. Each row also holds the
 * page's derived metrics (derivedMetrics.ts), computed once on arrival.
 */
import { M, METRIC_COUNT } from '../../sim/metrics';
import { CHARACTERISTIC_WINDOW_FRAMES, D, ROW_WIDTH, deriveInto } from './derivedMetrics';

export class FrameRing {
  readonly capacity: number;
  private readonly data: Float64Array;
  /** Index (in ring slots) of the oldest frame. */
  private head = 0;
  private count = 0;
  /** Frames ever pushed since the last clear, including those overwritten. */
  private total = 0;

  constructor(capacityFrames: number) {
    if (!Number.isInteger(capacityFrames) || capacityFrames < 1) throw new Error(`FrameRing capacity must be a positive whole number, got ${capacityFrames}`);
    this.capacity = capacityFrames;
    this.data = new Float64Array(capacityFrames * ROW_WIDTH);
  }

  get length(): number {
    return this.count;
  }

  /** Frames received since the last clear (≥ length once the ring has wrapped). */
  get received(): number {
    return this.total;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.total = 0;
  }

  /** Appends rows × METRIC_COUNT values; the oldest frames are overwritten when full. */
  push(batch: Float64Array): void {
    if (batch.length % METRIC_COUNT !== 0) throw new Error(`frame batch of ${batch.length} values is not a multiple of ${METRIC_COUNT} metrics`);
    const rows = batch.length / METRIC_COUNT;
    // Only the last `capacity` rows of an oversized batch can survive.
    const skip = Math.max(0, rows - this.capacity);
    for (let r = skip; r < rows; r++) {
      const slot = (this.head + this.count) % this.capacity;
      const row = this.data.subarray(slot * ROW_WIDTH, (slot + 1) * ROW_WIDTH);
      row.set(batch.subarray(r * METRIC_COUNT, (r + 1) * METRIC_COUNT));
      deriveInto(row);
      row[D.char_min_ms] = this.windowMin(row[M.min_queue_delay_ms]);
      if (this.count < this.capacity) this.count++;
      else this.head = (this.head + 1) % this.capacity;
    }
    this.total += rows;
  }

  /** Minimum of `min_queue_delay_ms` over the newest frames held and `latest` (the frame being added). */
  private windowMin(latest: number): number {
    let v = latest;
    const n = Math.min(this.count, CHARACTERISTIC_WINDOW_FRAMES - 1);
    for (let k = 1; k <= n; k++) v = Math.min(v, this.get(this.count - k, M.min_queue_delay_ms));
    return v;
  }

  /** Value of column `col` (a metric M.* or a derived D.*) in the i-th oldest frame held (0 ≤ i < length). */
  get(i: number, col: number): number {
    return this.data[((this.head + i) % this.capacity) * ROW_WIDTH + col];
  }

  /** The newest frame's value of `col`, or NaN when empty. */
  latest(col: number): number {
    return this.count === 0 ? Number.NaN : this.get(this.count - 1, col);
  }

  /** Simulated end time (s) of the i-th frame. */
  timeS(i: number): number {
    return this.get(i, M.t_s);
  }

  /** First index whose time is ≥ tS (length when none). Frames are in time order. */
  lowerBound(tS: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timeS(mid) < tS) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
