/**
 * Seeded pseudo-random numbers: xoshiro128** (32-bit state words, so it runs identically on every
 * JavaScript engine), seeded through splitmix32. Each purpose (arrivals, keys, service times, jitter)
 * gets its own stream so that changing one mechanism does not reshuffle the others' randomness:
 * two variants of a scenario with the same seed see the same arrivals and keys.
 */
import { lnWhole } from './detMath';

const LN_2_POW_32 = lnWhole(4294967296);

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32 random bits as an unsigned integer. */
  nextU32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform in (0, 1]: safe to take the logarithm of. */
  uniformOpen(): number {
    return (this.nextU32() + 1) / 4294967296;
  }

  /** Exponentially distributed with the given mean: −ln(U)·mean with U = (n+1)/2³² in (0, 1]. */
  exponential(mean: number): number {
    return (LN_2_POW_32 - lnWhole(this.nextU32() + 1)) * mean;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Named streams, so every consumer draws from its own sequence. */
export const STREAM = { arrivals: 1, keys: 2, service: 3, jitter: 4, warmup: 5, think: 6, cache: 7, shapes: 8, bypass: 9 } as const;
