/**
 * A warm start: the cache as it stands after a long healthy run, reached by replaying key draws
 * through the LRU (no clock, no database). Filling the hottest keys directly would overstate the hit
 * rate; replaying reaches LRU's own steady state, whose hit rate Che's approximation predicts.
 */
import { MISS, type LruCache } from './lru';
import type { Prng } from './prng';
import type { ZipfSampler } from './zipf';

export function warmCache(cache: LruCache, sampler: ZipfSampler, rng: Prng, ttlMs: number): void {
  if (cache.capacity === 0) return;
  // Enough draws for every slot to have turned over several times at a ~90% hit rate.
  const draws = Math.min(20_000_000, Math.max(200_000, 30 * cache.capacity));
  for (let i = 0; i < draws; i++) {
    const key = sampler.sample(rng);
    // With a TTL, spread fill times over the last TTL so that entries do not all expire together.
    const expiresAt = ttlMs > 0 ? ttlMs * (1 - rng.uniform()) : Infinity;
    if (cache.lookup(key, -1, 0) === MISS) cache.insert(key, expiresAt);
  }
}
