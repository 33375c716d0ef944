/**
 * A request's attempts, from its first to its end: the path of each attempt (cache lookup, stale
 * serving and early refresh, versioned keys, coalescing, the circuit breaker, the database), its
 * timeout, retries with backoff and the retry budget, and the request's end (delivered, failed with
 * a reason, or dropped at a memory cap).
 *
 * With a stack of tiers a request may belong to a tier's call rather than a user (`owner` ≥ 0): its
 * attempts go to the tier below, its timeouts, retries and end are the tier's (./tierCalls), and the
 * request of the last tier takes the same cache and database path as a user's without tiers.
 */
import type { Arrivals } from './arrivals';
import type { AttemptHandlers } from './attemptHandlers';
import { AttemptTimeouts } from './attemptTimeouts';
import { ADMITTED, BREAKER, CAP_DROPPED, REJECTED, SHED, TIMED_OUT } from './attemptOutcome';
import { backoffMs } from './backoff';
import { CircuitBreaker } from './circuitBreaker';
import type { Database } from './database';
import type { EngineContext } from './engineContext';
import { RETRY } from './engineEvents';
import { bucketOfMs } from './latencyHistogram';
import { MAX_COALESCED_WAITERS, MAX_REQUESTS_IN_FLIGHT } from './limits';
import type { LookAsideCache } from './lookAsideCache';
import { MISS, STALE } from './lru';
import { Prng, STREAM } from './prng';
import { REQ_BACKOFF, REQ_WAITING } from './requestPool';
import { RetryBudget } from './retryBudget';
import type { TierCalls } from './tierCalls';
import type { ZipfSampler } from './zipf';

export class ClientAttempts implements AttemptHandlers {
  /** Draws each request's key (replaced when `keys` or `zipf` change). */
  keySampler: ZipfSampler;
  readonly timeouts: AttemptTimeouts;
  readonly breaker = new CircuitBreaker();
  readonly budget: RetryBudget;
  private readonly ctx: EngineContext;
  private readonly arrivals: Arrivals;
  private readonly cache: LookAsideCache;
  private readonly database: Database;
  private readonly tierCalls: TierCalls;
  /** Whether the scenario has tiers (requests may then belong to a tier's call). */
  private readonly stacked: boolean;
  private readonly rngKeys: Prng;
  private readonly rngShapes: Prng;
  private readonly rngJitter: Prng;
  private readonly rngBypass: Prng;

  constructor(ctx: EngineContext, seed: number, keySampler: ZipfSampler, arrivals: Arrivals, cache: LookAsideCache, database: Database, tierCalls: TierCalls) {
    this.ctx = ctx;
    this.keySampler = keySampler;
    this.arrivals = arrivals;
    this.cache = cache;
    this.database = database;
    this.tierCalls = tierCalls;
    this.stacked = tierCalls.tierCount > 0;
    this.timeouts = new AttemptTimeouts(ctx);
    this.budget = new RetryBudget(ctx.params.client.budgetTokens);
    this.rngKeys = new Prng(seed, STREAM.keys);
    this.rngShapes = new Prng(seed, STREAM.shapes);
    this.rngJitter = new Prng(seed, STREAM.jitter);
    this.rngBypass = new Prng(seed, STREAM.bypass);
  }

  /** A user's request arrives (open loop) or a closed-loop client asks. */
  newRequest(fromClient: boolean): void {
    const ctx = this.ctx;
    if (ctx.requests.live >= MAX_REQUESTS_IN_FLIGHT) {
      // The simulation holds no more requests (limits.ts): this one is dropped, and counted. It is
      // still demand (a first attempt), so the charts show a million asked for and none served.
      ctx.totals.requests++;
      ctx.totals.attempts++;
      ctx.totals.droppedAtCap++;
      ctx.interval.first++;
      ctx.interval.capDropped++;
      if (fromClient) this.arrivals.clientThinks();
      return;
    }
    const reqs = ctx.requests;
    const r = reqs.alloc();
    reqs.key[r] = this.keySampler.sample(this.rngKeys);
    reqs.attempts[r] = 0;
    reqs.fromClient[r] = fromClient ? 1 : 0;
    reqs.firstAtMs[r] = ctx.nowMs;
    reqs.lastSleepMs[r] = 0;
    const shapes = this.cache.keys.shapes;
    reqs.shape[r] = shapes > 1 ? Math.floor(this.rngShapes.uniform() * shapes) : 0;
    ctx.totals.requests++;
    this.startAttempt(r);
  }

