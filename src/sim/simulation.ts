/**
 * The discrete-event simulation of open- or closed-loop clients, a look-aside LRU cache and a
 * database with N workers and a bounded wait queue. Every effect (a flush turning into an outage, or
 * not) emerges from these mechanisms: no code path knows what a trigger should do.
 *
 * Hot path rules: events live in typed arrays (EventHeap), requests and queries in struct-of-array
 * pools, keys are integers; nothing is allocated per event.
 */
import { dlog } from './detMath';
import type { Mark, Simulation, Totals } from './api';
import { backoffMs } from './backoff';
import { capacities, type Capacities } from './capacity';
import { EventHeap } from './eventHeap';
import { IntervalMetrics } from './intervalMetrics';
import { LruCache } from './lru';
import { METRIC_COUNT } from './metrics';
import { applyPatch } from './parseScenario';
import { Prng, STREAM } from './prng';
import { QueryPool, QueryQueue } from './queryPool';
import { REQ_BACKOFF, REQ_WAITING, RequestPool } from './requestPool';
import type { Params, Scenario, Trigger } from './scenario';
import { StateClassifier } from './stateClassifier';
import { TimeoutLanes } from './timeoutLanes';
import { describeTrigger } from './describeTrigger';
import { warmCache } from './warmup';
import { CircuitBreaker } from './circuitBreaker';
import { CodelMonitor } from './codel';
import { FRESH, MISS, STALE } from './lru';
import { RetryBudget } from './retryBudget';
import { NO_WAITER, WaiterPool } from './waiterPool';
import { CacheKeys } from './cacheKeys';
import { ZipfSampler } from './zipf';

// Event kinds.
const CLIENT_WAKE = 2;
const RETRY = 3; // a = request, b = generation
const DB_DONE = 5; // a = query
const FRAME = 6;
const SCRIPT = 7; // a = index into scenario.events
const EFFECT_END = 8; // a = effect id
const WARMUP = 9; // a = warm-up generation

// Why an attempt failed (and admission outcomes).
const ADMITTED = -1;
const TIMED_OUT = 0;
const REJECTED = 1;
const SHED = 2;
const BREAKER = 3;

interface Effect {
  type: 'spike' | 'db-slowdown' | 'outage';
  factor: number;
  active: boolean;
}

export function createSimulation(scenario: Scenario): Simulation {
  return new Engine(scenario);
}

class Engine implements Simulation {
  readonly scenario: Scenario;
  readonly endMs: number;
  private p: Params;
  private caps: Capacities;
  private now = 0;
  private readonly heap = new EventHeap(4096);
  private readonly timeouts = new TimeoutLanes();
  private readonly reqs = new RequestPool();
  private readonly queries = new QueryPool();
  private readonly queue = new QueryQueue();
  private readonly cache: LruCache;
  private readonly cacheKeys: CacheKeys;
  private sampler: ZipfSampler;
  private readonly rngArrivals: Prng;
  private readonly rngKeys: Prng;
  private readonly rngService: Prng;
  private readonly rngJitter: Prng;
  private readonly rngThink: Prng;
  private readonly rngCache: Prng;
  private readonly waiters = new WaiterPool();
  /** Query in flight per cache key, or -1 (request coalescing, refresh de-duplication). */
  private inflight: Int32Array;
  private readonly breaker = new CircuitBreaker();
  private readonly budget: RetryBudget;
  private readonly codel = new CodelMonitor();
  private warmupGen = 0;
  private warmupCursor = 0;
  private busy = 0;
  private nextArrivalMs = Infinity;
  private nextArrivalSeq = 0;
  private activeClients = 0;
  private rateFactor = 1;
  private serviceFactor = 1;
  private outages = 0;
  private readonly effects: Effect[] = [];
  private readonly interval = new IntervalMetrics();
  private readonly classifier = new StateClassifier();
  private frameBuf = new Float64Array(METRIC_COUNT * 64);
  private frameRows = 0;
  private marks: Mark[] = [];
  private readonly t: Totals = {
    events: 0, requests: 0, attempts: 0, delivered: 0, failedTimeout: 0, failedRejected: 0, failedShed: 0, failedBreaker: 0, inFlight: 0, dbCompletions: 0, wasted: 0,
  };

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.endMs = scenario.durationS * 1000;
    this.p = { workload: { ...scenario.workload }, cache: { ...scenario.cache }, db: { ...scenario.db }, client: { ...scenario.client }, shedding: { ...scenario.shedding } };
    this.caps = capacities(this.p);
    const seed = scenario.seed;
    this.rngArrivals = new Prng(seed, STREAM.arrivals);
    this.rngKeys = new Prng(seed, STREAM.keys);
    this.rngService = new Prng(seed, STREAM.service);
    this.rngJitter = new Prng(seed, STREAM.jitter);
    this.rngThink = new Prng(seed, STREAM.think);
    this.rngCache = new Prng(seed, STREAM.cache);
    this.budget = new RetryBudget(this.p.client.budgetTokens);
    this.inflight = new Int32Array(this.p.workload.keys).fill(-1);
    this.sampler = new ZipfSampler(this.p.workload.keys, this.p.workload.zipf);
    this.cache = new LruCache(this.p.workload.keys, this.p.cache.capacity);
    this.cacheKeys = new CacheKeys(this.p.workload.keys);
    if (this.p.cache.warm) warmCache(this.cache, this.sampler, new Prng(seed, STREAM.warmup), this.p.cache.ttlMs);

