/**
 * The paper's capacities. Hidden capacity: what the system serves with a cold cache, i.e. what the
 * database serves alone, at the best point of its contention curve. Advertised capacity: what it serves warm, C_db / (1 − h) with h the warm
 * LRU hit rate (Che's approximation; TTL expiry is not accounted for).
 *
 * With a stack of tiers the path is bounded by its narrowest tier as well (see ./tierCapacity): both
 * capacities are the smaller of the cache-and-database figure and every service tier's, and the
 * readout names the tier that bounds each.
 */
import type { Params } from './scenario';
import type { Tier } from './stackSchema';
import { cheHitRate } from './che';
import { bestDbQps } from './dbThroughput';
import { serviceTierCapacities, stackHitRate, type TierCapacity } from './tierCapacity';

export { bestDbQps };

export interface Capacities {
  /** Database throughput at full utilisation, queries/s. */
  dbQps: number;
  /**
   * Steady-state hit rate of warm caches (0..1): the share of user requests answered by a cache,
   * the look-aside cache's and, with a stack, every edge cache's above it.
   */
  warmHitRate: number;
  /** Requests/s the system carries warm. Infinite when everything fits in the cache. */
  advertisedRps: number;
  /** Requests/s the system carries cold. */
  hiddenRps: number;
  /** The service tier that bounds the advertised capacity; absent when the cache and database do. */
  advertisedBy?: string;
  /** The service tier that bounds the hidden capacity; absent when the database alone does. */
  hiddenBy?: string;
  /** Each service tier's capacity in user requests/s, top first (absent without a stack). */
  tiers?: TierCapacity[];
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
 * The capacities of the path: without a stack (or an empty one) exactly the figures before tiers
 * existed. A whole Scenario may be passed as `params`: its own stack is then used.
 */
export function capacities(params: Params & { stack?: readonly Tier[] }, stack: readonly Tier[] = params.stack ?? []): Capacities {
  const dbQps = bestDbQps(params.db);
  if (stack.length === 0) {
    const h = warmHitRate(params.workload.keys, params.workload.zipf, params.cache.capacity);
    return { dbQps, warmHitRate: h, advertisedRps: h >= 1 ? Infinity : dbQps / (1 - h), hiddenRps: dbQps };
  }
  const hitRate = (capacity: number) => warmHitRate(params.workload.keys, params.workload.zipf, capacity);
  const h = stackHitRate(params, stack, stack.length + 1, hitRate);
  let advertisedRps = h >= 1 ? Infinity : dbQps / (1 - h);
  let hiddenRps = dbQps;
  let advertisedBy: string | undefined;
  let hiddenBy: string | undefined;
  const tiers = serviceTierCapacities(params, stack, hitRate);
  for (const t of tiers) {
    if (t.warmRps < advertisedRps) [advertisedRps, advertisedBy] = [t.warmRps, t.name];
    if (t.coldRps < hiddenRps) [hiddenRps, hiddenBy] = [t.coldRps, t.name];
  }
  const out: Capacities = { dbQps, warmHitRate: h, advertisedRps, hiddenRps, tiers };
  if (advertisedBy !== undefined) out.advertisedBy = advertisedBy;
  if (hiddenBy !== undefined) out.hiddenBy = hiddenBy;
  return out;
}
