/**
 * The simulation engine: start reading here. A discrete-event simulation of open- or closed-loop
 * clients, a look-aside LRU cache and a database with N workers and a bounded queue (optionally
 * behind a stack of tiers). Every effect (a flush turning into an outage, or not) emerges from the
 * mechanisms: no code path knows what a trigger should do.
 *
 * One request: an arrival (./arrivals) → ClientAttempts.newRequest draws its key → startAttempt
 * looks it up in the cache (./lookAsideCache): a hit is delivered; a miss joins a query in flight or
 * goes to the database (./database), and waits with a deadline (./attemptTimeouts) → DB_DONE:
 * Database.queryDone delivers it and fills the cache, or the deadline fires first and attemptFailed
 * retries after a backoff (RETRY) or fails it. With tiers, ./tierCalls sits between the client and
 * the cache. Below: the event loop (`advance`), `dispatch` (one case per event kind, ./engineEvents)
 * and `applyTrigger` (one case per trigger). Shared state is in ./engineContext.
 *
 * Hot path rules: events live in typed arrays (EventHeap), requests and queries in struct-of-array
 * pools, keys are integers; nothing is allocated per event.
 */
import type { Mark, Simulation, Totals } from './api';
import { Arrivals } from './arrivals';
import { CacheWarmup } from './cacheWarmup';
import { capacities } from './capacity';
import { ClientAttempts } from './clientAttempts';
import { Database } from './database';
import { describeTrigger } from './describeTrigger';
import { EngineContext } from './engineContext';
import { CANARY, CLIENT_WAKE, DB_DONE, EFFECT_END, FRAME, RETRY, SCRIPT, TIER_FAULT_END, WARMUP, WORK_DONE, type EngineEventKind } from './engineEvents';
import { FrameWriter } from './frameWriter';
import { HitRateCanary } from './hitRateCanary';
import { LookAsideCache } from './lookAsideCache';
import { applyParameterChanges, type ChangedParts } from './parameterChanges';
import type { Params, Scenario, Trigger } from './scenario';
import type { Tier } from './stackSchema';
import { TierCalls } from './tierCalls';
import { TierFaults } from './tierFaults';
import { TierFrames } from './tierFrames';
import { TimedEffects } from './timedEffects';
import { zipfSampler } from './zipf';

export function createSimulation(scenario: Scenario): Simulation {
  return new Engine(scenario);
}

