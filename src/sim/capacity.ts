/**
 * The paper's capacities. Hidden capacity: what the system serves with a cold cache, i.e. what the
 * database serves alone, at the best point of its contention curve. Advertised capacity: what it serves warm, C_db / (1 − h) with h the warm
 * LRU hit rate (Che's approximation; TTL expiry is not accounted for).
 */
import type { Params } from './scenario';
import { cheHitRate } from './che';

export interface Capacities {
  /** Database throughput at full utilisation, queries/s. */
  dbQps: number;
  /** Steady-state LRU hit rate of a warm cache (0..1). */
  warmHitRate: number;
  /** Requests/s the system carries warm. Infinite when everything fits in the cache. */
  advertisedRps: number;
  /** Requests/s the system carries cold. */
  hiddenRps: number;
}

const hitRateMemo = new Map<string, number>();

/** Memoised: sliders call this often with the same few cache sizes. */
export function warmHitRate(keys: number, zipf: number, capacity: number): number {
  const id = `${keys}|${zipf}|${capacity}`;
  let h = hitRateMemo.get(id);
  if (h === undefined) {
    h = cheHitRate(keys, zipf, capacity);
    if (hitRateMemo.size > 256) hitRateMemo.clear();
    hitRateMemo.set(id, h);
  }
  return h;
}

/**
 * Best database throughput, queries/s, over the concurrency the workers allow. With n queries in
 * service past the cores each one slows by (n / cores) × (1 + contention × (n − cores)) (see
 * db.cores in the schema), so throughput is min(n, cores) / serviceMs / (1 + contention ×
 * max(0, n − cores)): it rises to the cores and never rises after, so the best point is
 * min(workers, cores). Extra connections past the cores add nothing at best.
 */
export function bestDbQps(db: Params['db']): number {
  const useful = db.cores > 0 ? Math.min(db.workers, db.cores) : db.workers;
  return (useful * 1000) / db.serviceMs;
}

export function capacities(params: Params): Capacities {
  const dbQps = bestDbQps(params.db);
  const h = warmHitRate(params.workload.keys, params.workload.zipf, params.cache.capacity);
  return { dbQps, warmHitRate: h, advertisedRps: h >= 1 ? Infinity : dbQps / (1 - h), hiddenRps: dbQps };
}
