/**
 * The tier call layer: tiers between the users and the look-aside cache and database. A user's request
 * goes to the top tier; each service tier's call does its own work, then makes its own request to the
 * tier below (with its own timeout, retries, backoff and retry budget) while holding its slot; the
 * request of the last tier is served by the cache and database exactly as a user's request is
 * without tiers. Cache tiers answer hits at once and pass misses down (single-flight optional, stale
 * entries served while one background call refreshes them).
 *
 * Nothing here runs without a stack: every override hands a user's request to the layer below
 * unchanged, so a scenario without tiers runs the same events, in the same order, as before.
 */
import { backoffMs } from './backoff';
import { CALL_DOWNSTREAM, CALL_FORWARDED, CALL_QUEUED, CALL_WORKING, CallPool, NO_CALL } from './callPool';
import { REJECTED, RETRY, SHED, TIMED_OUT } from './engineState';
import { RequestLayer } from './engineRequests';
import { MISS, STALE } from './lru';
import { Prng } from './prng';
import { REQ_BACKOFF, REQ_WAITING } from './requestPool';
import type { Scenario } from './scenario';
import { loadSlowdown, sampleWorkMs } from './serviceTime';
import type { Tier } from './stackSchema';
import { FAULT_BLACK_HOLE, FAULT_CRASH, TierRuntime } from './tierRuntime';
import { warmCache } from './warmup';

// Heap event kinds of the stack (the engine's own kinds are below 20).
export const WORK_DONE = 20; // a = call, b = call generation
export const TIER_FAULT_END = 21; // a = fault id
/** Random streams of the stack, above the engine's own (see STREAM in ./prng). */
const STACK_STREAM = { work: 20, balancer: 21, errors: 22, jitter: 23, warm: 24 } as const;
/** A retry budget holds at most this many tokens (retries), refilled by first calls. */
export const TIER_BUDGET_CAP = 100;

export abstract class TierCallLayer extends RequestLayer {
  protected readonly tiers: TierRuntime[];
  protected readonly tierCount: number;
  protected readonly calls = new CallPool();
  private readonly rngWork: Prng;
  private readonly rngBalancer: Prng;
  private readonly rngErrors: Prng;
  private readonly rngTierJitter: Prng;

  constructor(scenario: Scenario) {
    super(scenario);
    const stack: readonly Tier[] = scenario.stack ?? [];
    const keys = this.p.workload.keys;
    this.tiers = stack.map((t) => new TierRuntime(t, keys));
    this.tierCount = this.tiers.length;
    const seed = scenario.seed;
    this.rngWork = new Prng(seed, STACK_STREAM.work);
    this.rngBalancer = new Prng(seed, STACK_STREAM.balancer);
    this.rngErrors = new Prng(seed, STACK_STREAM.errors);
    this.rngTierJitter = new Prng(seed, STACK_STREAM.jitter);
    this.tiers.forEach((t, i) => {
      const lru = t.lru;
      if (lru && t.cache.warm) warmCache(lru, this.sampler, new Prng(seed, STACK_STREAM.warm + i), t.cache.ttlMs);
    });
  }

  // ── Hooks into the request layer: users' requests pass straight through. ──

  protected override countAttempt(r: number): void {
    if (this.tierCount === 0 || this.reqs.owner[r] < 0) {
      super.countAttempt(r);
      return;
    }
    this.reqs.attempts[r]++;
    this.reqs.attemptAtMs[r] = this.now;
  }

  protected override startAttempt(r: number): void {
    if (this.tierCount === 0) {
      super.startAttempt(r);
      return;
    }
    const t = this.reqs.target[r];
    if (t < this.tierCount) this.tierAttempt(r, t);
    else if (this.tiers[t - 1].partitioned) this.lostOnTheWay(r);
    else super.startAttempt(r);
  }

  protected override await(r: number, gen: number): void {
    const o = this.tierCount === 0 ? -1 : this.reqs.owner[r];
    if (o < 0) {
      super.await(r, gen);
      return;
    }
    this.reqs.state[r] = REQ_WAITING;
    const caller = this.tiers[this.calls.tier[o]];
    // A cache tier times out its fetches too: a fetch that never returns would otherwise hold its
    // key's single-flight slot, and every later miss for the key, forever.
    this.pushTimeout(caller.spec.timeoutMs, r, gen);
  }

  protected override timeout(r: number, gen: number): void {
    if (this.tierCount === 0 || this.reqs.owner[r] < 0 || !this.isWaiting(r, gen)) {
      super.timeout(r, gen);
      return;
    }
    this.attemptFailed(r, TIMED_OUT);
  }