    this.interval.reset(0);
    this.heap.push(Math.min(scenario.intervalMs, this.endMs), FRAME, 0, 0);
    scenario.events.forEach((e, i) => this.heap.push(e.atS * 1000, SCRIPT, i, 0));
    this.startLoad();
    this.scheduleWarmup();
  }

  nowMs(): number {
    return this.now;
  }

  params(): Params {
    return this.p;
  }

  done(): boolean {
    return this.now >= this.endMs;
  }

  totals(): Totals {
    return { ...this.t, inFlight: this.reqs.live };
  }

  takeFrames(): Float64Array {
    const out = this.frameBuf.slice(0, this.frameRows * METRIC_COUNT);
    this.frameRows = 0;
    return out;
  }

  takeMarks(): Mark[] {
    const m = this.marks;
    this.marks = [];
    return m;
  }

  advance(untilMs: number, maxEvents = Infinity): number {
    const limit = Math.min(untilMs, this.endMs);
    const heap = this.heap;
    const lanes = this.timeouts;
    let n = 0;
    // Three sources of events, merged by (time, sequence): the heap, the timeout lanes, and the one
    // pending open-loop arrival (the most frequent event, so it skips the heap).
    while (n < maxEvents) {
      let source = 0;
      let t = heap.peekTime();
      let seq = t === Infinity ? Infinity : heap.peekSeq();
      const tl = lanes.peekTime();
      if (tl < t || (tl === t && tl !== Infinity && lanes.peekSeq() < seq)) {
        source = 1;
        t = tl;
        seq = lanes.peekSeq();
      }
      const ta = this.nextArrivalMs;
      if (ta < t || (ta === t && ta !== Infinity && this.nextArrivalSeq < seq)) {
        source = 2;
        t = ta;
      }
      if (t > limit) break;
      this.now = t;
      n++;
      if (source === 0) {
        heap.pop();
        this.dispatch(heap.popKind, heap.popA, heap.popB);
      } else if (source === 1) {
        lanes.pop();
        this.timeout(lanes.popA, lanes.popB);
      } else {
        this.nextArrivalMs = Infinity;
        this.newRequest(false);
        this.scheduleArrival();
      }
    }
    if (n < maxEvents && limit > this.now) this.now = limit;
    this.t.events += n;
    return n;
  }

  apply(trigger: Trigger): void {
    this.applyTrigger(trigger, 'live');
  }

  // ---- events -------------------------------------------------------------------------------

  private dispatch(kind: number, a: number, b: number): void {
    switch (kind) {
      case CLIENT_WAKE:
        if (this.p.workload.mode === 'closed' && this.activeClients <= this.p.workload.clients) this.newRequest(true);
        else this.activeClients--;
        break;
      case RETRY:
        if (this.reqs.generation[a] === b && this.reqs.state[a] === REQ_BACKOFF) this.startAttempt(a);
        break;
      case DB_DONE:
        this.dbDone(a);
        break;
      case FRAME:
        this.writeFrame();
        break;
      case SCRIPT:
        this.applyTrigger(this.scenario.events[a], 'script');
        break;
      case EFFECT_END:
        this.endEffect(a);
        break;
      case WARMUP:
        this.warmupTick(a);
        break;
    }
  }

  private timeout(r: number, gen: number): void {
    if (this.reqs.generation[r] === gen && this.reqs.state[r] === REQ_WAITING) {
      this.interval.timeouts++;
      this.attemptFailed(r, TIMED_OUT);
    }
  }

  private newRequest(fromClient: boolean): void {
    const r = this.reqs.alloc();
    const reqs = this.reqs;
    reqs.key[r] = this.sampler.sample(this.rngKeys);
    reqs.attempts[r] = 0;
    reqs.fromClient[r] = fromClient ? 1 : 0;
    reqs.firstAtMs[r] = this.now;
    reqs.lastSleepMs[r] = 0;
    this.t.requests++;
    this.startAttempt(r);
  }

  private startAttempt(r: number): void {
    const reqs = this.reqs;
    const now = this.now;
    const gen = ++reqs.generation[r];
    if (reqs.attempts[r]++ === 0) this.interval.first++;
    else this.interval.retries++;
    reqs.attemptAtMs[r] = now;
    this.t.attempts++;
    const key = reqs.key[r];
    const ck = this.cacheKeys.cacheKey(key);
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
    if (cp.versionedKeys && this.hitOldVersion(key, ck)) {
      this.interval.hits++;
      this.deliver(r, cp.hitMs);
      return;
    }
    // A miss. With coalescing, join the query already in flight for this key.
    if (cp.coalesce && this.inflight[ck] >= 0) {
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
      if (admitted !== ADMITTED) {
        if (admitted === SHED) this.interval.shed++;
        else this.interval.rejected++;
        this.attemptFailed(r, admitted);
        return;
      }
    }
    this.await(r, gen);
  }

  private await(r: number, gen: number): void {
    this.reqs.state[r] = REQ_WAITING;
    this.timeouts.push(this.now, this.p.client.timeoutMs, this.heap.takeSeq(), r, gen);
  }

  /** XFetch: refresh early with a probability that rises as expiry nears and with the fill's cost. */
  private xfetchDue(ck: number): boolean {
    const expiry = this.cache.expiresAt(ck);
    if (expiry === Infinity) return false;
    const delta = this.cache.fillCostMs(ck);
    return this.now - delta * this.p.cache.xfetchBeta * dlog(this.rngCache.uniformOpen()) >= expiry;
  }

  /** Versioned keys: after a key-changing deploy, a miss reads the old version and copies it over. */
  private hitOldVersion(key: number, ck: number): boolean {
    const old = this.cacheKeys.previousCacheKey(key);
    if (old < 0 || old === ck || this.cache.lookup(old, this.now, 0) !== FRESH) return false;
    this.cache.insert(ck, this.cache.expiresAt(old), this.cache.fillCostMs(old));
    this.interval.fills++;
    return true;
  }

  /** Sends a query for a caller (r ≥ 0) or in the background (r = -1); returns the outcome. */
  private admit(r: number, gen: number, key: number, ck: number): number {
    if (this.shouldShed()) return SHED;
    const db = this.p.db;
    if (this.busy < db.workers) {
      this.startService(this.newQuery(r, gen, key, ck));
    } else if (this.queue.length < db.queueLimit) {
      this.syncIntegrals();
      this.queue.push(this.newQuery(r, gen, key, ck));
    } else return REJECTED;
    return ADMITTED;
  }

  private newQuery(r: number, gen: number, key: number, ck: number): number {
    const q = this.queries.alloc(r, gen, key, ck, this.now);
    if (ck >= this.inflight.length) this.growInflight(ck + 1);
    this.inflight[ck] = q;
    return q;
  }

  /** A background query refreshes the key unless one is already in flight for it. */
  private refresh(key: number, ck: number): void {
    if (this.outages > 0 || (ck < this.inflight.length && this.inflight[ck] >= 0)) return;
    if (this.admit(-1, 0, key, ck) === ADMITTED) this.interval.background++;
  }

  private shouldShed(): boolean {
    const s = this.p.shedding;
    if (s.mode === 'queue-delay') {
      return this.queue.length > 0 && this.now - this.queries.enqueuedAtMs[this.queue.peekOldest()] > s.maxQueueDelayMs;
    }
    if (s.mode === 'concurrency') return this.busy + this.queue.length >= s.maxInFlight;
    return false;
  }

  private attemptFailed(r: number, reason: number): void {
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

  private fail(r: number, reason: number): void {
    this.interval.failed++;
    if (reason === TIMED_OUT) this.t.failedTimeout++;
    else if (reason === REJECTED) this.t.failedRejected++;
    else if (reason === SHED) this.t.failedShed++;
    else this.t.failedBreaker++;
    this.finish(r);
  }

  private deliver(r: number, extraMs: number): void {
    this.interval.delivered++;
    this.interval.latency.record(this.now - this.reqs.firstAtMs[r] + extraMs);
    this.t.delivered++;
    this.budget.onSuccess(this.p.client);
    this.finish(r);
  }

  /** The request leaves the system; a closed-loop client thinks, then asks again. */
  private finish(r: number): void {
    const fromClient = this.reqs.fromClient[r] === 1;
    this.reqs.release(r);
    if (!fromClient) return;
    const w = this.p.workload;
    if (w.mode === 'closed' && this.activeClients <= w.clients) this.heap.push(this.now + this.rngThink.exponential(w.thinkMs), CLIENT_WAKE, 0, 0);
    else this.activeClients--;
  }

  // ---- database -----------------------------------------------------------------------------

  private startService(q: number): void {
    this.syncIntegrals();
    this.busy++;
    this.interval.recordWait(this.now - this.queries.enqueuedAtMs[q]);
    const serviceMs = this.rngService.exponential(this.p.db.serviceMs * this.serviceFactor);
    this.heap.push(this.now + serviceMs, DB_DONE, q, 0);
  }

  private isWaiting(r: number, gen: number): boolean {
    return this.reqs.generation[r] === gen && this.reqs.state[r] === REQ_WAITING;
  }

  /** Whether any caller still waits for the query's answer (background queries count as wanted). */
  private wanted(q: number): boolean {
    const queries = this.queries;
    const r = queries.request[q];
    if (r < 0 || this.isWaiting(r, queries.generation[q])) return true;
    for (let w = queries.waiters[q]; w !== NO_WAITER; w = this.waiters.next[w]) {
      if (this.isWaiting(this.waiters.request[w], this.waiters.generation[w])) return true;
    }
    return false;
  }

  private dbDone(q: number): void {
    this.syncIntegrals();
    this.busy--;
    this.interval.dbDone++;
    this.t.dbCompletions++;
    const queries = this.queries;
    const reachable = this.outages === 0;
    let answered = 0;
    const r = queries.request[q];
    if (reachable && r >= 0 && this.isWaiting(r, queries.generation[q])) {
      this.breaker.record(this.now, true, this.p.client);
      this.deliver(r, 0);
      answered++;
    }
    for (let w = queries.waiters[q]; w !== NO_WAITER; ) {
      const wr = this.waiters.request[w];
      if (reachable && this.isWaiting(wr, this.waiters.generation[w])) {
        this.breaker.record(this.now, true, this.p.client);
        this.deliver(wr, 0);
        answered++;
      }
      const next = this.waiters.next[w];
      this.waiters.release(w);
      w = next;
    }
    // Look-aside: the answer fills the cache only for a caller still waiting, unless it is a
    // background refresh or the fill-late mitigation is on.
    const fills = reachable && (answered > 0 || r < 0 || this.p.cache.fillLate);
    if (fills) {
      const c = this.p.cache;
      const expires = c.ttlMs > 0 ? this.now + c.ttlMs * (1 - c.ttlJitter * this.rngCache.uniform()) : Infinity;
      this.cache.insert(queries.cacheKey[q], expires, this.now - queries.enqueuedAtMs[q]);
      this.interval.fills++;
    } else {
      this.interval.wasted++;
      this.t.wasted++;
    }
    this.releaseQuery(q);
    this.dispatchQueue();
  }

  private releaseQuery(q: number): void {
    const ck = this.queries.cacheKey[q];
    if (this.inflight[ck] === q) this.inflight[ck] = -1;
    this.queries.release(q);
  }

  /** Drops a query before service; its waiting callers get an overload error. */
  private dropQuery(q: number, asShed: boolean): void {
    const queries = this.queries;
    const r = queries.request[q];
    let notified = 0;
    if (asShed && r >= 0 && this.isWaiting(r, queries.generation[q])) {
      this.interval.shed++;
      this.attemptFailed(r, SHED);
      notified++;
    }
    for (let w = queries.waiters[q]; w !== NO_WAITER; ) {
      const wr = this.waiters.request[w];
      if (asShed && this.isWaiting(wr, this.waiters.generation[w])) {
        this.interval.shed++;
        this.attemptFailed(wr, SHED);
        notified++;
      }
      const next = this.waiters.next[w];
      this.waiters.release(w);
      w = next;
    }
    if (notified === 0) this.interval.dropped++;
    this.releaseQuery(q);
  }

  private dispatchQueue(): void {
    const db = this.p.db;
    const queue = this.queue;
    while (this.busy < db.workers && queue.length > 0) {
      this.syncIntegrals();
      const oldestWait = this.now - this.queries.enqueuedAtMs[queue.peekOldest()];
      const newest = db.queueOrder === 'lifo' || (db.queueOrder === 'adaptive-lifo' && oldestWait > db.lifoAfterMs);
      const q = newest ? queue.popNewest() : queue.shiftOldest();
      if (db.deadlinePropagation && !this.wanted(q)) {
        this.dropQuery(q, false);
        continue;
      }
      if (this.p.shedding.mode === 'codel' && this.codel.shouldDrop(this.now, this.now - this.queries.enqueuedAtMs[q], this.p.shedding)) {
        this.dropQuery(q, true);
        continue;
      }
      this.startService(q);
    }
    if (queue.length === 0) this.codel.onEmpty();
  }

  private syncIntegrals(): void {
    this.interval.advanceTo(this.now, this.busy, this.p.db.workers, this.queue.length);
  }

  private growInflight(size: number): void {
    const next = new Int32Array(Math.max(size, this.inflight.length * 2)).fill(-1);
    next.set(this.inflight);
    this.inflight = next;
  }

  // ---- cache warm-up -------------------------------------------------------------------------

  private scheduleWarmup(): void {
    const rate = this.p.cache.warmupRps;
    if (rate <= 0) return;
    this.heap.push(this.now + 1000 / rate, WARMUP, ++this.warmupGen, 0);
  }

  /** Prefills the hottest missing key, unless the database is already busy enough. */
  private warmupTick(gen: number): void {
    if (gen !== this.warmupGen) return;
    const c = this.p.cache;
    if (this.busy + this.queue.length < this.p.db.workers * c.warmupMaxUtil && c.capacity > 0) {
      const span = Math.min(c.capacity, this.p.workload.keys);
      for (let scanned = 0; scanned < 256; scanned++) {
        const key = this.warmupCursor;
        this.warmupCursor = (this.warmupCursor + 1) % span;
        const ck = this.cacheKeys.cacheKey(key);
        if (!this.cache.has(ck)) {
          this.refresh(key, ck);
          break;
        }
      }
    }
    this.scheduleWarmup();
  }

  // ---- load -------------------------------------------------------------------------------

  private startLoad(): void {
    this.scheduleArrival();
    this.spawnClients();
  }

  /** Memoryless arrivals: on any rate change the pending arrival is abandoned and redrawn. */
  private scheduleArrival(): void {
    const rps = this.p.workload.rps * this.rateFactor;
    if (this.p.workload.mode !== 'open' || rps <= 0) return;
    this.nextArrivalMs = this.now + this.rngArrivals.exponential(1000 / rps);
    this.nextArrivalSeq = this.heap.takeSeq();
  }

  private rescheduleArrivals(): void {
    this.nextArrivalMs = Infinity;
    this.scheduleArrival();
  }

  private spawnClients(): void {
    const w = this.p.workload;
    if (w.mode !== 'closed') return;
    while (this.activeClients < w.clients) {
      this.activeClients++;
      this.heap.push(this.now + this.rngThink.exponential(w.thinkMs), CLIENT_WAKE, 0, 0);
    }
  }

  // ---- triggers and changes ------------------------------------------------------------------

  private applyTrigger(trigger: Trigger, source: Mark['source']): void {
    this.marks.push({ tS: this.now / 1000, trigger, source, label: describeTrigger(trigger) });
    switch (trigger.type) {
      case 'flush':
        this.interval.triggerFired = true;
        if (trigger.hottest === undefined) this.cache.clear();
        else for (let k = 0; k < trigger.hottest; k++) this.cache.remove(this.cacheKeys.cacheKey(k));
        break;
      case 'deploy':
        this.interval.triggerFired = true;
        this.cacheKeys.deploy(trigger.fraction);
        this.cache.growKeys((this.cacheKeys.namespace + 1) * this.cacheKeys.keys);
        break;
      case 'rollback':
        this.interval.triggerFired = true;
        this.cacheKeys.rollback();
        break;
      case 'spike':
      case 'db-slowdown':
      case 'outage': {
        this.interval.triggerFired = true;
        const id = this.effects.length;
        this.effects.push({ type: trigger.type, factor: trigger.type === 'outage' ? 1 : trigger.factor, active: true });
        this.recomputeEffects();
        this.heap.push(this.now + trigger.forS * 1000, EFFECT_END, id, 0);
        break;
      }
      case 'set':
        this.applyChanges(trigger);
        break;
    }
  }

  private endEffect(id: number): void {
    this.effects[id].active = false;
    this.recomputeEffects();
  }

  private recomputeEffects(): void {
    let rate = 1;
    let service = 1;
    let outages = 0;
    for (const e of this.effects) {
      if (!e.active) continue;
      if (e.type === 'spike') rate *= e.factor;
      else if (e.type === 'db-slowdown') service *= e.factor;
      else outages++;
    }
    this.outages = outages;
    this.serviceFactor = service;
    if (rate !== this.rateFactor) {
      this.rateFactor = rate;
      this.rescheduleArrivals();
    }
  }

  private applyChanges(trigger: Extract<Trigger, { type: 'set' }>): void {
    const before = this.p;
    this.syncIntegrals();
    this.p = applyPatch(before, trigger.changes);
    const w = this.p.workload;
    if (w.keys !== before.workload.keys || w.zipf !== before.workload.zipf) {
      this.sampler = new ZipfSampler(w.keys, w.zipf);
      this.cache.growKeys(w.keys);
    }
    if (this.p.cache.capacity !== before.cache.capacity) this.cache.setCapacity(this.p.cache.capacity);
    if (this.p.cache.warmupRps !== before.cache.warmupRps) this.scheduleWarmup();
    if (this.p.client.retryBudget === 'on' && before.client.retryBudget === 'off') this.budget.tokens = this.p.client.budgetTokens;
    if (w.rps !== before.workload.rps || w.mode !== before.workload.mode) this.rescheduleArrivals();
    this.spawnClients();
    this.dispatchQueue();
    this.caps = capacities(this.p);
  }

  // ---- frames ------------------------------------------------------------------------------

  private writeFrame(): void {
    this.syncIntegrals();
    const iv = this.interval;
    const intervalS = this.scenario.intervalMs / 1000;
    const w = this.p.workload;
    const firstRps = iv.first / intervalS;
    const loadRps = w.mode === 'open' ? w.rps * this.rateFactor : firstRps;
    const inForce = this.effects.some((e) => e.active);
    const state = this.classifier.next(intervalS, firstRps, iv.delivered / intervalS, loadRps, this.caps.hiddenRps, this.caps.advertisedRps, inForce, iv.triggerFired);
    if ((this.frameRows + 1) * METRIC_COUNT > this.frameBuf.length) {
      const next = new Float64Array(this.frameBuf.length * 2);
      next.set(this.frameBuf);
      this.frameBuf = next;
    }
    iv.write(this.frameBuf, this.frameRows * METRIC_COUNT, this.now, {
      cacheEntries: this.cache.size,
      inFlight: this.reqs.live,
      workers: this.p.db.workers,
      oldestWaitMs: this.queue.length > 0 ? this.now - this.queries.enqueuedAtMs[this.queue.peekOldest()] : 0,
      triggerActive: inForce,
      state,
      breakerOpen: this.breaker.tripped,
      budgetTokens: this.p.client.retryBudget === 'on' ? this.budget.tokens : 0,
    });
    this.frameRows++;
    iv.reset(this.now);
    if (this.now < this.endMs) this.heap.push(Math.min(this.now + this.scenario.intervalMs, this.endMs), FRAME, 0, 0);
  }
}
