/**
 * The page's memory of the stack's per-tier columns (NAME_rps_in, NAME_util, …): one row per metric
 * frame, in one preallocated Float64Array beside the FrameRing. Both rings have the same capacity and
 * receive the same rows, so frame i of the FrameRing and row i here are the same moment.
 */
import { TIER_METRIC_COUNT, type TierMetricName, TIER_METRIC_NAMES } from '../../sim/stackSchema';

/** Column of a tier metric inside one tier's block of a row. */
export const TM = Object.fromEntries(TIER_METRIC_NAMES.map((n, i) => [n, i])) as Record<TierMetricName, number>;

export class TierRing {
  readonly capacity: number;
  readonly tiers: number;
  private readonly width: number;
  private readonly data: Float64Array;
  private head = 0;
  private count = 0;

  constructor(capacityFrames: number, tiers: number) {
    if (!Number.isInteger(capacityFrames) || capacityFrames < 1) throw new Error(`TierRing capacity must be a positive whole number, got ${capacityFrames}`);
    this.capacity = capacityFrames;
    this.tiers = tiers;
    this.width = tiers * TIER_METRIC_COUNT;
    // No tiers: nothing is ever stored, so nothing is allocated.
    this.data = new Float64Array(tiers > 0 ? capacityFrames * this.width : 0);
  }

  get length(): number {
    return this.count;
  }

  /** Appends rows × (tiers × TIER_METRIC_COUNT) values; the oldest rows are overwritten when full. */
  push(batch: Float64Array): void {
    if (this.width === 0 || batch.length === 0) return;
    if (batch.length % this.width !== 0)
      throw new Error(`tier batch of ${batch.length} values is not a multiple of ${this.tiers} tiers × ${TIER_METRIC_COUNT} columns`);
    const rows = batch.length / this.width;
    const skip = Math.max(0, rows - this.capacity);
    for (let r = skip; r < rows; r++) {
      const slot = (this.head + this.count) % this.capacity;
      this.data.set(batch.subarray(r * this.width, (r + 1) * this.width), slot * this.width);
      if (this.count < this.capacity) this.count++;
      else this.head = (this.head + 1) % this.capacity;
    }
  }

  /** Tier `tier`'s column `metric` (a TM.* index) in the i-th oldest row held (0 ≤ i < length). */
  get(i: number, tier: number, metric: number): number {
    return this.data[((this.head + i) % this.capacity) * this.width + tier * TIER_METRIC_COUNT + metric];
  }

  /** Every row held, oldest first, as one rows × (tiers × TIER_METRIC_COUNT) array (for exports). */
  toArray(): Float64Array {
    const out = new Float64Array(this.count * this.width);
    for (let i = 0; i < this.count; i++) {
      const from = ((this.head + i) % this.capacity) * this.width;
      out.set(this.data.subarray(from, from + this.width), i * this.width);
    }
    return out;
  }

  /** The newest row's value, or NaN when empty or the tier does not exist. */
  latest(tier: number, metric: number): number {
    return this.count === 0 || tier < 0 || tier >= this.tiers ? Number.NaN : this.get(this.count - 1, tier, metric);
  }
}
