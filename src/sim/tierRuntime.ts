/**
 * One tier of the stack while it runs: its knobs in force, per-instance slots, queues and faults,
 * the edge cache of a cache tier, and the tier's own metrics of the current frame. Typed arrays
 * sized to the instances, so nothing is allocated per call.
 */
import { LatencyHistogram } from './latencyHistogram';
import { LruCache } from './lru';
import type { Prng } from './prng';
import type { CacheTier, ServiceTier, Tier } from './stackSchema';
import { grown } from './typedArrays';

export const FAULT_NONE = 0;
export const FAULT_CRASH = 1;
export const FAULT_BLACK_HOLE = 2;

export class TierRuntime {
  spec: Tier;
  readonly isCache: boolean;
  // Service tiers: per instance.
  busy = new Int32Array(0);
  queued = new Int32Array(0);
  head = new Int32Array(0);
  tail = new Int32Array(0);
  crash = new Uint8Array(0);
  slow = new Float64Array(0);
  errorRate = new Float64Array(0);
  coreShare = new Float64Array(0);
  /** Calls from this tier to the tier below are lost (a network partition). */
  partitioned = false;
  private cursor = 0;
  /** Retry budget toward the tier below, tokens. */
  tokens = 100;
  busyTotal = 0;
  queuedTotal = 0;
  // Cache tiers.
  readonly lru: LruCache | undefined;
  /** The call filling each key (−1: none), for single-flight and de-duplicated refreshes. */
  leader: Int32Array;
  // Metrics of the current frame.
  arrivals = 0;
  errors = 0;
  lookups = 0;
  hits = 0;
  joinedMisses = 0;
  budgetDenied = 0;
  busyIntegral = 0;
  queueIntegral = 0;
  private lastMs = 0;
  readonly latency = new LatencyHistogram();

  constructor(spec: Tier, keys: number) {
    this.spec = { ...spec };
    this.isCache = spec.kind === 'cache';
    this.lru = spec.kind === 'cache' ? new LruCache(keys, spec.capacity) : undefined;
    this.leader = new Int32Array(spec.kind === 'cache' ? keys : 0).fill(-1);
    this.resize(spec.kind === 'service' ? spec.instances : 1);
  }

  get service(): ServiceTier {
    return this.spec as ServiceTier;
  }

  get cache(): CacheTier {
    return this.spec as CacheTier;
  }

  /** Instances keep their state when the tier grows; new ones start healthy and idle. */
  resize(instances: number): void {
    const old = this.busy.length;
    if (instances <= old) return;
    this.busy = grown(this.busy, instances);
    this.queued = grown(this.queued, instances);
    this.head = grown(this.head, instances);
    this.head.fill(-1, old);
    this.tail = grown(this.tail, instances);
    this.tail.fill(-1, old);
    this.crash = grown(this.crash, instances);
    this.slow = grown(this.slow, instances);
    this.slow.fill(1, old);
    this.errorRate = grown(this.errorRate, instances);
    this.coreShare = grown(this.coreShare, instances);
    this.coreShare.fill(1, old);
  }

  /** Slots of an instance in force (fewer while a "cores" fault holds, never below one). */
  slotsOf(i: number): number {
    const s = this.service.slots;
    return this.coreShare[i] >= 1 ? s : Math.max(1, Math.round(s * this.coreShare[i]));
  }

  totalSlots(): number {
    let n = 0;
    for (let i = 0; i < this.service.instances; i++) n += this.slotsOf(i);
    return n;
  }

  /** The load balancer's choice among the instances in service. */
  pick(rng: Prng): number {
    const n = this.service.instances;
    const lb = this.service.balancer;
    if (n === 1) return 0;
    if (lb === 'random') return Math.floor(rng.uniform() * n);
    if (lb === 'round-robin') {
      const i = this.cursor % n;
      this.cursor = i + 1;
      return i;
    }
    // Least connections: the calls an instance holds (working, waiting below, or queued). An
    // instance that fails fast holds none, which is how it ends up with most of the traffic.
    let best = 0;
    let fewest = this.busy[0] + this.queued[0];
    for (let i = 1; i < n; i++) {
      const c = this.busy[i] + this.queued[i];
      if (c < fewest) {
        fewest = c;
        best = i;
      }
    }
    return best;
  }

  /** Advances the time integrals of busy slots and queued calls to now. */
  sync(nowMs: number): void {
    const dt = nowMs - this.lastMs;
    if (dt > 0) {
      this.busyIntegral += this.busyTotal * dt;
      this.queueIntegral += this.queuedTotal * dt;
      this.lastMs = nowMs;
    }
  }

  resetFrame(): void {
    this.arrivals = 0;
    this.errors = 0;
    this.lookups = 0;
    this.hits = 0;
    this.joinedMisses = 0;
    this.budgetDenied = 0;
    this.busyIntegral = 0;
    this.queueIntegral = 0;
    this.latency.reset();
  }
}
