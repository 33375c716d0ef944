/**
 * The database: admission (load shedding, the queue bound), the workers and their wait queue (FIFO,
 * LIFO, adaptive LIFO, CoDel drops, deadline propagation), answers and cache fills, and background
 * queries (refresh, early refresh, warm-up). The database never knows whether a caller still waits
 * unless deadline propagation tells it; it hands answers and drops back to the client attempts.
 */
import { ADMITTED, CAP_DROPPED, REJECTED, SHED } from './attemptOutcome';
import type { AttemptHandlers } from './attemptHandlers';
import { CodelMonitor } from './codel';
import { DB_DONE } from './engineEvents';
import type { EngineContext } from './engineContext';
import { MAX_QUEUED_QUERIES } from './limits';
import type { LookAsideCache } from './lookAsideCache';
import { Prng, STREAM } from './prng';
import { QueryPool, QueryQueue } from './queryPool';
import { NO_WAITER, WaiterPool } from './waiterPool';

export class Database {
  /** Workers serving a query. */
  busy = 0;
  /** Outages in force: the database is unreachable (queries are lost on the way, answers too). */
  outages = 0;
  /** The service-time multiplier of the db-slowdowns in force. */
  serviceFactor = 1;
  readonly queries = new QueryPool();
  readonly queue = new QueryQueue();
  /** Callers that joined a query in flight for their key (coalescing). */
  readonly waiters = new WaiterPool();
  /** Query in flight per cache key, or -1 (request coalescing, refresh de-duplication). */
  inflight: Int32Array;
  private readonly codel = new CodelMonitor();
  private readonly ctx: EngineContext;
  private readonly cache: LookAsideCache;
  private readonly rngService: Prng;
  private attempts!: AttemptHandlers;

  constructor(ctx: EngineContext, cache: LookAsideCache, seed: number) {
    this.ctx = ctx;
    this.cache = cache;
    this.rngService = new Prng(seed, STREAM.service);
    this.inflight = new Int32Array(ctx.params.workload.keys).fill(-1);
  }

  /** The callers the database answers (built after it: they send it their queries). */
  connect(attempts: AttemptHandlers): void {
    this.attempts = attempts;
  }

  /** Integrates busy workers and queue length up to now: call before either changes. */
  syncIntegrals(): void {
    this.ctx.interval.advanceTo(this.ctx.nowMs, this.busy, this.ctx.params.db.workers, this.queue.length);
  }

  /** How long the oldest queued query has waited, ms (0 with an empty queue). */
  oldestWaitMs(): number {
    return this.queue.length > 0 ? this.ctx.nowMs - this.queries.enqueuedAtMs[this.queue.peekOldest()] : 0;
  }

  /** Sends a query for a caller (request ≥ 0) or in the background (request = -1); returns the outcome. */
  admit(request: number, generation: number, key: number, cacheKey: number): number {
    if (this.shouldShed()) return SHED;
    const db = this.ctx.params.db;
    if (this.busy < db.workers) {
      this.startService(this.newQuery(request, generation, key, cacheKey));
    } else if (this.queue.length < db.queueLimit) {
      // The queue the scenario allows may be longer than the simulation can hold (limits.ts).
      if (this.queue.length >= MAX_QUEUED_QUERIES) return CAP_DROPPED;
      this.syncIntegrals();
      this.queue.push(this.newQuery(request, generation, key, cacheKey));
    } else return REJECTED;
    return ADMITTED;
  }

  private newQuery(request: number, generation: number, key: number, cacheKey: number): number {
    const q = this.queries.alloc(request, generation, key, cacheKey, this.ctx.nowMs);
    if (cacheKey >= this.inflight.length) this.growInflight(cacheKey + 1);
    this.inflight[cacheKey] = q;
    return q;
  }

  private growInflight(size: number): void {
    const next = new Int32Array(Math.max(size, this.inflight.length * 2)).fill(-1);
    next.set(this.inflight);
    this.inflight = next;
  }

  /** A background query refreshes the key unless one is already in flight for it. */
  refresh(key: number, cacheKey: number): void {
    if (this.outages > 0 || (cacheKey < this.inflight.length && this.inflight[cacheKey] >= 0)) return;
    if (this.admit(-1, 0, key, cacheKey) === ADMITTED) this.ctx.interval.background++;
  }

  private shouldShed(): boolean {
    const s = this.ctx.params.shedding;
    if (s.mode === 'queue-delay') {
      return this.queue.length > 0 && this.ctx.nowMs - this.queries.enqueuedAtMs[this.queue.peekOldest()] > s.maxQueueDelayMs;
    }
    if (s.mode === 'concurrency') return this.busy + this.queue.length >= s.maxInFlight;
    return false;
  }

