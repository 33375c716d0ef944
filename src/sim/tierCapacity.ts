/**
 * What each service tier of a stack can carry, in user requests per second, warm and cold.
 *
 * A tier completes at most instances × slots calls at once, and a call holds its slot for the tier's
 * own work plus, with holdSlot on (a thread per request), the time of its call to the tier below. So
 * a tier's calls/s is instances × slots ÷ that holding time, at the best load: with load-dependent
 * latency the work is slower past the knee (calls in an instance ÷ its slots), and a knee below one
 * makes the best point the knee itself, not full slots. Times are means without queueing (the tier
 * below at its best); retries are left out (a healthy path makes one call per request).
 *
 * Caches cut what reaches the tiers below them. Layered LRU caches are read as one LRU of their
 * summed capacity: the upper one keeps the hottest keys, the lower one the next ones, so together
 * they answer what a single cache of both sizes would (Che's approximation over the user's keys).
 * Warm means every cache at its steady state; cold means every cache empty.
 */
import type { Params } from './scenario';
import type { ServiceTier, Tier } from './stackSchema';
import { loadSlowdown } from './serviceTime';

export interface TierCapacity {
  /** The tier's name. */
  name: string;
  /** Calls/s the tier completes at its best load with warm caches below it. */
  warmCallsPerS: number;
  /** Calls/s with every cache cold (a held slot waits longer for the database). */
  coldCallsPerS: number;
  /** Share of user requests that reach the tier with warm caches above it (0..1). */
  warmReach: number;
  /** User requests/s the tier carries warm: warmCallsPerS ÷ warmReach (Infinity if nothing reaches it). */
  warmRps: number;
  /** User requests/s the tier carries cold: every request reaches it. */
  coldRps: number;
}

/** Steady-state LRU hit rate of one cache of `capacity` entries over the user's keys. */
export type HitRate = (capacity: number) => number;

/**
 * Share of user requests answered by a warm cache among the first `positions` places of the path:
 * the stack's tiers top first, then (position stack.length) the look-aside cache.
 */
export function stackHitRate(params: Params, stack: readonly Tier[], positions: number, hitRate: HitRate): number {
  let capacity = 0;
  for (let i = 0; i < Math.min(positions, stack.length); i++) {
    const t = stack[i];
    if (t.kind === 'cache') capacity += t.capacity;
  }
  if (positions > stack.length) capacity += params.cache.capacity;
  return capacity > 0 ? hitRate(capacity) : 0;
}

/** Share of the calls reaching a cache at `position` that miss it, given the caches above. */
function missShare(params: Params, stack: readonly Tier[], position: number, warm: boolean, hitRate: HitRate): number {
  if (!warm) return 1;
  const above = stackHitRate(params, stack, position, hitRate);
  if (above >= 1) return 0;
  return (1 - stackHitRate(params, stack, position + 1, hitRate)) / (1 - above);
}

/** Mean time, ms, of one call into `position` of the path, without queueing anywhere. */
export function callMs(params: Params, stack: readonly Tier[], position: number, warm: boolean, hitRate: HitRate): number {
  const miss = missShare(params, stack, position, warm, hitRate);
  if (position >= stack.length) return (1 - miss) * params.cache.hitMs + miss * params.db.serviceMs;
  const t = stack[position];
  const below = callMs(params, stack, position + 1, warm, hitRate);
  // An edge cache answers a hit at once and passes a miss down.
  return t.kind === 'cache' ? miss * below : t.serviceMs + below;
}

/** Calls/s a service tier completes at its best load when each call waits `belowMs` on the tier below. */
export function bestCallsPerS(t: ServiceTier, belowMs: number): number {
  const heldBelowMs = t.holdSlot ? belowMs : 0;
  const slots = t.instances * t.slots;
  const at = (load: number) => (Math.min(load, 1) * slots * 1000) / (t.serviceMs * loadSlowdown(t, load) + heldBelowMs);
  const full = at(1);
  return t.loadKnee > 0 && t.loadKnee < 1 ? Math.max(full, at(t.loadKnee)) : full;
}

/** Every service tier's capacity, top first. */
export function serviceTierCapacities(params: Params, stack: readonly Tier[], hitRate: HitRate): TierCapacity[] {
  const out: TierCapacity[] = [];
  stack.forEach((t, i) => {
    if (t.kind !== 'service') return;
    const warmCallsPerS = bestCallsPerS(t, callMs(params, stack, i + 1, true, hitRate));
    const coldCallsPerS = bestCallsPerS(t, callMs(params, stack, i + 1, false, hitRate));
    const warmReach = 1 - stackHitRate(params, stack, i, hitRate);
    out.push({
      name: t.name,
      warmCallsPerS,
      coldCallsPerS,
      warmReach,
      warmRps: warmReach > 0 ? warmCallsPerS / warmReach : Infinity,
      coldRps: coldCallsPerS,
    });
  });
  return out;
}