  /** A backoff is over: the request tries again, unless that sleep belongs to an older attempt. */
  retry(r: number, generation: number): void {
    const reqs = this.ctx.requests;
    if (reqs.generation[r] === generation && reqs.state[r] === REQ_BACKOFF) this.startAttempt(r);
  }

  startAttempt(r: number): void {
    if (this.stacked && this.tierCalls.sendToTier(r)) return;
    const ctx = this.ctx;
    const reqs = ctx.requests;
    const now = ctx.nowMs;
    const gen = ++reqs.generation[r];
    this.countAttempt(r);
    const key = reqs.key[r];
    const cache = this.cache;
    const cacheKey = cache.keys.cacheKey(key, reqs.shape[r]);
    const cp = ctx.params.cache;
    const interval = ctx.interval;
    const database = this.database;
    interval.lookups++;
    const outcome = cache.lru.lookup(cacheKey, now, cp.staleMs);
    if (outcome !== MISS) {
      interval.hits++;
      if (outcome === STALE) {
        interval.stale++;
        database.refresh(key, cacheKey);
      } else if (cp.xfetchBeta > 0 && cache.xfetchDue(cacheKey)) database.refresh(key, cacheKey);
      this.deliver(r, cp.hitMs);
      return;
    }
    if (cp.versionedKeys && cache.hitOldVersion(key, cacheKey, reqs.shape[r])) {
      interval.hits++;
      this.deliver(r, cp.hitMs);
      return;
    }
    // A miss. With coalescing, join the query already in flight for this key, unless this miss is
    // among the share a bug lets through (coalesceBypass): then it sends its own query.
    const inflight = database.inflight;
    if (cp.coalesce && inflight[cacheKey] >= 0 && !(cp.coalesceBypass > 0 && this.rngBypass.uniform() < cp.coalesceBypass)) {
      if (database.waiters.live >= MAX_COALESCED_WAITERS) return this.dropAtCap(r);
      const q = inflight[cacheKey];
      database.queries.waiters[q] = database.waiters.alloc(r, gen, database.queries.waiters[q]);
      interval.coalesced++;
      this.await(r, gen);
      return;
    }
    if (!this.breaker.allow(now, ctx.params.client)) {
      interval.breaker++;
      this.fail(r, BREAKER);
      return;
    }
    // To the database, unless a gateway refuses it first. During an outage the query is lost on the
    // way: the caller just waits for its timeout.
    if (database.outages === 0) {
      const admitted = database.admit(r, gen, key, cacheKey);
      if (admitted === CAP_DROPPED) return this.dropAtCap(r);
      if (admitted !== ADMITTED) {
        if (admitted === SHED) interval.shed++;
        else interval.rejected++;
        this.attemptFailed(r, admitted);
        return;
      }
    }
    this.await(r, gen);
  }

  /** Counts an attempt as the users' (a stack's tiers count their own calls instead). */
  countAttempt(r: number): void {
    const ctx = this.ctx;
    const reqs = ctx.requests;
    if (this.stacked && reqs.owner[r] >= 0) {
      reqs.attempts[r]++;
      reqs.attemptAtMs[r] = ctx.nowMs;
      return;
    }
    if (reqs.attempts[r]++ === 0) ctx.interval.first++;
    else ctx.interval.retries++;
    reqs.attemptAtMs[r] = ctx.nowMs;
    ctx.totals.attempts++;
  }

  /** The attempt waits for its answer, or for its timeout (the client's, or its calling tier's). */
  await(r: number, generation: number): void {
    const reqs = this.ctx.requests;
    reqs.state[r] = REQ_WAITING;
    const owner = this.stacked ? reqs.owner[r] : -1;
    this.timeouts.push(owner < 0 ? this.ctx.params.client.timeoutMs : this.tierCalls.timeoutMsOfCall(owner), r, generation);
  }

