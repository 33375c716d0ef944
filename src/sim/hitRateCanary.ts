/**
 * The hit-rate canary (cache.canaryHitRate): after a deploy it checks the cache's hit rate every
 * CANARY_CHECK_MS for canaryWindowS; below the threshold the deploy rolls itself back (marked on the
 * charts), past the window it counts as safe. A later deploy or a rollback retires its checks.
 */
import type { EngineContext } from './engineContext';
import { CANARY } from './engineEvents';
import type { LookAsideCache } from './lookAsideCache';

/** The canary compares the hit rate of each such period with its threshold. */
export const CANARY_CHECK_MS = 5000;
/** Fewer lookups than this in a period say nothing about the hit rate: no verdict. */
export const CANARY_MIN_LOOKUPS = 20;

export class HitRateCanary {
  /** Deploys and rollbacks so far; a check names the deploy it watches. */
  private deployGeneration = 0;
  /** When the canary stops watching the current deploy, ms (−∞ when not watching). */
  private watchUntilMs = -Infinity;
  /** Lookups and hits since t = 0 at the last check. */
  private lookupsAtCheck = 0;
  private hitsAtCheck = 0;
  private readonly ctx: EngineContext;
  private readonly cache: LookAsideCache;

  constructor(ctx: EngineContext, cache: LookAsideCache) {
    this.ctx = ctx;
    this.cache = cache;
  }

  /** A deploy: the canary starts watching it when the mitigation is on. */
  watchDeploy(): void {
    const generation = ++this.deployGeneration;
    const ctx = this.ctx;
    const c = ctx.params.cache;
    if (c.canaryHitRate <= 0) return;
    this.watchUntilMs = ctx.nowMs + c.canaryWindowS * 1000;
    this.lookupsAtCheck = ctx.interval.lookupsTotal;
    this.hitsAtCheck = ctx.interval.hitsTotal;
    ctx.heap.push(ctx.nowMs + CANARY_CHECK_MS, CANARY, generation, 0);
  }

  /** A rollback retires the checks of the deploy it undoes. */
  retire(): void {
    this.deployGeneration++;
  }

  /** One check: the hit rate over the last check period. */
  check(generation: number): void {
    const ctx = this.ctx;
    if (generation !== this.deployGeneration || ctx.nowMs > this.watchUntilMs) return;
    const interval = ctx.interval;
    const lookups = interval.lookupsTotal - this.lookupsAtCheck;
    const hits = interval.hitsTotal - this.hitsAtCheck;
    this.lookupsAtCheck = interval.lookupsTotal;
    this.hitsAtCheck = interval.hitsTotal;
    const threshold = ctx.params.cache.canaryHitRate;
    if (threshold > 0 && lookups >= CANARY_MIN_LOOKUPS && hits / lookups < threshold) {
      this.deployGeneration++;
      interval.triggerFired = true;
      this.cache.keys.rollback();
      const trigger = { type: 'rollback' } as const;
      ctx.marks.push({
        tS: ctx.nowMs / 1000,
        trigger,
        source: 'script',
        label: `canary: hit rate ${Math.round((hits / lookups) * 100)}% < ${Math.round(threshold * 100)}%, rollback`,
      });
      return;
    }
    if (ctx.nowMs + CANARY_CHECK_MS <= this.watchUntilMs) ctx.heap.push(ctx.nowMs + CANARY_CHECK_MS, CANARY, generation, 0);
  }
}
