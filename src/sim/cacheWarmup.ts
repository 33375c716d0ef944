/**
 * The cache warmer (cache.warmupRps): at a steady rate it prefills the most popular key missing from
 * the cache with a background query, as long as the database has room (warmupMaxUtil). A change of
 * the rate restarts it; the generation retires the ticks of the old rate.
 */
import type { Database } from './database';
import { WARMUP } from './engineEvents';
import type { EngineContext } from './engineContext';
import type { LookAsideCache } from './lookAsideCache';

/** Keys a tick looks at before giving up until the next tick. */
const KEYS_SCANNED_PER_TICK = 256;

export class CacheWarmup {
  private generation = 0;
  /** The next key to look at, cycling through the first `capacity` keys. */
  private cursor = 0;
  private readonly ctx: EngineContext;
  private readonly cache: LookAsideCache;
  private readonly database: Database;

  constructor(ctx: EngineContext, cache: LookAsideCache, database: Database) {
    this.ctx = ctx;
    this.cache = cache;
    this.database = database;
  }

  schedule(): void {
    const rate = this.ctx.params.cache.warmupRps;
    if (rate <= 0) return;
    this.ctx.heap.push(this.ctx.nowMs + 1000 / rate, WARMUP, ++this.generation, 0);
  }

  /** Prefills the hottest missing key, unless the database is already busy enough. */
  tick(generation: number): void {
    if (generation !== this.generation) return;
    const params = this.ctx.params;
    const c = params.cache;
    const database = this.database;
    if (database.busy + database.queue.length < params.db.workers * c.warmupMaxUtil && c.capacity > 0) {
      const span = Math.min(c.capacity, params.workload.keys);
      for (let scanned = 0; scanned < KEYS_SCANNED_PER_TICK; scanned++) {
        const key = this.cursor;
        this.cursor = (this.cursor + 1) % span;
        const cacheKey = this.cache.keys.cacheKey(key);
        if (!this.cache.lru.has(cacheKey)) {
          database.refresh(key, cacheKey);
          break;
        }
      }
    }
    this.schedule();
  }
}
