/**
 * Accumulates one interval's counts and time integrals, and writes them out as a metric frame row.
 * Integrals (busy workers, queue length) advance lazily: `advanceTo` is called before any change.
 */
import { LatencyHistogram } from './latencyHistogram';
import { M, METRIC_COUNT } from './metrics';

/** End-of-interval readings the engine supplies with each frame. */
export interface FrameGauges {
  cacheEntries: number;
  inFlight: number;
  workers: number;
  /** Stands in for the minimum queueing delay when no query left the queue at all. */
  oldestWaitMs: number;
  triggerActive: boolean;
  state: number;
  breakerOpen: boolean;
  budgetTokens: number;
}

export class IntervalMetrics {
  first = 0;
  retries = 0;
  delivered = 0;
  lookups = 0;
  hits = 0;
  timeouts = 0;
  rejected = 0;
  shed = 0;
  wasted = 0;
  failed = 0;
  fills = 0;
  dbDone = 0;
  stale = 0;
  dropped = 0;
  breaker = 0;
  budgetDenied = 0;
  background = 0;
  coalesced = 0;
  /** Requests and attempts dropped at one of the simulation's memory caps (limits.ts). */
  capDropped = 0;
  waitSumMs = 0;
  waitCount = 0;
  minWaitMs = Infinity;
  triggerFired = false;
  readonly latency = new LatencyHistogram();
  /** Latency as users experience it: delivered answers, and failures at the moment their caller gave up. */
  readonly latencyAll = new LatencyHistogram();
  /** Lookups and hits of the intervals before this one (the canary reads totals since t = 0). */
  private lookupsBefore = 0;
  private hitsBefore = 0;

  private busyIntegral = 0;
  private capacityIntegral = 0;
  private queueIntegral = 0;
  private lastMs = 0;
  private startMs = 0;

  /** Integrates busy workers, worker capacity and queue length up to nowMs. */
  advanceTo(nowMs: number, busy: number, workers: number, queued: number): void {
    const dt = nowMs - this.lastMs;
    if (dt > 0) {
      this.busyIntegral += busy * dt;
      // Workers retiring after a scale-down may still be busy: count them as capacity meanwhile.
      this.capacityIntegral += Math.max(busy, workers) * dt;
      this.queueIntegral += queued * dt;
      this.lastMs = nowMs;
    }
  }

  get lookupsTotal(): number {
    return this.lookupsBefore + this.lookups;
  }

  get hitsTotal(): number {
    return this.hitsBefore + this.hits;
  }

  recordWait(waitMs: number): void {
    this.waitSumMs += waitMs;
    this.waitCount++;
    if (waitMs < this.minWaitMs) this.minWaitMs = waitMs;
  }

  /**
   * Writes the frame ending at endMs into out[offset..]. The caller supplies end-of-interval gauges.
   * `oldestWaitMs` stands in for the minimum queueing delay when no query left the queue at all.
   */
  write(out: Float64Array, offset: number, endMs: number, gauges: FrameGauges): void {
    const seconds = (endMs - this.startMs) / 1000;
    const perS = seconds > 0 ? 1 / seconds : 0;
    const row = out.subarray(offset, offset + METRIC_COUNT);
    row[M.t_s] = endMs / 1000;
    row[M.offered_rps] = (this.first + this.retries) * perS;
    row[M.first_rps] = this.first * perS;
    row[M.retry_rps] = this.retries * perS;
    row[M.goodput_rps] = this.delivered * perS;
    row[M.hit_rate] = this.lookups > 0 ? this.hits / this.lookups : 0;
    row[M.db_util] = this.capacityIntegral > 0 ? this.busyIntegral / this.capacityIntegral : 0;
    row[M.queue_depth] = endMs > this.startMs ? this.queueIntegral / (endMs - this.startMs) : 0;
    row[M.timeout_rps] = this.timeouts * perS;
    row[M.rejected_rps] = this.rejected * perS;
    row[M.shed_rps] = this.shed * perS;
    row[M.wasted_rps] = this.wasted * perS;
    row[M.p50_ms] = this.latency.quantile(0.5);
    row[M.p99_ms] = this.latency.quantile(0.99);
    row[M.p95_ms] = this.latency.quantile(0.95);
    row[M.stale_rps] = this.stale * perS;
    row[M.dropped_rps] = this.dropped * perS;
    row[M.breaker_rps] = this.breaker * perS;
    row[M.budget_denied_rps] = this.budgetDenied * perS;
    row[M.background_rps] = this.background * perS;
    row[M.coalesced_rps] = this.coalesced * perS;
    row[M.breaker_open] = gauges.breakerOpen ? 1 : 0;
    row[M.budget_tokens] = gauges.budgetTokens;
    row[M.cache_entries] = gauges.cacheEntries;
    row[M.failed_rps] = this.failed * perS;
    row[M.fill_rps] = this.fills * perS;
    row[M.db_rps] = this.dbDone * perS;
    row[M.db_wait_ms] = this.waitCount > 0 ? this.waitSumMs / this.waitCount : 0;
    row[M.min_queue_delay_ms] = this.waitCount > 0 ? this.minWaitMs : gauges.oldestWaitMs;
    row[M.in_flight] = gauges.inFlight;
    row[M.workers] = gauges.workers;
    row[M.trigger_active] = gauges.triggerActive ? 1 : 0;
    row[M.state] = gauges.state;
    row[M.p50_all_ms] = this.latencyAll.quantile(0.5);
    row[M.p99_all_ms] = this.latencyAll.quantile(0.99);
    row[M.cap_dropped_rps] = this.capDropped * perS;
  }

  /** Starts the next interval at nowMs. */
  reset(nowMs: number): void {
    this.lookupsBefore += this.lookups;
    this.hitsBefore += this.hits;
    this.first = this.retries = this.delivered = this.lookups = this.hits = 0;
    this.timeouts = this.rejected = this.shed = this.wasted = this.failed = this.fills = this.dbDone = 0;
    this.stale = this.dropped = this.breaker = this.budgetDenied = this.background = this.coalesced = this.capDropped = 0;
    this.waitSumMs = this.waitCount = 0;
    this.minWaitMs = Infinity;
    this.triggerFired = false;
    this.latency.reset();
    this.latencyAll.reset();
    this.busyIntegral = this.capacityIntegral = this.queueIntegral = 0;
    this.lastMs = this.startMs = nowMs;
  }
}
