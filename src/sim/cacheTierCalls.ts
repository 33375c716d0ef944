/**
 * Cache tiers in a stack: a hit is answered at once (a stale one also starts one background call
 * to refresh it), a miss becomes a call to the tier below; with single-flight, later misses for the
 * same key join the call in flight and are answered with it. A fill that comes back stores the entry.
 */
import { CALL_DOWNSTREAM, NO_CALL, type CallPool } from './callPool';
import type { AttemptHandlers } from './attemptHandlers';
import type { EngineContext } from './engineContext';
import { MISS, STALE } from './lru';
import type { TierRuntime } from './tierRuntime';

/** What a cache tier uses of the tier calls around it (./tierCalls). */
export interface CacheTierHost {
  readonly calls: CallPool;
  callDownstream(call: number, state: number): void;
  answer(request: number, generation: number, ok: boolean): void;
}

export class CacheTierCalls {
  private readonly ctx: EngineContext;
  private readonly tierCalls: CacheTierHost;
  private attempts!: AttemptHandlers;

  constructor(ctx: EngineContext, tierCalls: CacheTierHost) {
    this.ctx = ctx;
    this.tierCalls = tierCalls;
  }

  connect(attempts: AttemptHandlers): void {
    this.attempts = attempts;
  }

  /** An attempt arrives at cache tier t. */
  arrive(tier: TierRuntime, t: number, r: number, generation: number): void {
    const reqs = this.ctx.requests;
    const now = this.ctx.nowMs;
    const calls = this.tierCalls.calls;
    const key = reqs.key[r];
    const lru = tier.lru!;
    const spec = tier.cache;
    tier.lookups++;
    const outcome = lru.lookup(key, now, spec.staleMs);
    if (outcome !== MISS) {
      tier.hits++;
      tier.latency.record(0);
      if (outcome === STALE && tier.leader[key] < 0) {
        const refresh = calls.alloc(t, 0, -1, 0, key, reqs.shape[r], now);
        tier.leader[key] = refresh;
        this.tierCalls.callDownstream(refresh, CALL_DOWNSTREAM);
      }
      this.attempts.deliver(r, 0);
      return;
    }
    const c = calls.alloc(t, 0, r, generation, key, reqs.shape[r], now);
    calls.state[c] = CALL_DOWNSTREAM;
    this.attempts.await(r, generation);
    const lead = tier.leader[key];
    if (spec.singleFlight && lead >= 0) {
      calls.next[c] = calls.joined[lead];
      calls.joined[lead] = c;
      tier.joinedMisses++;
      return;
    }
    tier.leader[key] = c;
    this.tierCalls.callDownstream(c, CALL_DOWNSTREAM);
  }

  /** A fill came back: the entry is stored (on success) and every joined miss is answered. */
  fillAnswered(tier: TierRuntime, c: number, ok: boolean): void {
    const calls = this.tierCalls.calls;
    const key = calls.key[c];
    if (tier.leader[key] === c) tier.leader[key] = NO_CALL;
    if (ok) {
      const ttl = tier.cache.ttlMs;
      tier.lru!.insert(key, ttl > 0 ? this.ctx.nowMs + ttl : Infinity);
    }
    let w = c;
    let next = calls.joined[c];
    while (w !== NO_CALL) {
      const r = calls.request[w];
      const rg = calls.requestGen[w];
      calls.release(w);
      this.tierCalls.answer(r, rg, ok);
      w = next;
      if (w !== NO_CALL) next = calls.next[w];
    }
  }
}