  private startService(q: number): void {
    this.syncIntegrals();
    const ctx = this.ctx;
    const n = ++this.busy;
    ctx.interval.recordWait(ctx.nowMs - this.queries.enqueuedAtMs[q]);
    const db = ctx.params.db;
    const c = ctx.params.cache;
    // Past the cores, every query in service slows the others (see db.cores in the schema).
    let slowdown = this.serviceFactor;
    if (db.cores > 0 && n > db.cores) slowdown *= (n / db.cores) * (1 + db.contention * (n - db.cores));
    // An expensive object (one of the K hottest keys) is a known computation that takes its full
    // rebuild time every time, so concurrent rebuilds of it do not finish early by luck.
    const serviceMs = this.queries.key[q] < c.rebuildHottest ? c.rebuildMs * slowdown : this.rngService.exponential(db.serviceMs * slowdown);
    ctx.heap.push(ctx.nowMs + serviceMs, DB_DONE, q, 0);
  }

  /** Whether any caller still waits for the query's answer (background queries count as wanted). */
  private wanted(q: number): boolean {
    const queries = this.queries;
    const r = queries.request[q];
    if (r < 0 || this.ctx.isWaiting(r, queries.generation[q])) return true;
    for (let w = queries.waiters[q]; w !== NO_WAITER; w = this.waiters.next[w]) {
      if (this.ctx.isWaiting(this.waiters.request[w], this.waiters.generation[w])) return true;
    }
    return false;
  }

  /** A query's answer: its callers still waiting get it, and the cache is filled (look-aside). */
  queryDone(q: number): void {
    this.syncIntegrals();
    const ctx = this.ctx;
    this.busy--;
    ctx.interval.dbDone++;
    ctx.totals.dbCompletions++;
    const queries = this.queries;
    const reachable = this.outages === 0;
    let answered = 0;
    const r = queries.request[q];
    if (reachable && r >= 0 && ctx.isWaiting(r, queries.generation[q])) {
      this.attempts.answeredByDatabase(r);
      answered++;
    }
    for (let w = queries.waiters[q]; w !== NO_WAITER;) {
      const waiter = this.waiters.request[w];
      if (reachable && ctx.isWaiting(waiter, this.waiters.generation[w])) {
        this.attempts.answeredByDatabase(waiter);
        answered++;
      }
      const next = this.waiters.next[w];
      this.waiters.release(w);
      w = next;
    }
    // Look-aside: the answer fills the cache only for a caller still waiting, unless it is a
    // background refresh or the fill-late mitigation is on.
    const fills = reachable && (answered > 0 || r < 0 || ctx.params.cache.fillLate);
    if (fills) {
      this.cache.fill(queries.cacheKey[q], ctx.nowMs - queries.enqueuedAtMs[q]);
      ctx.interval.fills++;
    } else {
      ctx.interval.wasted++;
      ctx.totals.wasted++;
    }
    this.releaseQuery(q);
    this.dispatchQueue();
  }

  private releaseQuery(q: number): void {
    const cacheKey = this.queries.cacheKey[q];
    if (this.inflight[cacheKey] === q) this.inflight[cacheKey] = -1;
    this.queries.release(q);
  }

  /** Drops a query before service; its waiting callers get an overload error when it was shed. */
  private dropQuery(q: number, asShed: boolean): void {
    const ctx = this.ctx;
    const queries = this.queries;
    const r = queries.request[q];
    let notified = 0;
    if (asShed && r >= 0 && ctx.isWaiting(r, queries.generation[q])) {
      ctx.interval.shed++;
      this.attempts.attemptFailed(r, SHED);
      notified++;
    }
    for (let w = queries.waiters[q]; w !== NO_WAITER;) {
      const waiter = this.waiters.request[w];
      if (asShed && ctx.isWaiting(waiter, this.waiters.generation[w])) {
        ctx.interval.shed++;
        this.attempts.attemptFailed(waiter, SHED);
        notified++;
      }
      const next = this.waiters.next[w];
      this.waiters.release(w);
      w = next;
    }
    if (notified === 0) ctx.interval.dropped++;
    this.releaseQuery(q);
  }

  /** Free workers take queued queries, in the queue order in force. */
  dispatchQueue(): void {
    const ctx = this.ctx;
    const db = ctx.params.db;
    const queue = this.queue;
    while (this.busy < db.workers && queue.length > 0) {
      this.syncIntegrals();
      const oldestWait = ctx.nowMs - this.queries.enqueuedAtMs[queue.peekOldest()];
      const newest = db.queueOrder === 'lifo' || (db.queueOrder === 'adaptive-lifo' && oldestWait > db.lifoAfterMs);
      const q = newest ? queue.popNewest() : queue.shiftOldest();
      if (db.deadlinePropagation && !this.wanted(q)) {
        this.dropQuery(q, false);
        continue;
      }
      const shedding = ctx.params.shedding;
      if (shedding.mode === 'codel' && this.codel.shouldDrop(ctx.nowMs, ctx.nowMs - this.queries.enqueuedAtMs[q], shedding)) {
        this.dropQuery(q, true);
        continue;
      }
      this.startService(q);
    }
    if (queue.length === 0) this.codel.onEmpty();
  }
}
