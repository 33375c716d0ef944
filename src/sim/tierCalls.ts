/**
 * Calls through a stack of tiers between the users and the look-aside cache and database. A user's
 * request goes to the top tier; each service tier's call does its own work, then makes its own
 * request to the tier below (with its own timeout, retries, backoff and retry budget) while holding
 * its slot; the request of the last tier is served by the cache and database exactly as a user's is
 * without tiers. Cache tiers (./cacheTierCalls) answer hits at once and pass misses down.
 *
 * Requests stay in the shared request pool and their attempts in ./clientAttempts, which hands a
 * request owned by a call back here for its target, its timeout, its retries and its end. Without a
 * stack nothing here runs, so a scenario without tiers runs the same events, in the same order.
 */
import { backoffMs } from './backoff';
import { CALL_DOWNSTREAM, CALL_FORWARDED, CALL_QUEUED, CALL_WORKING, CallPool, NO_CALL } from './callPool';
import { CacheTierCalls } from './cacheTierCalls';
import type { AttemptHandlers } from './attemptHandlers';
import { REJECTED, SHED } from './attemptOutcome';
import type { EngineContext } from './engineContext';
import { RETRY, WORK_DONE } from './engineEvents';
import { Prng } from './prng';
import { REQ_BACKOFF } from './requestPool';
import type { Scenario } from './scenario';
import { loadSlowdown, sampleWorkMs } from './serviceTime';
import type { Tier } from './stackSchema';
import { FAULT_BLACK_HOLE, FAULT_CRASH, TierRuntime } from './tierRuntime';
import { warmCache } from './warmup';
import type { ZipfSampler } from './zipf';

/** Random streams of the stack, above the engine's own (see STREAM in ./prng). */
const STACK_STREAM = { work: 20, balancer: 21, errors: 22, jitter: 23, warm: 24 } as const;
/** A retry budget holds at most this many tokens (retries), refilled by first calls. */
export const TIER_BUDGET_CAP = 100;

export class TierCalls {
  readonly tiers: TierRuntime[];
  readonly tierCount: number;
  readonly calls = new CallPool();
  private readonly ctx: EngineContext;
  private readonly cacheTiers: CacheTierCalls;
  private readonly rngWork: Prng;
  private readonly rngBalancer: Prng;
  private readonly rngErrors: Prng;
  private readonly rngTierJitter: Prng;
  private attempts!: AttemptHandlers;

  constructor(ctx: EngineContext, scenario: Scenario, sampler: ZipfSampler) {
    this.ctx = ctx;
    const stack: readonly Tier[] = scenario.stack ?? [];
    const keys = ctx.params.workload.keys;
    this.tiers = stack.map((t) => new TierRuntime(t, keys));
    this.tierCount = this.tiers.length;
    const seed = scenario.seed;
    this.rngWork = new Prng(seed, STACK_STREAM.work);
    this.rngBalancer = new Prng(seed, STACK_STREAM.balancer);
    this.rngErrors = new Prng(seed, STACK_STREAM.errors);
    this.rngTierJitter = new Prng(seed, STACK_STREAM.jitter);
    this.tiers.forEach((t, i) => {
      const lru = t.lru;
      if (lru && t.cache.warm) warmCache(lru, sampler, new Prng(seed, STACK_STREAM.warm + i), t.cache.ttlMs);
    });
    this.cacheTiers = new CacheTierCalls(ctx, this);
  }

  /** The attempts of requests (built after the tiers: they hand tier-owned requests back here). */
  connect(attempts: AttemptHandlers): void {
    this.attempts = attempts;
    this.cacheTiers.connect(attempts);
  }

  // ── Requests owned by a call, handed over by the client attempts ──

  /** Sends an attempt to its target tier; false when its target is the cache and database. */
  sendToTier(r: number): boolean {
    const t = this.ctx.requests.target[r];
    if (t < this.tierCount) this.tierAttempt(r, t);
    else if (this.tiers[t - 1].partitioned) this.lostOnTheWay(r);
    else return false;
    return true;
  }

  /** A call's request times out after its calling tier's timeout (a cache tier's fetches too). */
  timeoutMsOfCall(call: number): number {
    // A cache tier times out its fetches too: a fetch that never returns would otherwise hold its
    // key's single-flight slot, and every later miss for the key, forever.
    return this.tiers[this.calls.tier[call]].spec.timeoutMs;
  }

  /** A call's request failed an attempt (for any reason): the calling tier retries with its own backoff and budget. */
  callRequestFailed(r: number): void {
    const ctx = this.ctx;
    const reqs = ctx.requests;
    const caller = this.tiers[this.calls.tier[reqs.owner[r]]];
    if (caller.isCache) return this.callRequestEnded(r, false);
    const spec = caller.service;
    const retry = reqs.attempts[r];
    if (retry > spec.retries) return this.callRequestEnded(r, false);
    if (spec.retryBudget > 0) {
      if (caller.tokens < 1) {
        caller.budgetDenied++;
        return this.callRequestEnded(r, false);
      }
      caller.tokens -= 1;
    }
    reqs.state[r] = REQ_BACKOFF;
    const sleep = backoffMs(spec, retry, reqs.lastSleepMs[r], this.rngTierJitter);
    reqs.lastSleepMs[r] = sleep;
    ctx.heap.push(ctx.nowMs + sleep, RETRY, r, reqs.generation[r]);
  }

