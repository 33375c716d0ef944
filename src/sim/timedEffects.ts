/**
 * Triggers with a duration (spike, db-slowdown, outage), in force until their end event. Effects
 * overlap: spikes multiply the arrival rate, slowdowns the database's service time, and the
 * database is unreachable while any outage lasts. The mechanisms read only the combined factors.
 */
import type { Arrivals } from './arrivals';
import type { Database } from './database';
import type { EngineContext } from './engineContext';
import { EFFECT_END } from './engineEvents';
import type { Trigger } from './scenario';

interface TimedEffect {
  type: 'spike' | 'db-slowdown' | 'outage';
  factor: number;
  active: boolean;
}

export class TimedEffects {
  private readonly effects: TimedEffect[] = [];
  private readonly ctx: EngineContext;
  private readonly arrivals: Arrivals;
  private readonly database: Database;

  constructor(ctx: EngineContext, arrivals: Arrivals, database: Database) {
    this.ctx = ctx;
    this.arrivals = arrivals;
    this.database = database;
  }

  start(trigger: Extract<Trigger, { type: 'spike' | 'db-slowdown' | 'outage' }>): void {
    const id = this.effects.length;
    this.effects.push({ type: trigger.type, factor: trigger.type === 'outage' ? 1 : trigger.factor, active: true });
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
    for (const e of this.effects) {
      if (!e.active) continue;
      if (e.type === 'spike') rate *= e.factor;
      else if (e.type === 'db-slowdown') service *= e.factor;
      else outages++;
    }
    this.database.outages = outages;
    this.database.serviceFactor = service;
    if (rate !== this.arrivals.rateFactor) {
      this.arrivals.rateFactor = rate;
      this.arrivals.rescheduleArrivals();
    }
  }
}
