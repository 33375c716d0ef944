/**
 * What happens to the tiers from outside their calls: tier faults (crash, black hole, slowdowns,
 * error rates, fewer cores, partitions) in force until they end, and knob changes (`tier-set`),
 * scripted or live. Each change recomputes the tier's per-instance state and lets queued calls take
 * any slots it freed.
 */
import type { EngineContext } from './engineContext';
import { TIER_FAULT_END } from './engineEvents';
import type { Trigger } from './scenario';
import type { Tier } from './stackSchema';
import type { TierCalls } from './tierCalls';
import { FAULT_BLACK_HOLE, FAULT_CRASH, FAULT_NONE, type TierRuntime } from './tierRuntime';

interface TierFault {
  tier: number;
  /** −1: every instance. */
  instance: number;
  fault: Extract<Trigger, { type: 'tier-fault' }>['fault'];
  factor: number;
  active: boolean;
}

export class TierFaults {
  private readonly faults: TierFault[] = [];
  private readonly ctx: EngineContext;
  private readonly tierCalls: TierCalls;

  constructor(ctx: EngineContext, tierCalls: TierCalls) {
    this.ctx = ctx;
    this.tierCalls = tierCalls;
  }

  /** Whether a tier fault is in force: the state classifier reads it as a trigger, as it does an outage. */
  inForce(): boolean {
    for (const f of this.faults) if (f.active) return true;
    return false;
  }

  /**
   * Applies a tier fault or knob change; a trigger naming no tier of the stack does nothing. Returns
   * whether a tier's knobs changed (the path's capacities move with them).
   */
  apply(trigger: Extract<Trigger, { type: 'tier-fault' | 'tier-set' }>): boolean {
    const tiers = this.tierCalls.tiers;
    const t = tiers.findIndex((tier) => tier.spec.name === trigger.tier);
    if (t < 0) return false;
    const tier = tiers[t];
    if (trigger.type === 'tier-set') {
      tier.sync(this.ctx.nowMs);
      tier.spec = { ...tier.spec, ...trigger.changes } as Tier;
      if (tier.isCache) tier.lru!.setCapacity(tier.cache.capacity);
      else tier.resize(tier.service.instances);
      this.dispatchTier(tier);
      return true;
    }
    if (trigger.forS <= 0) return false;
    const id = this.faults.length;
    this.faults.push({ tier: t, instance: trigger.instance ?? -1, fault: trigger.fault, factor: trigger.factor ?? 1, active: true });
    this.recompute(t);
    this.ctx.heap.push(this.ctx.nowMs + trigger.forS * 1000, TIER_FAULT_END, id, 0);
    return false;
  }

  end(id: number): void {
    this.faults[id].active = false;
    this.recompute(this.faults[id].tier);
  }

  /** Recomputes a tier's per-instance faults from those in force. */
  private recompute(t: number): void {
    const tier = this.tierCalls.tiers[t];
    tier.sync(this.ctx.nowMs);
    tier.crash.fill(FAULT_NONE);
    tier.slow.fill(1);
    tier.errorRate.fill(0);
    tier.coreShare.fill(1);
    tier.partitioned = false;
    for (const f of this.faults) {
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
    for (let i = 0; i < tier.busy.length; i++) this.tierCalls.dispatchInstance(tier, i);
  }
}
