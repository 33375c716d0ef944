/**
 * The request layer: open- and closed-loop load, each attempt's path (cache lookup, stale serving and
 * early refresh, versioned keys, coalescing, the circuit breaker, the database), timeouts, retries
 * with backoff and the retry budget, and each request's end (delivered or failed with a reason).
 */
import { backoffMs } from './backoff';
import { dlog } from './detMath';
import { DatabaseLayer } from './engineDatabase';
import { bucketOfMs } from './latencyHistogram';
import { ADMITTED, BREAKER, CAP_DROPPED, CLIENT_WAKE, REJECTED, RETRY, SHED, TIMED_OUT } from './engineState';
import { MAX_COALESCED_WAITERS, MAX_REQUESTS_IN_FLIGHT } from './limits';
import { FRESH, MISS, STALE } from './lru';
import { REQ_BACKOFF, REQ_WAITING } from './requestPool';

export abstract class RequestLayer extends DatabaseLayer {
  protected timeout(r: number, gen: number): void {
    if (this.reqs.generation[r] === gen && this.reqs.state[r] === REQ_WAITING) {
      this.interval.timeouts++;
      this.attemptFailed(r, TIMED_OUT);
    }
  }

  protected newRequest(fromClient: boolean): void {
    if (this.reqs.live >= MAX_REQUESTS_IN_FLIGHT) {
      // The simulation holds no more requests (limits.ts): this one is dropped, and counted. It is
      // still demand (a first attempt), so the charts show a million asked for and none served.
      this.t.requests++;
      this.t.attempts++;
      this.t.droppedAtCap++;
      this.interval.first++;
      this.interval.capDropped++;
      if (fromClient) this.clientThinks();
      return;
    }
    const r = this.reqs.alloc();
    const reqs = this.reqs;
    reqs.key[r] = this.sampler.sample(this.rngKeys);
    reqs.attempts[r] = 0;
    reqs.fromClient[r] = fromClient ? 1 : 0;
    reqs.firstAtMs[r] = this.now;
    reqs.lastSleepMs[r] = 0;
    const shapes = this.cacheKeys.shapes;
    reqs.shape[r] = shapes > 1 ? Math.floor(this.rngShapes.uniform() * shapes) : 0;
    this.t.requests++;
    this.startAttempt(r);
  }

  protected startAttempt(r: number): void {
    const reqs = this.reqs;
    const now = this.now;
    const gen = ++reqs.generation[r];
    this.countAttempt(r);
    const key = reqs.key[r];
    const ck = this.cacheKeys.cacheKey(key, reqs.shape[r]);
    const cache = this.cache;
    const cp = this.p.cache;
    this.interval.lookups++;
    const outcome = cache.lookup(ck, now, cp.staleMs);
    if (outcome !== MISS) {
      this.interval.hits++;
      if (outcome === STALE) {
        this.interval.stale++;
        this.refresh(key, ck);
      } else if (cp.xfetchBeta > 0 && this.xfetchDue(ck)) this.refresh(key, ck);
      this.deliver(r, cp.hitMs);
      return;
    }
    if (cp.versionedKeys && this.hitOldVersion(key, ck, reqs.shape[r])) {
      this.interval.hits++;
      this.deliver(r, cp.hitMs);
      return;
    }
    // A miss. With coalescing, join the query already in flight for this key, unless this miss is
    // among the share a bug lets through (coalesceBypass): then it sends its own query.
    if (cp.coalesce && this.inflight[ck] >= 0 && !(cp.coalesceBypass > 0 && this.rngBypass.uniform() < cp.coalesceBypass)) {
      if (this.waiters.live >= MAX_COALESCED_WAITERS) return this.dropAtCap(r);
      const q = this.inflight[ck];
      this.queries.waiters[q] = this.waiters.alloc(r, gen, this.queries.waiters[q]);
      this.interval.coalesced++;
      this.await(r, gen);
      return;
    }
    if (!this.breaker.allow(now, this.p.client)) {
      this.interval.breaker++;
      this.fail(r, BREAKER);
      return;
    }
    // To the database, unless a gateway refuses it first. During an outage the query is lost on the
    // way: the caller just waits for its timeout.
    if (this.outages === 0) {
      const admitted = this.admit(r, gen, key, ck);
      if (admitted === CAP_DROPPED) return this.dropAtCap(r);
      if (admitted !== ADMITTED) {
        if (admitted === SHED) this.interval.shed++;
        else this.interval.rejected++;
        this.attemptFailed(r, admitted);
        return;
      }
    }
    this.await(r, gen);
  }

  /** Counts an attempt as the users' (a stack's tiers count their own calls instead). */
  protected countAttempt(r: number): void {
    const reqs = this.reqs;
    if (reqs.attempts[r]++ === 0) this.interval.first++;
    else this.interval.retries++;
    reqs.attemptAtMs[r] = this.now;
    this.t.attempts++;
  }