  /** A deadline fired: the attempt fails, if it still waits (a tier's request counts no user timeout). */
  timeout(r: number, generation: number): void {
    const ctx = this.ctx;
    if (!ctx.isWaiting(r, generation)) return;
    if (!this.stacked || ctx.requests.owner[r] < 0) ctx.interval.timeouts++;
    this.attemptFailed(r, TIMED_OUT);
  }

  /** The database answered the attempt: the breaker counts a success, the request is delivered. */
  answeredByDatabase(r: number): void {
    this.breaker.record(this.ctx.nowMs, true, this.ctx.params.client);
    this.deliver(r, 0);
  }

  /** An attempt failed: retry after a backoff if retries and the budget allow, else the request fails. */
  attemptFailed(r: number, reason: number): void {
    const ctx = this.ctx;
    const reqs = ctx.requests;
    if (this.stacked && reqs.owner[r] >= 0) return this.tierCalls.callRequestFailed(r);
    const client = ctx.params.client;
    this.breaker.record(ctx.nowMs, false, client);
    const retry = reqs.attempts[r]; // the number of the retry that would come next
    if (retry > client.retries) return this.fail(r, reason);
    if (!this.budget.trySpend(client, reason === TIMED_OUT)) {
      ctx.interval.budgetDenied++;
      return this.fail(r, reason);
    }
    reqs.state[r] = REQ_BACKOFF;
    let sleep = backoffMs(client, retry, reqs.lastSleepMs[r], this.rngJitter);
    if (reason === SHED && client.honorRetryAfter) sleep = Math.max(sleep, ctx.params.shedding.retryAfterMs);
    reqs.lastSleepMs[r] = sleep;
    ctx.heap.push(ctx.nowMs + sleep, RETRY, r, reqs.generation[r]);
  }

  /** The request fails for good; a tier's request answers its call with an error. */
  fail(r: number, reason: number): void {
    const ctx = this.ctx;
    if (this.stacked && ctx.requests.owner[r] >= 0) return this.tierCalls.callRequestEnded(r, false);
    const totals = ctx.totals;
    ctx.interval.failed++;
    if (reason === TIMED_OUT) totals.failedTimeout++;
    else if (reason === REJECTED) totals.failedRejected++;
    else if (reason === SHED) totals.failedShed++;
    else totals.failedBreaker++;
    ctx.interval.latencyAll.record(ctx.nowMs - ctx.requests.firstAtMs[r]);
    this.finish(r);
  }

  /** The request is answered, extraMs after now (a cache hit's own time); a tier's answers its call. */
  deliver(r: number, extraMs: number): void {
    const ctx = this.ctx;
    if (this.stacked && ctx.requests.owner[r] >= 0) return this.tierCalls.callRequestEnded(r, true);
    const interval = ctx.interval;
    interval.delivered++;
    const bucket = bucketOfMs(ctx.nowMs - ctx.requests.firstAtMs[r] + extraMs);
    interval.latency.addBucket(bucket);
    interval.latencyAll.addBucket(bucket);
    ctx.totals.delivered++;
    this.budget.onSuccess(ctx.params.client);
    this.finish(r);
  }

  /** A memory cap is full (limits.ts): the request ends here, no answer and no retry, and is counted. */
  private dropAtCap(r: number): void {
    const ctx = this.ctx;
    ctx.interval.capDropped++;
    // A stack tier's call to the database: the tier's caller gets an error, as for a full queue.
    if (ctx.requests.owner[r] >= 0) return this.fail(r, REJECTED);
    ctx.totals.droppedAtCap++;
    this.finish(r);
  }

  /** The request leaves the system; a closed-loop client thinks, then asks again. */
  private finish(r: number): void {
    const reqs = this.ctx.requests;
    const fromClient = reqs.fromClient[r] === 1;
    reqs.release(r);
    if (fromClient) this.arrivals.clientThinks();
  }
}
