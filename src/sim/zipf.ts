/**
 * Key popularity: Zipf(s) over keys 0..n-1, key 0 the most popular. Sampling uses Walker's alias
 * method (O(1) per draw, two typed arrays, no allocation after construction).
 */
import { dexp, dpow, lnWhole } from './detMath';
import type { Prng } from './prng';

/**
 * Popularity pᵢ ∝ 1/(i+1)^s, normalised to sum 1. Each weight is dpow(i + 1, −s) bit for bit:
 * lnWhole gives dlog's result for whole numbers (the same mantissa and exponent into the same
 * series) without reinterpreting the bits of a double, which is most of the cost over ten million
 * keys; dpow's exact shortcut for 2 to an integer power is kept.
 */
export function zipfPopularity(n: number, s: number): Float64Array {
  const p = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = i === 1 ? dpow(2, -s) : dexp(-s * lnWhole(i + 1));
    p[i] = w;
    sum += w;
  }
  for (let i = 0; i < n; i++) p[i] /= sum;
  return p;
}

/** How many tables `zipfSampler` keeps: two covers a script switching between two key spaces. */
export const ZIPF_TABLES_KEPT = 2;
const recentTables: ZipfSampler[] = [];
let tablesBuilt = 0;

/** Tables built so far in this thread (for tests and benchmarks: reuse is invisible in the numbers). */
export const zipfTablesBuilt = (): number => tablesBuilt;

/**
 * A sampler for (n, s), reusing one of the last ZIPF_TABLES_KEPT built. Tables are immutable, so
 * sharing them changes no number; it keeps a script that flips `workload.keys` between two values
 * (each flip used to rebuild a table over all keys inside one event) from stalling the run.
 */
export function zipfSampler(n: number, s: number): ZipfSampler {
  const kept = recentTables.find((z) => z.n === n && z.s === s);
  if (kept) return kept;
  const made = new ZipfSampler(n, s);
  tablesBuilt++;
  recentTables.unshift(made);
  if (recentTables.length > ZIPF_TABLES_KEPT) recentTables.pop();
  return made;
}

export class ZipfSampler {
  readonly n: number;
  readonly s: number;
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(n: number, s: number) {
    this.n = n;
    this.s = s;
    const p = zipfPopularity(n, s);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    // Vose's stable variant: worklists of under- and over-full columns.
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let ns = 0;
    let nl = 0;
    const scaled = p; // reuse: scaled[i] = p[i] * n
    for (let i = 0; i < n; i++) {
      scaled[i] *= n;
      if (scaled[i] < 1) small[ns++] = i;
      else large[nl++] = i;
    }
    while (ns > 0 && nl > 0) {
      const l = small[--ns];
      const g = large[--nl];
      this.prob[l] = scaled[l];
      this.alias[l] = g;
      scaled[g] = scaled[g] + scaled[l] - 1;
      if (scaled[g] < 1) small[ns++] = g;
      else large[nl++] = g;
    }
    while (nl > 0) this.prob[large[--nl]] = 1;
    while (ns > 0) this.prob[small[--ns]] = 1;
  }

  /** Draws a key in 0..n-1. */
  sample(rng: Prng): number {
    const u = rng.uniform() * this.n;
    const i = u | 0;
    return u - i < this.prob[i] ? i : this.alias[i];
  }
}
