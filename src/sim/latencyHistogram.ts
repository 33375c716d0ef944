/**
 * Latency percentiles without storing samples: a log-bucketed histogram with ~2% relative
 * resolution from 10 µs to beyond an hour. Reset each interval; O(1) per record.
 */
import { dexp, dlog, dlog1p } from './detMath';

const BUCKETS = 1100;
const FLOOR_MS = 0.01;
const GROWTH = dlog(1.02);
const INV_GROWTH = 1 / GROWTH;

export class LatencyHistogram {
  private readonly counts = new Int32Array(BUCKETS);
  private total = 0;

  record(ms: number): void {
    let i = Math.floor(dlog1p(ms / FLOOR_MS) * INV_GROWTH);
    if (i >= BUCKETS) i = BUCKETS - 1;
    this.counts[i]++;
    this.total++;
  }

  get count(): number {
    return this.total;
  }

  /** The q-quantile (0..1) in ms, as the geometric middle of its bucket; 0 when empty. */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        const lo = FLOOR_MS * (dexp(i * GROWTH) - 1);
        const hi = FLOOR_MS * (dexp((i + 1) * GROWTH) - 1);
        return (lo + hi) / 2;
      }
    }
    return 0;
  }

  reset(): void {
    if (this.total > 0) this.counts.fill(0);
    this.total = 0;
  }
}
