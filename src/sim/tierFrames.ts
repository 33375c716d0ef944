/**
 * The per-tier metric frames, one row beside each of the core's: every tier's columns (see
 * TIER_METRIC_NAMES) in stack order, then the tier's interval counters start again.
 */
import type { EngineContext } from './engineContext';
import { TIER_METRIC_COUNT } from './stackSchema';
import type { TierCalls } from './tierCalls';

export class TierFrames {
  private buffer: Float64Array;
  private rows = 0;
  private readonly ctx: EngineContext;
  private readonly tierCalls: TierCalls;

  constructor(ctx: EngineContext, tierCalls: TierCalls) {
    this.ctx = ctx;
    this.tierCalls = tierCalls;
    this.buffer = new Float64Array(Math.max(1, tierCalls.tierCount * TIER_METRIC_COUNT * 64));
  }

  /** One row of per-tier columns for the frame just written. */
  write(intervalMs: number): void {
    const tierCount = this.tierCalls.tierCount;
    if (tierCount === 0) return;
    const width = tierCount * TIER_METRIC_COUNT;
    if ((this.rows + 1) * width > this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    const s = intervalMs / 1000;
    let o = this.rows * width;
    const buf = this.buffer;
    for (const tier of this.tierCalls.tiers) {
      tier.sync(this.ctx.nowMs);
      buf[o] = tier.arrivals / s;
      if (tier.isCache) {
        buf[o + 1] = tier.lookups > 0 ? tier.hits / tier.lookups : 0;
        buf[o + 2] = tier.joinedMisses / s;
      } else {
        const slots = tier.totalSlots();
        buf[o + 1] = slots > 0 ? Math.min(1, tier.busyIntegral / (slots * intervalMs)) : 0;
        buf[o + 2] = tier.queueIntegral / intervalMs;
      }
      buf[o + 3] = tier.errors / s;
      buf[o + 4] = tier.latency.quantile(0.99);
      tier.resetFrame();
      o += TIER_METRIC_COUNT;
    }
    this.rows++;
  }

  /** Per-tier frames since the last call: rows × (tiers × TIER_METRIC_COUNT), row-major. */
  take(): Float64Array {
    const out = this.buffer.slice(0, this.rows * this.tierCalls.tierCount * TIER_METRIC_COUNT);
    this.rows = 0;
    return out;
  }
}
