/**
 * The stack layer: what happens to the tiers from outside their calls. Tier faults (crash, black
 * hole, slowdowns, error rates, fewer cores, partitions) and knob changes, scripted or live, and the
 * per-tier metric frames written beside the core's.
 */
import { TierCallLayer, TIER_FAULT_END, WORK_DONE } from './engineTierCalls';
import type { Scenario, Trigger } from './scenario';
import { TIER_METRIC_COUNT, type Tier } from './stackSchema';
import { capacities } from './capacity';
import { FAULT_BLACK_HOLE, FAULT_CRASH, FAULT_NONE, type TierRuntime } from './tierRuntime';

interface TierFaultState {
  tier: number;
  instance: number; // −1: every instance
  fault: Extract<Trigger, { type: 'tier-fault' }>['fault'];
  factor: number;
  active: boolean;
}

export abstract class StackLayer extends TierCallLayer {
  private readonly tierFaults: TierFaultState[] = [];
  protected tierFrameBuf: Float64Array;
  protected tierFrameRows = 0;

  constructor(scenario: Scenario) {
    super(scenario);
    this.tierFrameBuf = new Float64Array(Math.max(1, this.tierCount * TIER_METRIC_COUNT * 64));
  }

  protected dispatchStack(kind: number, a: number, b: number): void {
    if (kind === WORK_DONE) this.workDone(a, b);
    else if (kind === TIER_FAULT_END) {
      this.tierFaults[a].active = false;
      this.applyTierFaults(this.tierFaults[a].tier);
    }
  }

  /** Whether a tier fault is in force: the state classifier reads it as a trigger, as it does an outage. */
  protected tierFaultInForce(): boolean {
    for (const f of this.tierFaults) if (f.active) return true;
    return false;
  }

  protected tierIndex(name: string): number {
    return this.tiers.findIndex((t) => t.spec.name === name);
  }

  protected applyTierTrigger(trigger: Extract<Trigger, { type: 'tier-fault' | 'tier-set' }>): void {
    const t = this.tierIndex(trigger.tier);
    if (t < 0) return;
    const tier = this.tiers[t];
    if (trigger.type === 'tier-set') {
      tier.sync(this.now);
      tier.spec = { ...tier.spec, ...trigger.changes } as Tier;
      if (tier.isCache) tier.lru!.setCapacity(tier.cache.capacity);
      else tier.resize(tier.service.instances);
      this.dispatchTier(tier);
      // A narrower or wider tier moves the path's capacities, which the state classifier compares with.
      this.caps = capacities(this.p, this.stack());
      return;
    }
    if (trigger.forS <= 0) return;
    const id = this.tierFaults.length;
    this.tierFaults.push({ tier: t, instance: trigger.instance ?? -1, fault: trigger.fault, factor: trigger.factor ?? 1, active: true });
    this.applyTierFaults(t);
    this.heap.push(this.now + trigger.forS * 1000, TIER_FAULT_END, id, 0);
  }

  /** Recomputes a tier's per-instance faults from those in force. */
  private applyTierFaults(t: number): void {
    const tier = this.tiers[t];
    tier.sync(this.now);
    tier.crash.fill(FAULT_NONE);
    tier.slow.fill(1);
    tier.errorRate.fill(0);
    tier.coreShare.fill(1);
    tier.partitioned = false;
    for (const f of this.tierFaults) {
      if (!f.active || f.tier !== t) continue;
      if (f.fault === 'partition') {
        tier.partitioned = true;
        continue;
      }
      const from = f.instance < 0 ? 0 : f.instance;
      const to = f.instance < 0 ? tier.crash.length : f.instance + 1;
      for (let i = from; i < to; i++) {
        if (f.fault === 'crash') tier.crash[i] = FAULT_CRASH;
        else if (f.fault === 'black-hole') tier.crash[i] = FAULT_BLACK_HOLE;
        else if (f.fault === 'slow') tier.slow[i] *= f.factor;
        else if (f.fault === 'errors') tier.errorRate[i] = Math.max(tier.errorRate[i], f.factor);
        else tier.coreShare[i] = Math.min(tier.coreShare[i], f.factor);
      }
    }
    this.dispatchTier(tier);
  }

  private dispatchTier(tier: TierRuntime): void {
    if (tier.isCache) return;
    for (let i = 0; i < tier.busy.length; i++) this.dispatchInstance(tier, i);
  }

  /** One row of per-tier columns (see TIER_METRIC_NAMES) for the frame just written. */
  protected writeTierFrame(intervalMs: number): void {
    if (this.tierCount === 0) return;
    const width = this.tierCount * TIER_METRIC_COUNT;
    if ((this.tierFrameRows + 1) * width > this.tierFrameBuf.length) {
      const next = new Float64Array(this.tierFrameBuf.length * 2);
      next.set(this.tierFrameBuf);
      this.tierFrameBuf = next;
    }
    const s = intervalMs / 1000;
    let o = this.tierFrameRows * width;
    for (const tier of this.tiers) {
      tier.sync(this.now);
      const buf = this.tierFrameBuf;
      buf[o] = tier.arrivals / s;
      if (tier.isCache) {
        buf[o + 1] = tier.lookups > 0 ? tier.hits / tier.lookups : 0;
        buf[o + 2] = tier.joinedMisses / s;
      } else {
        const slots = tier.totalSlots();
        buf[o + 1] = slots > 0 ? Math.min(1, tier.busyIntegral / (slots * intervalMs)) : 0;
        buf[o + 2] = tier.queueIntegral / intervalMs;
      }
      buf[o + 3] = tier.errors / s;
      buf[o + 4] = tier.latency.quantile(0.99);
      tier.resetFrame();
      o += TIER_METRIC_COUNT;
    }
    this.tierFrameRows++;
  }

  /** Per-tier frames since the last call: rows × (tiers × TIER_METRIC_COUNT), row-major. */
  takeTierFrames(): Float64Array {
    const out = this.tierFrameBuf.slice(0, this.tierFrameRows * this.tierCount * TIER_METRIC_COUNT);
    this.tierFrameRows = 0;
    return out;
  }

  /** The tiers as they stand now (knobs in force). */
  stack(): Tier[] {
    return this.tiers.map((t) => ({ ...t.spec }));
  }
}
