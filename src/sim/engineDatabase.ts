/**
 * The database layer: admission (load shedding, the queue bound), the workers and their wait queue
 * (FIFO, LIFO, adaptive LIFO, CoDel drops, deadline propagation), answers and cache fills, background
 * queries (refresh, early refresh, warm-up). The database never knows whether a caller still waits
 * unless deadline propagation tells it.
 */
import { ADMITTED, CAP_DROPPED, DB_DONE, EngineState, REJECTED, SHED, WARMUP } from './engineState';
import { MAX_QUEUED_QUERIES } from './limits';
import { REQ_WAITING } from './requestPool';
import { NO_WAITER } from './waiterPool';

export abstract class DatabaseLayer extends EngineState {
  protected abstract deliver(r: number, extraMs: number): void;
  protected abstract attemptFailed(r: number, reason: number): void;

  /** Sends a query for a caller (r ≥ 0) or in the background (r = -1); returns the outcome. */
  protected admit(r: number, gen: number, key: number, ck: number): number {
    if (this.shouldShed()) return SHED;
    const db = this.p.db;
    if (this.busy < db.workers) {
      this.startService(this.newQuery(r, gen, key, ck));
    } else if (this.queue.length < db.queueLimit) {
      // The queue the scenario allows may be longer than the simulation can hold (limits.ts).
      if (this.queue.length >= MAX_QUEUED_QUERIES) return CAP_DROPPED;
      this.syncIntegrals();
      this.queue.push(this.newQuery(r, gen, key, ck));
    } else return REJECTED;
    return ADMITTED;
  }

  protected newQuery(r: number, gen: number, key: number, ck: number): number {
    const q = this.queries.alloc(r, gen, key, ck, this.now);
    if (ck >= this.inflight.length) this.growInflight(ck + 1);
    this.inflight[ck] = q;
    return q;
  }

  /** A background query refreshes the key unless one is already in flight for it. */
  protected refresh(key: number, ck: number): void {
    if (this.outages > 0 || (ck < this.inflight.length && this.inflight[ck] >= 0)) return;
    if (this.admit(-1, 0, key, ck) === ADMITTED) this.interval.background++;
  }

  protected shouldShed(): boolean {
    const s = this.p.shedding;
    if (s.mode === 'queue-delay') {
      return this.queue.length > 0 && this.now - this.queries.enqueuedAtMs[this.queue.peekOldest()] > s.maxQueueDelayMs;
    }
    if (s.mode === 'concurrency') return this.busy + this.queue.length >= s.maxInFlight;
    return false;
  }

  protected startService(q: number): void {
    this.syncIntegrals();
    const n = ++this.busy;
    this.interval.recordWait(this.now - this.queries.enqueuedAtMs[q]);
    const db = this.p.db;
    const c = this.p.cache;
    // Past the cores, every query in service slows the others (see db.cores in the schema).
    let slowdown = this.serviceFactor;
    if (db.cores > 0 && n > db.cores) slowdown *= (n / db.cores) * (1 + db.contention * (n - db.cores));
    // An expensive object (one of the K hottest keys) is a known computation that takes its full
    // rebuild time every time, so concurrent rebuilds of it do not finish early by luck.
    const serviceMs = this.queries.key[q] < c.rebuildHottest ? c.rebuildMs * slowdown : this.rngService.exponential(db.serviceMs * slowdown);
    this.heap.push(this.now + serviceMs, DB_DONE, q, 0);
  }

  protected isWaiting(r: number, gen: number): boolean {
    return this.reqs.generation[r] === gen && this.reqs.state[r] === REQ_WAITING;
  }

  /** Whether any caller still waits for the query's answer (background queries count as wanted). */
  protected wanted(q: number): boolean {
    const queries = this.queries;
    const r = queries.request[q];
    if (r < 0 || this.isWaiting(r, queries.generation[q])) return true;
    for (let w = queries.waiters[q]; w !== NO_WAITER; w = this.waiters.next[w]) {
      if (this.isWaiting(this.waiters.request[w], this.waiters.generation[w])) return true;
    }
    return false;
  }

  protected dbDone(q: number): void {
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
    for (let w = queries.waiters[q]; w !== NO_WAITER;) {
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

  protected releaseQuery(q: number): void {
    const ck = this.queries.cacheKey[q];
    if (this.inflight[ck] === q) this.inflight[ck] = -1;
    this.queries.release(q);
  }

  /** Drops a query before service; its waiting callers get an overload error. */
  protected dropQuery(q: number, asShed: boolean): void {
    const queries = this.queries;
    const r = queries.request[q];
    let notified = 0;
    if (asShed && r >= 0 && this.isWaiting(r, queries.generation[q])) {
      this.interval.shed++;
      this.attemptFailed(r, SHED);
      notified++;
    }
    for (let w = queries.waiters[q]; w !== NO_WAITER;) {
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

  protected dispatchQueue(): void {
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

  protected scheduleWarmup(): void {
    const rate = this.p.cache.warmupRps;
    if (rate <= 0) return;
    this.heap.push(this.now + 1000 / rate, WARMUP, ++this.warmupGen, 0);
  }

  /** Prefills the hottest missing key, unless the database is already busy enough. */
  protected warmupTick(gen: number): void {
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
}
