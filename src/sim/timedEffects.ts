/**
 * Triggers with a duration (spike, db-slowdown, outage, cache-node-loss), in force until their end
 * event. Effects overlap: spikes multiply the arrival rate, slowdowns the database's service time,
 * lost cache nodes the cache's capacity, and the database is unreachable while any outage lasts.
 * The mechanisms read only the combined factors.
 */
import type { Arrivals } from './arrivals';
import type { Database } from './database';
import type { LookAsideCache } from './lookAsideCache';
import type { EngineContext } from './engineContext';
import { EFFECT_END } from './engineEvents';
import type { Trigger } from './scenario';

/** Any event type of the table that acts for `forS` (the stack's faults keep their own list, ./tierFaults). */
type TimedTrigger = Exclude<Extract<Trigger, { forS: number }>, { type: 'tier-fault' }>;

interface TimedEffect {
  type: TimedTrigger['type'];
  factor: number;
  active: boolean;
}

export class TimedEffects {
  private readonly effects: TimedEffect[] = [];
  private readonly ctx: EngineContext;
  private readonly arrivals: Arrivals;
  private readonly database: Database;
  private readonly cache: LookAsideCache;

  constructor(ctx: EngineContext, arrivals: Arrivals, database: Database, cache: LookAsideCache) {
    this.ctx = ctx;
    this.arrivals = arrivals;
    this.database = database;
    this.cache = cache;
  }

  start(trigger: TimedTrigger): void {
    const id = this.effects.length;
    this.effects.push({ type: trigger.type, factor: effectFactor(trigger), active: true });
    this.recompute();
    this.ctx.heap.push(this.ctx.nowMs + trigger.forS * 1000, EFFECT_END, id, 0);
  }

  end(id: number): void {
    this.effects[id].active = false;
    this.recompute();
  }

  inForce(): boolean {
    return this.effects.some((e) => e.active);
  }

  /** Combines the effects in force; a changed rate redraws the pending arrival. */
  private recompute(): void {
    let rate = 1;
    let service = 1;
    let outages = 0;
    let cacheShare = 1;
    for (const e of this.effects) {
      if (!e.active) continue;
      if (e.type === 'spike') rate *= e.factor;
      else if (e.type === 'db-slowdown') service *= e.factor;
      else if (e.type === 'outage') outages++;
      else cacheShare *= e.factor;
    }
    this.cache.setNodeShare(cacheShare);
    this.database.outages = outages;
    this.database.serviceFactor = service;
    if (rate !== this.arrivals.rateFactor) {
      this.arrivals.rateFactor = rate;
      this.arrivals.rescheduleArrivals();
    }
  }
}

/** What an effect multiplies: the arrival rate, the service time, the cache's serving share (an outage counts). */
function effectFactor(trigger: TimedTrigger): number {
  switch (trigger.type) {
    case 'spike':
    case 'db-slowdown':
      return trigger.factor;
    case 'outage':
      return 1;
    case 'cache-node-loss':
      return 1 - 1 / trigger.nodes;
    default: {
      const never: never = trigger;
      throw new Error(`no timed effect for ${JSON.stringify(never)}`);
    }
  }
}