  protected await(r: number, gen: number): void {
    this.reqs.state[r] = REQ_WAITING;
    this.pushTimeout(this.p.client.timeoutMs, r, gen);
  }

  /** XFetch: refresh early with a probability that rises as expiry nears and with the fill's cost. */
  protected xfetchDue(ck: number): boolean {
    const expiry = this.cache.expiresAt(ck);
    if (expiry === Infinity) return false;
    const delta = this.cache.fillCostMs(ck);
    return this.now - delta * this.p.cache.xfetchBeta * dlog(this.rngCache.uniformOpen()) >= expiry;
  }

  /** Versioned keys: after a key-changing deploy, a miss reads the old version and copies it over. */
  protected hitOldVersion(key: number, ck: number, shape: number): boolean {
    const old = this.cacheKeys.previousCacheKey(key, shape);
    if (old < 0 || old === ck || this.cache.lookup(old, this.now, 0) !== FRESH) return false;
    this.cache.insert(ck, this.cache.expiresAt(old), this.cache.fillCostMs(old));
    this.interval.fills++;
    return true;
  }

  protected attemptFailed(r: number, reason: number): void {
    const reqs = this.reqs;
    const client = this.p.client;
    this.breaker.record(this.now, false, client);
    const retry = reqs.attempts[r]; // the number of the retry that would come next
    if (retry > client.retries) return this.fail(r, reason);
    if (!this.budget.trySpend(client, reason === TIMED_OUT)) {
      this.interval.budgetDenied++;
      return this.fail(r, reason);
    }
    reqs.state[r] = REQ_BACKOFF;
    let sleep = backoffMs(client, retry, reqs.lastSleepMs[r], this.rngJitter);
    if (reason === SHED && client.honorRetryAfter) sleep = Math.max(sleep, this.p.shedding.retryAfterMs);
    reqs.lastSleepMs[r] = sleep;
    this.heap.push(this.now + sleep, RETRY, r, reqs.generation[r]);
  }

  protected fail(r: number, reason: number): void {
    this.interval.failed++;
    if (reason === TIMED_OUT) this.t.failedTimeout++;
    else if (reason === REJECTED) this.t.failedRejected++;
    else if (reason === SHED) this.t.failedShed++;
    else this.t.failedBreaker++;
    this.interval.latencyAll.record(this.now - this.reqs.firstAtMs[r]);
    this.finish(r);
  }

  protected deliver(r: number, extraMs: number): void {
    this.interval.delivered++;
    const bucket = bucketOfMs(this.now - this.reqs.firstAtMs[r] + extraMs);
    this.interval.latency.addBucket(bucket);
    this.interval.latencyAll.addBucket(bucket);
    this.t.delivered++;
    this.budget.onSuccess(this.p.client);
    this.finish(r);
  }

  /** A memory cap is full (limits.ts): the request ends here, no answer and no retry, and is counted. */
  protected dropAtCap(r: number): void {
    this.interval.capDropped++;
    // A stack tier's call to the database: the tier's caller gets an error, as for a full queue.
    if (this.reqs.owner[r] >= 0) return this.fail(r, REJECTED);
    this.t.droppedAtCap++;
    this.finish(r);
  }

  /** The request leaves the system; a closed-loop client thinks, then asks again. */
  protected finish(r: number): void {
    const fromClient = this.reqs.fromClient[r] === 1;
    this.reqs.release(r);
    if (fromClient) this.clientThinks();
  }

  /** A closed-loop client whose request ended thinks, then asks again (or leaves, if clients were cut). */
  protected clientThinks(): void {
    const w = this.p.workload;
    if (w.mode === 'closed' && this.activeClients <= w.clients) this.heap.push(this.now + this.rngThink.exponential(w.thinkMs), CLIENT_WAKE, 0, 0);
    else this.activeClients--;
  }

  protected startLoad(): void {
    this.scheduleArrival();
    this.spawnClients();
  }

  /** Memoryless arrivals: on any rate change the pending arrival is abandoned and redrawn. */
  protected scheduleArrival(): void {
    const rps = this.p.workload.rps * this.rateFactor;
    if (this.p.workload.mode !== 'open' || rps <= 0) return;
    this.nextArrivalMs = this.now + this.rngArrivals.exponential(1000 / rps);
    this.nextArrivalSeq = this.heap.takeSeq();
  }

  protected rescheduleArrivals(): void {
    this.nextArrivalMs = Infinity;
    this.scheduleArrival();
  }

  protected spawnClients(): void {
    const w = this.p.workload;
    if (w.mode !== 'closed') return;
    while (this.activeClients < w.clients) {
      this.activeClients++;
      this.heap.push(this.now + this.rngThink.exponential(w.thinkMs), CLIENT_WAKE, 0, 0);
    }
  }
}
