/**
 * Che's approximation of the LRU hit rate under independent requests: find the characteristic time
 * T with Σᵢ (1 − e^{−pᵢT}) = C, then hit rate = Σᵢ pᵢ (1 − e^{−pᵢT}).
 *
 * Over more than CHE_EXACT_MAX_KEYS keys the sums run over bins of keys instead (cheBinned.ts):
 * summing ten million terms per Newton step took the worker ~8 s before a 10-million-key scenario's
 * first frame (issue 15).
 */
import { cheHitRateBinned } from './cheBinned';
import { dexp } from './detMath';
import { zipfPopularity } from './zipf';

/** Key spaces up to this size are summed key by key; larger ones by bins (error below 1e-6). */
export const CHE_EXACT_MAX_KEYS = 1_000_000;

/** Characteristic time T (in units of requests) of an LRU of `capacity` entries. */
export function cheCharacteristicTime(popularity: Float64Array, capacity: number): number {
  // f(T) = Σ(1 − e^{−pT}) − C is increasing and concave with f(T) ≤ T − C, so Newton's method started
  // at T = C approaches the root from below, monotonically.
  let t = capacity;
  for (let iter = 0; iter < 100; iter++) {
    let f = -capacity;
    let df = 0;
    for (let i = 0; i < popularity.length; i++) {
      const e = dexp(-popularity[i] * t);
      f += 1 - e;
      df += popularity[i] * e;
    }
    if (df <= 0) break;
    const step = -f / df;
    t += step;
    if (Math.abs(step) <= 1e-9 * t) break;
  }
  return t;
}

export function cheHitRateFromPopularity(popularity: Float64Array, capacity: number): number {
  if (capacity <= 0) return 0;
  if (capacity >= popularity.length) return 1;
  const t = cheCharacteristicTime(popularity, capacity);
  let h = 0;
  for (let i = 0; i < popularity.length; i++) h += popularity[i] * (1 - dexp(-popularity[i] * t));
  return h;
}

/** LRU hit rate of `capacity` entries over Zipf(s) on `keys` keys. */
export function cheHitRate(keys: number, zipf: number, capacity: number): number {
  if (capacity <= 0) return 0;
  if (capacity >= keys) return 1;
  if (keys > CHE_EXACT_MAX_KEYS) return cheHitRateBinned(keys, zipf, capacity);
  return cheHitRateFromPopularity(zipfPopularity(keys, zipf), capacity);
}
