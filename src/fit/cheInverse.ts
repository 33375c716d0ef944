/**
 * Che's approximation run backwards: the LRU capacity that gives a target hit rate over Zipf(s) keys.
 * The hit rate rises with the characteristic time T, so T is found by bisection (in log space), and
 * the capacity is then Σᵢ (1 − e^{−pᵢT}), the expected number of distinct keys seen within T.
 */
import { dexp } from '../sim/detMath';
import { zipfPopularity } from '../sim/zipf';
import { cheHitRate } from '../sim/che';

function hitAndSize(p: Float64Array, t: number): { hit: number; size: number } {
  let hit = 0;
  let size = 0;
  for (let i = 0; i < p.length; i++) {
    const f = 1 - dexp(-p[i] * t);
    hit += p[i] * f;
    size += f;
  }
  return { hit, size };
}

const memo = new Map<string, number>();

/** Capacity in entries (whole, at least 1) whose warm LRU hit rate is `hitRate` for `keys` keys of Zipf(`zipf`). */
export function capacityForHitRate(keys: number, zipf: number, hitRate: number): number {
  const id = `${keys}|${zipf}|${hitRate}`;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const p = zipfPopularity(keys, zipf);
  const target = Math.min(Math.max(hitRate, 0), 0.9999);
  let lo = 0; // log T
  let hi = 60;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (hitAndSize(p, Math.exp(mid)).hit < target) lo = mid;
    else hi = mid;
  }
  const c = Math.min(keys, Math.max(1, Math.round(hitAndSize(p, Math.exp(hi)).size)));
  if (memo.size > 512) memo.clear();
  memo.set(id, c);
  return c;
}

/** Share of requests that go to the `k` most popular keys. */
export function topKeysShare(keys: number, zipf: number, k: number): number {
  const p = zipfPopularity(keys, zipf);
  let s = 0;
  for (let i = 0; i < Math.min(k, keys); i++) s += p[i];
  return s;
}

/** The fewest most-popular keys that together draw `share` of the requests. */
export function hottestKeysForShare(keys: number, zipf: number, share: number): number {
  const p = zipfPopularity(keys, zipf);
  let s = 0;
  for (let i = 0; i < keys; i++) {
    s += p[i];
    if (s >= share) return i + 1;
  }
  return keys;
}

const keysMemo = new Map<string, number>();

/**
 * The key count whose warm LRU hit rate, for `capacity` entries of Zipf(`zipf`), is `hitRate`: more
 * keys spread the requests thinner, so the hit rate falls as keys grow (bisection on log keys).
 */
export function keysForHitRate(zipf: number, capacity: number, hitRate: number, maxKeys = 2_000_000): number {
  const id = `${zipf}|${capacity}|${hitRate}`;
  const known = keysMemo.get(id);
  if (known !== undefined) return known;
  let lo = Math.log(capacity + 1);
  let hi = Math.log(maxKeys);
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (cheHitRate(Math.round(Math.exp(mid)), zipf, capacity) > hitRate) lo = mid;
    else hi = mid;
  }
  const keys = Math.round(Math.exp((lo + hi) / 2));
  if (keysMemo.size > 256) keysMemo.clear();
  keysMemo.set(id, keys);
  return keys;
}
