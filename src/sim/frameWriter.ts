/**
 * Writes one metric frame per interval: the interval's counters and integrals, the gauges read at
 * its end, the state the classifier reads from them, and the per-tier row beside it; then schedules
 * the next frame. Frames pile up in a growing buffer until the host takes them.
 */
import type { ClientAttempts } from './clientAttempts';
import type { Capacities } from './capacity';
import type { Database } from './database';
import type { EngineContext } from './engineContext';
import { FRAME } from './engineEvents';
import type { LookAsideCache } from './lookAsideCache';
import { METRIC_COUNT } from './metrics';
import type { Arrivals } from './arrivals';
import { latencyObjectiveMs, StateClassifier } from './stateClassifier';
import type { TierFaults } from './tierFaults';
import type { TierFrames } from './tierFrames';
import type { TimedEffects } from './timedEffects';

/** The parts a frame reads its gauges from. */
export interface FrameSources {
  arrivals: Arrivals;
  cache: LookAsideCache;
  database: Database;
  attempts: ClientAttempts;
  effects: TimedEffects;
  tierFaults: TierFaults;
  tierFrames: TierFrames;
}

export class FrameWriter {
  /** What the path can carry (hidden and advertised), which the state classifier compares with. */
  capacities: Capacities;
  private buffer = new Float64Array(METRIC_COUNT * 64);
  private rows = 0;
  private readonly classifier = new StateClassifier();
  private readonly ctx: EngineContext;
  private readonly intervalMs: number;
  private readonly endMs: number;
  private readonly sources: FrameSources;

  constructor(ctx: EngineContext, intervalMs: number, endMs: number, capacities: Capacities, sources: FrameSources) {
    this.ctx = ctx;
    this.intervalMs = intervalMs;
    this.endMs = endMs;
    this.capacities = capacities;
    this.sources = sources;
  }

  /** Schedules the first frame (the interval metrics start at t = 0). */
  start(): void {
    this.ctx.interval.reset(0);
    this.ctx.heap.push(Math.min(this.intervalMs, this.endMs), FRAME, 0, 0);
  }

  write(): void {
    const { arrivals, cache, database, attempts, effects, tierFaults, tierFrames } = this.sources;
    const ctx = this.ctx;
    const now = ctx.nowMs;
    database.syncIntegrals();
    const iv = ctx.interval;
    const intervalS = this.intervalMs / 1000;
    const params = ctx.params;
    const w = params.workload;
    const firstRps = iv.first / intervalS;
    const loadRps = w.mode === 'open' ? w.rps * arrivals.rateFactor : firstRps;
    const inForce = effects.inForce() || tierFaults.inForce();
    const state = this.classifier.next(
      intervalS,
      firstRps,
      iv.delivered / intervalS,
      loadRps,
      this.capacities.hiddenRps,
      this.capacities.advertisedRps,
      inForce,
      iv.triggerFired,
      iv.latencyAll.count > 0 ? iv.latencyAll.quantile(0.95) : NaN,
      latencyObjectiveMs(params.client.sloP95Ms, params.client.timeoutMs),
    );
    if ((this.rows + 1) * METRIC_COUNT > this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    iv.write(this.buffer, this.rows * METRIC_COUNT, now, {
      cacheEntries: cache.lru.size,
      inFlight: ctx.requests.live,
      workers: params.db.workers,
      oldestWaitMs: database.oldestWaitMs(),
      triggerActive: inForce,
      state,
      breakerOpen: attempts.breaker.tripped,
      budgetTokens: params.client.retryBudget === 'on' ? attempts.budget.tokens : 0,
    });
    this.rows++;
    tierFrames.write(this.intervalMs);
    iv.reset(now);
    if (now < this.endMs) ctx.heap.push(Math.min(now + this.intervalMs, this.endMs), FRAME, 0, 0);
  }

  /** Frames since the last call: rows × METRIC_COUNT, row-major. */
  take(): Float64Array {
    const out = this.buffer.slice(0, this.rows * METRIC_COUNT);
    this.rows = 0;
    return out;
  }
}