  protected override attemptFailed(r: number, reason: number): void {
    const reqs = this.reqs;
    const o = this.tierCount === 0 ? -1 : reqs.owner[r];
    if (o < 0) {
      super.attemptFailed(r, reason);
      return;
    }
    const caller = this.tiers[this.calls.tier[o]];
    if (caller.isCache) return this.fail(r, reason);
    const spec = caller.service;
    const retry = reqs.attempts[r];
    if (retry > spec.retries) return this.fail(r, reason);
    if (spec.retryBudget > 0) {
      if (caller.tokens < 1) {
        caller.budgetDenied++;
        return this.fail(r, reason);
      }
      caller.tokens -= 1;
    }
    reqs.state[r] = REQ_BACKOFF;
    const sleep = backoffMs(spec, retry, reqs.lastSleepMs[r], this.rngTierJitter);
    reqs.lastSleepMs[r] = sleep;
    this.heap.push(this.now + sleep, RETRY, r, reqs.generation[r]);
  }

  protected override fail(r: number, reason: number): void {
    const o = this.tierCount === 0 ? -1 : this.reqs.owner[r];
    if (o < 0) {
      super.fail(r, reason);
      return;
    }
    const og = this.reqs.ownerGen[r];
    this.reqs.release(r);
    if (this.calls.generation[o] === og) this.callAnswered(o, false);
  }

  protected override deliver(r: number, extraMs: number): void {
    const o = this.tierCount === 0 ? -1 : this.reqs.owner[r];
    if (o < 0) {
      super.deliver(r, extraMs);
      return;
    }
    const og = this.reqs.ownerGen[r];
    this.reqs.release(r);
    if (this.calls.generation[o] === og) this.callAnswered(o, true);
  }

  // ── Tiers ──

  /** An attempt that never arrives (a partition): its caller waits for its timeout. */
  private lostOnTheWay(r: number): void {
    const gen = ++this.reqs.generation[r];
    this.countAttempt(r);
    this.await(r, gen);
  }

  private tierAttempt(r: number, t: number): void {
    if (t > 0 && this.tiers[t - 1].partitioned) return this.lostOnTheWay(r);
    const reqs = this.reqs;
    const gen = ++reqs.generation[r];
    this.countAttempt(r);
    const tier = this.tiers[t];
    tier.arrivals++;
    if (tier.isCache) return this.cacheArrive(tier, t, r, gen);
    const i = tier.pick(this.rngBalancer);
    const crash = tier.crash[i];
    if (crash === FAULT_BLACK_HOLE) return this.await(r, gen);
    if (crash === FAULT_CRASH || (tier.errorRate[i] > 0 && this.rngErrors.uniform() < tier.errorRate[i])) return this.refuse(tier, r, REJECTED);
    const spec = tier.service;
    const calls = this.calls;
    if (spec.shedQueueMs > 0 && tier.queued[i] > 0 && this.now - calls.arrivedMs[tier.head[i]] > spec.shedQueueMs) return this.refuse(tier, r, SHED);
    const working = tier.busy[i] < tier.slotsOf(i);
    if (!working && tier.queued[i] >= spec.queueLimit) return this.refuse(tier, r, REJECTED);
    const c = calls.alloc(t, i, r, gen, reqs.key[r], reqs.shape[r], this.now);
    this.await(r, gen);
    tier.sync(this.now);
    if (working) this.startWork(tier, c);
    else {
      calls.state[c] = CALL_QUEUED;
      if (tier.queued[i] === 0) tier.head[i] = c;
      else calls.next[tier.tail[i]] = c;
      tier.tail[i] = c;
      tier.queued[i]++;
      tier.queuedTotal++;
    }
  }

  /** The tier answers an error at once (crash, error rate, shedding, a full queue). */
  private refuse(tier: TierRuntime, r: number, reason: number): void {
    tier.errors++;
    tier.latency.record(0);
    this.attemptFailed(r, reason);
  }

  private startWork(tier: TierRuntime, c: number): void {
    const calls = this.calls;
    const i = calls.instance[c];
    const spec = tier.service;
    const load = (tier.busy[i] + tier.queued[i]) / tier.slotsOf(i);
    tier.busy[i]++;
    tier.busyTotal++;
    calls.state[c] = CALL_WORKING;
    const ms = sampleWorkMs(spec, this.rngWork) * tier.slow[i] * loadSlowdown(spec, load);
    this.heap.push(this.now + ms, WORK_DONE, c, calls.generation[c]);
  }

  /** The call's own work is done: it asks the tier below, holding its slot meanwhile. */
  protected workDone(c: number, gen: number): void {
    const calls = this.calls;
    if (calls.generation[c] !== gen || calls.state[c] !== CALL_WORKING) return;
    const tier = this.tiers[calls.tier[c]];
    if (tier.service.holdSlot) {
      this.callDownstream(c, CALL_DOWNSTREAM);
      return;
    }
    const i = calls.instance[c];
    tier.sync(this.now);
    tier.busy[i]--;
    tier.busyTotal--;
    this.callDownstream(c, CALL_FORWARDED);
    this.dispatchInstance(tier, i);
  }

