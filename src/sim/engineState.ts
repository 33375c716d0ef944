/**
 * The engine's state: parameters in force, the clock, the event sources, the request and query
 * pools, the cache, random streams, mitigation state and per-interval metrics. The engine is built
 * in layers over it (database, then requests, then the public simulation), each in its own file, so
 * every mechanism reads and writes the same typed arrays with no indirection on the hot path.
 */
import type { Mark, Totals } from './api';
import { capacities, type Capacities } from './capacity';
import { CacheKeys } from './cacheKeys';
import { CircuitBreaker } from './circuitBreaker';
import { CodelMonitor } from './codel';
import { EventHeap } from './eventHeap';
import { IntervalMetrics } from './intervalMetrics';
import { LruCache } from './lru';
import { MAX_PENDING_TIMEOUTS } from './limits';
import { METRIC_COUNT } from './metrics';
import { Prng, STREAM } from './prng';
import { QueryPool, QueryQueue } from './queryPool';
import { REQ_WAITING, RequestPool } from './requestPool';
import { RetryBudget } from './retryBudget';
import type { Params, Scenario, Trigger } from './scenario';
import { StateClassifier } from './stateClassifier';
import { TimeoutLanes } from './timeoutLanes';
import { WaiterPool } from './waiterPool';
import { warmCache } from './warmup';
import { zipfSampler, type ZipfSampler } from './zipf';

// Event kinds in the heap.
export const CLIENT_WAKE = 2;
export const RETRY = 3; // a = request, b = generation
export const DB_DONE = 5; // a = query
export const FRAME = 6;
export const SCRIPT = 7; // a = index into scenario.events
export const EFFECT_END = 8; // a = effect id
export const WARMUP = 9; // a = warm-up generation
export const CANARY = 10; // a = deploy generation the check belongs to
/** The hit-rate canary compares the hit rate of each such period with its threshold. */
export const CANARY_CHECK_MS = 5000;
/** Fewer lookups than this in a period say nothing about the hit rate: no verdict. */
export const CANARY_MIN_LOOKUPS = 20;

// Why an attempt failed (and admission outcomes).
export const ADMITTED = -1;
export const TIMED_OUT = 0;
export const REJECTED = 1;
export const SHED = 2;
export const BREAKER = 3;
/** Refused because a memory cap of the simulation is full (limits.ts): the request is dropped. */
export const CAP_DROPPED = 4;

/** A trigger with a duration, in force until its end event. */
export interface Effect {
  /** Any event type of the table that acts for `forS` (the stack's faults keep their own list). */
  type: Exclude<Extract<Trigger, { forS: number }>['type'], 'tier-fault'>;
  factor: number;
  active: boolean;
}

