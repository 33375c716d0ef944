/**
 * Latency percentiles without storing samples: an HDR-style histogram over whole 10 µs ticks. The
 * bucket of a value is its power of two (Math.clz32) and the next 6 bits below it, so resolution is
 * 1/64 (~1.6%) from 0.64 ms up, exact below, to ~6 hours; integer arithmetic only, O(1) per record,
 * and the same bucket in every engine. Reset each interval.
 */
const TICK_MS = 0.01;
const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
const BUCKETS = 32 * SUB;
/** 2^n for n = 0..32, built by doubling (exact everywhere). */
const POW2 = new Float64Array(33);
POW2[0] = 1;
for (let n = 1; n <= 32; n++) POW2[n] = POW2[n - 1] * 2;

/** Bucket of a whole number of ticks. */
function bucketOf(ticks: number): number {
  if (ticks < SUB) return ticks;
  const e = 31 - Math.clz32(ticks);
  return (e - SUB_BITS + 1) * SUB + ((ticks >>> (e - SUB_BITS)) & (SUB - 1));
}

/** Bucket of a latency in ms. */
export function bucketOfMs(ms: number): number {
  const t = ms / TICK_MS;
  return bucketOf(t < 2147483647 ? Math.floor(t) : 2147483647);
}

/** Smallest tick count in a bucket. */
function bucketStart(b: number): number {
  if (b < SUB) return b;
  const shift = (b >>> SUB_BITS) - 1;
  return (SUB + (b & (SUB - 1))) * POW2[shift];
}

export class LatencyHistogram {
  private readonly counts = new Int32Array(BUCKETS);
  private total = 0;
  private maxBucket = 0;

  record(ms: number): void {
    this.addBucket(bucketOfMs(ms));
  }

  /** Counts one value already bucketed by bucketOfMs (one value into two histograms costs one bucketing). */
  addBucket(b: number): void {
    this.counts[b]++;
    this.total++;
    if (b > this.maxBucket) this.maxBucket = b;
  }

  get count(): number {
    return this.total;
  }

  /** The q-quantile (0..1) in ms: the middle of its bucket; 0 when empty. */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let b = 0; b <= this.maxBucket; b++) {
      seen += this.counts[b];
      if (seen >= rank) return ((bucketStart(b) + bucketStart(b + 1)) / 2) * TICK_MS;
    }
    return 0;
  }

  reset(): void {
    if (this.total > 0) this.counts.fill(0, 0, this.maxBucket + 1);
    this.total = 0;
    this.maxBucket = 0;
  }
}
