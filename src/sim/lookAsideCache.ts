/**
 * The look-aside cache in front of the database: the LRU entries, the cache keys a request's key and
 * shape map to (deploys and rollbacks change them), and everything that writes entries without a
 * caller asking: fills with jittered TTLs, early refresh (XFetch), versioned keys after a deploy,
 * flushes and the `seed` trigger. Whether a miss goes to the database is the client attempt's call.
 */
import { CacheKeys } from './cacheKeys';
import { dlog } from './detMath';
import type { EngineContext } from './engineContext';
import { FRESH, LruCache } from './lru';
import { Prng, STREAM } from './prng';
import type { Scenario } from './scenario';
import { warmCache } from './warmup';
import type { ZipfSampler } from './zipf';

/** The node (0..nodes−1) a cache key lives on: a fixed hash, so a lost node's keys are a spread of every popularity. */
function cacheNodeOf(cacheKey: number, nodes: number): number {
  let h = Math.imul(cacheKey ^ 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) % nodes;
}

export class LookAsideCache {
  readonly lru: LruCache;
  /** Share of the cache's nodes serving (lost nodes not yet replaced); 1 without a node loss. */
  private nodeShare = 1;
  readonly keys: CacheKeys;
  private readonly ctx: EngineContext;
  private readonly rngCache: Prng;

  constructor(ctx: EngineContext, scenario: Scenario, sampler: ZipfSampler) {
    this.ctx = ctx;
    const params = ctx.params;
    this.rngCache = new Prng(scenario.seed, STREAM.cache);
    this.lru = new LruCache(params.workload.keys, params.cache.capacity);
    this.keys = new CacheKeys(params.workload.keys);
    if (params.cache.warm) warmCache(this.lru, sampler, new Prng(scenario.seed, STREAM.warmup), params.cache.ttlMs);
  }

  /** Stores an answer, its TTL shortened by up to ttlJitter so fills made together expire apart. */
  fill(cacheKey: number, fillCostMs: number): void {
    this.lru.insert(cacheKey, this.expiryFromNow(), fillCostMs);
  }

  private expiryFromNow(): number {
    const c = this.ctx.params.cache;
    return c.ttlMs > 0 ? this.ctx.nowMs + c.ttlMs * (1 - c.ttlJitter * this.rngCache.uniform()) : Infinity;
  }

  /** XFetch: refresh early with a probability that rises as expiry nears and with the fill's cost. */
  xfetchDue(cacheKey: number): boolean {
    const expiry = this.lru.expiresAt(cacheKey);
    if (expiry === Infinity) return false;
    const delta = this.lru.fillCostMs(cacheKey);
    return this.ctx.nowMs - delta * this.ctx.params.cache.xfetchBeta * dlog(this.rngCache.uniformOpen()) >= expiry;
  }

  /** Versioned keys: after a key-changing deploy, a miss reads the old version and copies it over. */
  hitOldVersion(key: number, cacheKey: number, shape: number): boolean {
    const old = this.keys.previousCacheKey(key, shape);
    const lru = this.lru;
    if (old < 0 || old === cacheKey || lru.lookup(old, this.ctx.nowMs, 0) !== FRESH) return false;
    lru.insert(cacheKey, lru.expiresAt(old), lru.fillCostMs(old));
    this.ctx.interval.fills++;
    return true;
  }

  /** Empties the cache, or removes the K most popular keys (every request shape). */
  flush(hottest: number | undefined): void {
    if (hottest === undefined) {
      this.lru.clear();
      return;
    }
    const keys = this.keys;
    for (let k = 0; k < hottest; k++) for (let s = 0; s < keys.shapes; s++) this.lru.remove(keys.cacheKey(k, s));
  }

  /** A deploy changes a share of the keys (and may split them by request shape). */
  deploy(fraction: number, shapes: number): void {
    this.keys.deploy(fraction, shapes);
    this.lru.growKeys(this.keys.span());
  }

  /** The capacity in force: the configured one on the nodes that serve. */
  applyCapacity(): void {
    const capacity = this.ctx.params.cache.capacity;
    this.lru.setCapacity(this.nodeShare === 1 ? capacity : Math.floor(capacity * this.nodeShare));
  }

  /** One of `nodes` cache nodes fails: consistent hashing spread its entries over every key, and they go at once. */
  loseNode(nodes: number): void {
    this.lru.removeIf((cacheKey) => cacheNodeOf(cacheKey, nodes) === 0);
  }

  /** The share of nodes serving changed (a node lost, or its empty replacement joined). */
  setNodeShare(share: number): void {
    if (share === this.nodeShare) return;
    this.nodeShare = share;
    this.applyCapacity();
  }

  /** Writes the K most popular keys into the cache, every request shape, without the database. */
  seedHottest(hottest: number): void {
    const keys = this.keys;
    const n = Math.min(hottest, keys.keys);
    for (let k = 0; k < n; k++) {
      for (let s = 0; s < keys.shapes; s++) {
        const expires = this.expiryFromNow();
        if (this.lru.insert(keys.cacheKey(k, s), expires)) this.ctx.interval.fills++;
      }
    }
  }
}
