/**
 * A `set` trigger: new parameters in force from now on. Each mechanism picks up what changed where
 * it has state of its own (the key sampler, the cache's size, the warmer's rate, the retry budget,
 * the arrival rate, the clients, the queue's free workers, the path's capacities); everything else
 * reads the parameters as it goes.
 */
import type { Arrivals } from './arrivals';
import type { CacheWarmup } from './cacheWarmup';
import { capacities } from './capacity';
import type { ClientAttempts } from './clientAttempts';
import type { Database } from './database';
import type { EngineContext } from './engineContext';
import type { FrameWriter } from './frameWriter';
import type { LookAsideCache } from './lookAsideCache';
import { applyPatch } from './parseScenario';
import type { Trigger } from './scenario';
import type { Tier } from './stackSchema';
import { zipfSampler } from './zipf';

export interface ChangedParts {
  arrivals: Arrivals;
  cache: LookAsideCache;
  database: Database;
  attempts: ClientAttempts;
  warmup: CacheWarmup;
  frames: FrameWriter;
}

export function applyParameterChanges(ctx: EngineContext, parts: ChangedParts, trigger: Extract<Trigger, { type: 'set' }>, stack: Tier[]): void {
  const { arrivals, cache, database, attempts, warmup, frames } = parts;
  const before = ctx.params;
  database.syncIntegrals();
  const after = applyPatch(before, trigger.changes);
  ctx.params = after;
  const w = after.workload;
  if (w.keys !== before.workload.keys || w.zipf !== before.workload.zipf) {
    attempts.keySampler = zipfSampler(w.keys, w.zipf);
    cache.lru.growKeys(w.keys);
  }
  if (after.cache.capacity !== before.cache.capacity) cache.applyCapacity();
  if (after.cache.warmupRps !== before.cache.warmupRps) warmup.schedule();
  if (after.client.retryBudget === 'on' && before.client.retryBudget === 'off') attempts.budget.tokens = after.client.budgetTokens;
  if (w.rps !== before.workload.rps || w.mode !== before.workload.mode) arrivals.rescheduleArrivals();
  arrivals.spawnClients();
  database.dispatchQueue();
  frames.capacities = capacities(after, stack);
}