  private callDownstream(c: number, state: number): void {
    const calls = this.calls;
    const reqs = this.reqs;
    calls.state[c] = state;
    const t = calls.tier[c];
    const d = reqs.alloc();
    reqs.key[d] = calls.key[c];
    reqs.shape[d] = calls.shape[c];
    reqs.attempts[d] = 0;
    reqs.fromClient[d] = 0;
    reqs.firstAtMs[d] = this.now;
    reqs.lastSleepMs[d] = 0;
    reqs.owner[d] = c;
    reqs.ownerGen[d] = calls.generation[c];
    reqs.target[d] = t + 1;
    const tier = this.tiers[t];
    if (!tier.isCache && tier.service.retryBudget > 0) tier.tokens = Math.min(TIER_BUDGET_CAP, tier.tokens + tier.service.retryBudget);
    this.startAttempt(d);
  }

  /** The tier below answered the call (or its request gave up): the call answers its caller. */
  private callAnswered(c: number, ok: boolean): void {
    const calls = this.calls;
    const tier = this.tiers[calls.tier[c]];
    tier.latency.record(this.now - calls.arrivedMs[c]);
    if (!ok) tier.errors++;
    if (tier.isCache) return this.fillAnswered(tier, c, ok);
    const i = calls.instance[c];
    const r = calls.request[c];
    const rg = calls.requestGen[c];
    const heldSlot = calls.state[c] === CALL_DOWNSTREAM;
    calls.release(c);
    if (heldSlot) {
      tier.sync(this.now);
      tier.busy[i]--;
      tier.busyTotal--;
    }
    this.answer(r, rg, ok);
    if (heldSlot) this.dispatchInstance(tier, i);
  }

  private answer(r: number, gen: number, ok: boolean): void {
    if (r < 0 || !this.isWaiting(r, gen)) return;
    if (ok) this.deliver(r, 0);
    else this.attemptFailed(r, REJECTED);
  }

  /** Queued calls take free slots in arrival order (a tier never knows whether a caller left). */
  protected dispatchInstance(tier: TierRuntime, i: number): void {
    const calls = this.calls;
    while (tier.queued[i] > 0 && tier.busy[i] < tier.slotsOf(i)) {
      tier.sync(this.now);
      const c = tier.head[i];
      tier.head[i] = calls.next[c];
      if (--tier.queued[i] === 0) tier.tail[i] = NO_CALL;
      tier.queuedTotal--;
      this.startWork(tier, c);
    }
  }

  // ── Cache tiers ──

  private cacheArrive(tier: TierRuntime, t: number, r: number, gen: number): void {
    const reqs = this.reqs;
    const key = reqs.key[r];
    const lru = tier.lru!;
    const spec = tier.cache;
    tier.lookups++;
    const outcome = lru.lookup(key, this.now, spec.staleMs);
    if (outcome !== MISS) {
      tier.hits++;
      tier.latency.record(0);
      if (outcome === STALE && tier.leader[key] < 0) {
        const refresh = this.calls.alloc(t, 0, -1, 0, key, reqs.shape[r], this.now);
        tier.leader[key] = refresh;
        this.callDownstream(refresh, CALL_DOWNSTREAM);
      }
      this.deliver(r, 0);
      return;
    }
    const calls = this.calls;
    const c = calls.alloc(t, 0, r, gen, key, reqs.shape[r], this.now);
    calls.state[c] = CALL_DOWNSTREAM;
    this.await(r, gen);
    const lead = tier.leader[key];
    if (spec.singleFlight && lead >= 0) {
      calls.next[c] = calls.joined[lead];
      calls.joined[lead] = c;
      tier.joinedMisses++;
      return;
    }
    tier.leader[key] = c;
    this.callDownstream(c, CALL_DOWNSTREAM);
  }

  /** A fill came back: the entry is stored (on success) and every joined miss is answered. */
  private fillAnswered(tier: TierRuntime, c: number, ok: boolean): void {
    const calls = this.calls;
    const key = calls.key[c];
    if (tier.leader[key] === c) tier.leader[key] = NO_CALL;
    if (ok) {
      const ttl = tier.cache.ttlMs;
      tier.lru!.insert(key, ttl > 0 ? this.now + ttl : Infinity);
    }
    let w = c;
    let next = calls.joined[c];
    while (w !== NO_CALL) {
      const r = calls.request[w];
      const rg = calls.requestGen[w];
      calls.release(w);
      this.answer(r, rg, ok);
      w = next;
      if (w !== NO_CALL) next = calls.next[w];
    }
  }
}