  /** A call's request ended (answered or given up): the call answers its own caller. */
  callRequestEnded(r: number, ok: boolean): void {
    const reqs = this.ctx.requests;
    const call = reqs.owner[r];
    const callGeneration = reqs.ownerGen[r];
    reqs.release(r);
    if (this.calls.generation[call] === callGeneration) this.callAnswered(call, ok);
  }

  // ── Service tiers ──

  /** An attempt that never arrives (a partition): its caller waits for its timeout. */
  private lostOnTheWay(r: number): void {
    const gen = ++this.ctx.requests.generation[r];
    this.attempts.countAttempt(r);
    this.attempts.await(r, gen);
  }

  private tierAttempt(r: number, t: number): void {
    if (t > 0 && this.tiers[t - 1].partitioned) return this.lostOnTheWay(r);
    const ctx = this.ctx;
    const reqs = ctx.requests;
    const attempts = this.attempts;
    const gen = ++reqs.generation[r];
    attempts.countAttempt(r);
    const tier = this.tiers[t];
    tier.arrivals++;
    if (tier.isCache) return this.cacheTiers.arrive(tier, t, r, gen);
    const i = tier.pick(this.rngBalancer);
    const crash = tier.crash[i];
    if (crash === FAULT_BLACK_HOLE) return attempts.await(r, gen);
    if (crash === FAULT_CRASH || (tier.errorRate[i] > 0 && this.rngErrors.uniform() < tier.errorRate[i])) return this.refuse(tier, r, REJECTED);
    const spec = tier.service;
    const calls = this.calls;
    const now = ctx.nowMs;
    if (spec.shedQueueMs > 0 && tier.queued[i] > 0 && now - calls.arrivedMs[tier.head[i]] > spec.shedQueueMs) return this.refuse(tier, r, SHED);
    const working = tier.busy[i] < tier.slotsOf(i);
    if (!working && tier.queued[i] >= spec.queueLimit) return this.refuse(tier, r, REJECTED);
    const c = calls.alloc(t, i, r, gen, reqs.key[r], reqs.shape[r], now);
    attempts.await(r, gen);
    tier.sync(now);
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
    this.attempts.attemptFailed(r, reason);
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
    this.ctx.heap.push(this.ctx.nowMs + ms, WORK_DONE, c, calls.generation[c]);
  }

  /** The call's own work is done: it asks the tier below, holding its slot meanwhile. */
  workDone(c: number, generation: number): void {
    const calls = this.calls;
    if (calls.generation[c] !== generation || calls.state[c] !== CALL_WORKING) return;
    const tier = this.tiers[calls.tier[c]];
    if (tier.service.holdSlot) {
      this.callDownstream(c, CALL_DOWNSTREAM);
      return;
    }
    const i = calls.instance[c];
    tier.sync(this.ctx.nowMs);
    tier.busy[i]--;
    tier.busyTotal--;
    this.callDownstream(c, CALL_FORWARDED);
    this.dispatchInstance(tier, i);
  }

  /** The call makes its own request to the tier below (a fresh request, target = its tier + 1). */
  callDownstream(c: number, state: number): void {
    const calls = this.calls;
    const reqs = this.ctx.requests;
    calls.state[c] = state;
    const t = calls.tier[c];
    const d = reqs.alloc();
    reqs.key[d] = calls.key[c];
    reqs.shape[d] = calls.shape[c];
    reqs.attempts[d] = 0;
    reqs.fromClient[d] = 0;
    reqs.firstAtMs[d] = this.ctx.nowMs;
    reqs.lastSleepMs[d] = 0;
    reqs.owner[d] = c;
    reqs.ownerGen[d] = calls.generation[c];
    reqs.target[d] = t + 1;
    const tier = this.tiers[t];
    if (!tier.isCache && tier.service.retryBudget > 0) tier.tokens = Math.min(TIER_BUDGET_CAP, tier.tokens + tier.service.retryBudget);
    this.attempts.startAttempt(d);
  }

  /** The tier below answered the call (or its request gave up): the call answers its caller. */
  private callAnswered(c: number, ok: boolean): void {
    const calls = this.calls;
    const tier = this.tiers[calls.tier[c]];
    const now = this.ctx.nowMs;
    tier.latency.record(now - calls.arrivedMs[c]);
    if (!ok) tier.errors++;
    if (tier.isCache) return this.cacheTiers.fillAnswered(tier, c, ok);
    const i = calls.instance[c];
    const r = calls.request[c];
    const rg = calls.requestGen[c];
    const heldSlot = calls.state[c] === CALL_DOWNSTREAM;
    calls.release(c);
    if (heldSlot) {
      tier.sync(now);
      tier.busy[i]--;
      tier.busyTotal--;
    }
    this.answer(r, rg, ok);
    if (heldSlot) this.dispatchInstance(tier, i);
  }

  /** Answers a call's caller, if it still waits: delivered, or an error it may retry. */
  answer(r: number, generation: number, ok: boolean): void {
    if (r < 0 || !this.ctx.isWaiting(r, generation)) return;
    if (ok) this.attempts.deliver(r, 0);
    else this.attempts.attemptFailed(r, REJECTED);
  }

  /** Queued calls take free slots in arrival order (a tier never knows whether a caller left). */
  dispatchInstance(tier: TierRuntime, i: number): void {
    const calls = this.calls;
    while (tier.queued[i] > 0 && tier.busy[i] < tier.slotsOf(i)) {
      tier.sync(this.ctx.nowMs);
      const c = tier.head[i];
      tier.head[i] = calls.next[c];
      if (--tier.queued[i] === 0) tier.tail[i] = NO_CALL;
      tier.queuedTotal--;
      this.startWork(tier, c);
    }
  }
}