/** The public simulation: builds the parts, runs the event loop, dispatches events and triggers to them. */
class Engine implements Simulation {
  readonly scenario: Scenario;
  readonly endMs: number;
  private readonly ctx: EngineContext;
  private readonly arrivals: Arrivals;
  private readonly cache: LookAsideCache;
  private readonly database: Database;
  private readonly attempts: ClientAttempts;
  private readonly tierCalls: TierCalls;
  private readonly tierFaults: TierFaults;
  private readonly tierFrames: TierFrames;
  private readonly effects: TimedEffects;
  private readonly canary: HitRateCanary;
  private readonly warmup: CacheWarmup;
  private readonly frames: FrameWriter;
  /** What a `set` trigger changes (./parameterChanges). */
  private readonly changedParts: ChangedParts;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.endMs = scenario.durationS * 1000;
    const ctx = new EngineContext(scenario);
    this.ctx = ctx;
    const seed = scenario.seed;
    const keySampler = zipfSampler(ctx.params.workload.keys, ctx.params.workload.zipf);
    this.arrivals = new Arrivals(ctx, seed);
    this.cache = new LookAsideCache(ctx, scenario, keySampler);
    this.database = new Database(ctx, this.cache, seed);
    this.tierCalls = new TierCalls(ctx, scenario, keySampler);
    this.attempts = new ClientAttempts(ctx, seed, keySampler, this.arrivals, this.cache, this.database, this.tierCalls);
    this.database.connect(this.attempts);
    this.tierCalls.connect(this.attempts);
    this.tierFaults = new TierFaults(ctx, this.tierCalls);
    this.tierFrames = new TierFrames(ctx, this.tierCalls);
    this.effects = new TimedEffects(ctx, this.arrivals, this.database, this.cache);
    this.canary = new HitRateCanary(ctx, this.cache);
    this.warmup = new CacheWarmup(ctx, this.cache, this.database);
    const { arrivals, cache, database, attempts, effects, tierFaults, tierFrames, warmup } = this;
    const sources = { arrivals, cache, database, attempts, effects, tierFaults, tierFrames };
    this.frames = new FrameWriter(ctx, scenario.intervalMs, this.endMs, capacities(ctx.params, scenario.stack), sources);
    this.changedParts = { arrivals, cache, database, attempts, warmup, frames: this.frames };
    // The order of these first events fixes their sequence numbers, hence every tie after them.
    this.frames.start();
    scenario.events.forEach((e, i) => ctx.heap.push(e.atS * 1000, SCRIPT, i, 0));
    this.arrivals.start();
    this.warmup.schedule();
  }

  nowMs(): number {
    return this.ctx.nowMs;
  }

  params(): Params {
    return this.ctx.params;
  }

  done(): boolean {
    return this.ctx.nowMs >= this.endMs;
  }

  totals(): Totals {
    return { ...this.ctx.totals, inFlight: this.ctx.requests.live };
  }

  takeFrames(): Float64Array {
    return this.frames.take();
  }

  takeTierFrames(): Float64Array {
    return this.tierFrames.take();
  }

  takeMarks(): Mark[] {
    const marks = this.ctx.marks;
    this.ctx.marks = [];
    return marks;
  }

  /** The tiers as they stand now (knobs in force). */
  stack(): Tier[] {
    return this.tierCalls.tiers.map((t) => ({ ...t.spec }));
  }

  advance(untilMs: number, maxEvents = Infinity): number {
    const ctx = this.ctx;
    const limit = Math.min(untilMs, this.endMs);
    const heap = ctx.heap;
    const lanes = this.attempts.timeouts.lanes;
    const arrivals = this.arrivals;
    let n = 0;
    // Three sources of events, merged by (time, sequence): the heap, the timeout lanes, and the one
    // pending open-loop arrival (the most frequent event, so it skips the heap).
    while (n < maxEvents) {
      let source = 0;
      let t = heap.peekTime();
      let seq = t === Infinity ? Infinity : heap.peekSeq();
      const tl = lanes.peekTime();
      if (tl < t || (tl === t && tl !== Infinity && lanes.peekSeq() < seq)) {
        source = 1;
        t = tl;
        seq = lanes.peekSeq();
      }
      const ta = arrivals.nextArrivalMs;
      if (ta < t || (ta === t && ta !== Infinity && arrivals.nextArrivalSeq < seq)) {
        source = 2;
        t = ta;
      }
      if (t > limit) break;
      ctx.nowMs = t;
      n++;
      if (source === 0) {
        heap.pop();
        this.dispatch(heap.popKind as EngineEventKind, heap.popA, heap.popB);
      } else if (source === 1) {
        lanes.pop();
        this.attempts.timeout(lanes.popA, lanes.popB);
      } else {
        arrivals.nextArrivalMs = Infinity;
        this.attempts.newRequest(false);
        arrivals.scheduleArrival();
      }
    }
    if (n < maxEvents && limit > ctx.nowMs) ctx.nowMs = limit;
    ctx.totals.events += n;
    return n;
  }

  apply(trigger: Trigger): void {
    this.applyTrigger(trigger, 'live');
  }

  private dispatch(kind: EngineEventKind, a: number, b: number): void {
    switch (kind) {
      case CLIENT_WAKE:
        if (this.arrivals.clientWakes()) this.attempts.newRequest(true);
        break;
      case RETRY:
        this.attempts.retry(a, b);
        break;
      case DB_DONE:
        this.database.queryDone(a);
        break;
      case FRAME:
        this.frames.write();
        break;
      case SCRIPT:
        this.applyTrigger(this.scenario.events[a], 'script', this.scenario.events[a].label);
        break;
      case EFFECT_END:
        this.effects.end(a);
        break;
      case WARMUP:
        this.warmup.tick(a);
        break;
      case CANARY:
        this.canary.check(a);
        break;
      case WORK_DONE:
        this.tierCalls.workDone(a, b);
        break;
      case TIER_FAULT_END:
        this.tierFaults.end(a);
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown event kind ${String(never)}`);
      }
    }
  }

  private applyTrigger(trigger: Trigger, source: Mark['source'], eventLabel?: string): void {
    const ctx = this.ctx;
    const tS = ctx.nowMs / 1000;
    ctx.marks.push(
      eventLabel === undefined ? { tS, trigger, source, label: describeTrigger(trigger) } : { tS, trigger, source, label: eventLabel, eventLabel },
    );
    switch (trigger.type) {
      case 'flush':
        ctx.interval.triggerFired = true;
        this.cache.flush(trigger.hottest);
        break;
      case 'deploy':
        ctx.interval.triggerFired = true;
        this.cache.deploy(trigger.fraction, trigger.shapes ?? 1);
        this.canary.watchDeploy();
        break;
      case 'seed':
        this.cache.seedHottest(trigger.hottest);
        break;
      case 'rollback':
        ctx.interval.triggerFired = true;
        this.canary.retire();
        this.cache.keys.rollback();
        break;
      case 'spike':
      case 'db-slowdown':
      case 'outage':
        ctx.interval.triggerFired = true;
        this.effects.start(trigger);
        break;
      case 'cache-node-loss':
        // The lost node's share of entries goes at once; until its empty replacement joins, the
        // cache is that much smaller (a timed effect, like a spike's).
        ctx.interval.triggerFired = true;
        this.cache.loseNode(trigger.nodes);
        this.effects.start(trigger);
        break;
      case 'set':
        applyParameterChanges(ctx, this.changedParts, trigger, this.stack());
        break;
      case 'tier-fault':
        ctx.interval.triggerFired = true;
        this.tierFaults.apply(trigger);
        break;
      case 'tier-set':
        // A narrower or wider tier moves the path's capacities, which the state classifier compares with.
        if (this.tierFaults.apply(trigger)) this.frames.capacities = capacities(ctx.params, this.stack());
        break;
      default: {
        // Every row of the event table (./eventSchema) needs its case here: a missing one does not compile.
        const never: never = trigger;
        throw new Error(`no engine case for event ${JSON.stringify(never)}`);
      }
    }
  }
}