export abstract class EngineState {
  readonly scenario: Scenario;
  readonly endMs: number;
  protected p: Params;
  protected caps: Capacities;
  protected now = 0;
  protected readonly heap = new EventHeap(4096);
  protected readonly timeouts = new TimeoutLanes();
  protected readonly reqs = new RequestPool();
  protected readonly queries = new QueryPool();
  protected readonly queue = new QueryQueue();
  protected readonly cache: LruCache;
  protected readonly cacheKeys: CacheKeys;
  protected sampler: ZipfSampler;
  protected readonly rngArrivals: Prng;
  protected readonly rngKeys: Prng;
  protected readonly rngService: Prng;
  protected readonly rngJitter: Prng;
  protected readonly rngThink: Prng;
  protected readonly rngCache: Prng;
  protected readonly rngShapes: Prng;
  protected readonly rngBypass: Prng;
  protected readonly waiters = new WaiterPool();
  /** Query in flight per cache key, or -1 (request coalescing, refresh de-duplication). */
  protected inflight: Int32Array;
  protected readonly breaker = new CircuitBreaker();
  protected readonly budget: RetryBudget;
  protected readonly codel = new CodelMonitor();
  protected warmupGen = 0;
  /** Deploys so far; a canary check names the deploy it watches. */
  protected deployGen = 0;
  /** When the canary stops watching the current deploy, ms (−∞ when not watching). */
  protected canaryUntilMs = -Infinity;
  /** Lookups and hits since t = 0 at the canary's last check. */
  protected canaryLookups = 0;
  protected canaryHits = 0;
  protected warmupCursor = 0;
  /** Deadlines held before the next sweep of those nobody waits for (see MAX_PENDING_TIMEOUTS). */
  private sweepTimeoutsAt = MAX_PENDING_TIMEOUTS;
  /** Whether a timeout's (request, generation) still names a waiting attempt. */
  private readonly timeoutStillWaits = (r: number, gen: number): boolean => this.reqs.generation[r] === gen && this.reqs.state[r] === REQ_WAITING;
  protected busy = 0;
  protected nextArrivalMs = Infinity;
  protected nextArrivalSeq = 0;
  protected activeClients = 0;
  protected rateFactor = 1;
  protected serviceFactor = 1;
  protected outages = 0;
  protected readonly effects: Effect[] = [];
  protected readonly interval = new IntervalMetrics();
  protected readonly classifier = new StateClassifier();
  protected frameBuf = new Float64Array(METRIC_COUNT * 64);
  protected frameRows = 0;
  protected marks: Mark[] = [];
  protected readonly t: Totals = {
    events: 0,
    requests: 0,
    attempts: 0,
    delivered: 0,
    failedTimeout: 0,
    failedRejected: 0,
    failedShed: 0,
    failedBreaker: 0,
    droppedAtCap: 0,
    inFlight: 0,
    dbCompletions: 0,
    wasted: 0,
  };

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.endMs = scenario.durationS * 1000;
    this.p = {
      workload: { ...scenario.workload },
      cache: { ...scenario.cache },
      db: { ...scenario.db },
      client: { ...scenario.client },
      shedding: { ...scenario.shedding },
    };
    this.caps = capacities(this.p, scenario.stack);
    const seed = scenario.seed;
    this.rngArrivals = new Prng(seed, STREAM.arrivals);
    this.rngKeys = new Prng(seed, STREAM.keys);
    this.rngService = new Prng(seed, STREAM.service);
    this.rngJitter = new Prng(seed, STREAM.jitter);
    this.rngThink = new Prng(seed, STREAM.think);
    this.rngCache = new Prng(seed, STREAM.cache);
    this.rngShapes = new Prng(seed, STREAM.shapes);
    this.rngBypass = new Prng(seed, STREAM.bypass);
    this.budget = new RetryBudget(this.p.client.budgetTokens);
    this.inflight = new Int32Array(this.p.workload.keys).fill(-1);
    this.sampler = zipfSampler(this.p.workload.keys, this.p.workload.zipf);
    this.cache = new LruCache(this.p.workload.keys, this.p.cache.capacity);
    this.cacheKeys = new CacheKeys(this.p.workload.keys);
    if (this.p.cache.warm) warmCache(this.cache, this.sampler, new Prng(seed, STREAM.warmup), this.p.cache.ttlMs);
  }

  protected syncIntegrals(): void {
    this.interval.advanceTo(this.now, this.busy, this.p.db.workers, this.queue.length);
  }

  /** Starts an attempt's timeout; past the cap, first sweeps out deadlines nobody waits for. */
  protected pushTimeout(durationMs: number, r: number, gen: number): void {
    if (this.timeouts.size >= this.sweepTimeoutsAt) {
      this.timeouts.compact(this.timeoutStillWaits);
      // Sweeps stay rare even if most deadlines are still wanted: the next waits for twice as many.
      this.sweepTimeoutsAt = Math.max(MAX_PENDING_TIMEOUTS, 2 * this.timeouts.size);
    }
    this.timeouts.push(this.now, durationMs, this.heap.takeSeq(), r, gen);
  }

  protected growInflight(size: number): void {
    const next = new Int32Array(Math.max(size, this.inflight.length * 2)).fill(-1);
    next.set(this.inflight);
    this.inflight = next;
  }
}
