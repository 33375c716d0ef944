/**
 * The discrete-event simulation of open- or closed-loop clients, a look-aside LRU cache and a
 * database with N workers and a bounded wait queue. Every effect (a flush turning into an outage, or
 * not) emerges from these mechanisms: no code path knows what a trigger should do.
 *
 * Hot path rules: events live in typed arrays (EventHeap), requests and queries in struct-of-array
 * pools, keys are integers; nothing is allocated per event.
 */
import type { Mark, Simulation, Totals } from './api';
import { capacities } from './capacity';
import { describeTrigger } from './describeTrigger';
import { StackLayer } from './engineStack';
import { CANARY, CANARY_CHECK_MS, CANARY_MIN_LOOKUPS, DB_DONE, EFFECT_END, FRAME, RETRY, SCRIPT, WARMUP, CLIENT_WAKE } from './engineState';
import { METRIC_COUNT } from './metrics';
import { latencyObjectiveMs } from './stateClassifier';
import { applyPatch } from './parseScenario';
import { REQ_BACKOFF } from './requestPool';
import type { Params, Scenario, Trigger } from './scenario';
import { zipfSampler } from './zipf';

export function createSimulation(scenario: Scenario): Simulation {
  return new Engine(scenario);
}

/** The public simulation: the event loop, triggers and changes, and metric frames. */
class Engine extends StackLayer implements Simulation {
  constructor(scenario: Scenario) {
    super(scenario);
    this.interval.reset(0);
    this.heap.push(Math.min(scenario.intervalMs, this.endMs), FRAME, 0, 0);
    scenario.events.forEach((e, i) => this.heap.push(e.atS * 1000, SCRIPT, i, 0));
    this.startLoad();
    this.scheduleWarmup();
  }

  nowMs(): number {
    return this.now;
  }

  params(): Params {
    return this.p;
  }

  done(): boolean {
    return this.now >= this.endMs;
  }

  totals(): Totals {
    return { ...this.t, inFlight: this.reqs.live };
  }

  takeFrames(): Float64Array {
    const out = this.frameBuf.slice(0, this.frameRows * METRIC_COUNT);
    this.frameRows = 0;
    return out;
  }

  takeMarks(): Mark[] {
    const m = this.marks;
    this.marks = [];
    return m;
  }

  advance(untilMs: number, maxEvents = Infinity): number {
    const limit = Math.min(untilMs, this.endMs);
    const heap = this.heap;
    const lanes = this.timeouts;
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
      const ta = this.nextArrivalMs;
      if (ta < t || (ta === t && ta !== Infinity && this.nextArrivalSeq < seq)) {
        source = 2;
        t = ta;
      }
      if (t > limit) break;
      this.now = t;
      n++;
      if (source === 0) {
        heap.pop();
        this.dispatch(heap.popKind, heap.popA, heap.popB);
      } else if (source === 1) {
        lanes.pop();
        this.timeout(lanes.popA, lanes.popB);
      } else {
        this.nextArrivalMs = Infinity;
        this.newRequest(false);
        this.scheduleArrival();
      }
    }
    if (n < maxEvents && limit > this.now) this.now = limit;
    this.t.events += n;
    return n;
  }

  apply(trigger: Trigger): void {
    this.applyTrigger(trigger, 'live');
  }

  protected dispatch(kind: number, a: number, b: number): void {
    switch (kind) {
      case CLIENT_WAKE:
        if (this.p.workload.mode === 'closed' && this.activeClients <= this.p.workload.clients) this.newRequest(true);
        else this.activeClients--;
        break;
      case RETRY:
        if (this.reqs.generation[a] === b && this.reqs.state[a] === REQ_BACKOFF) this.startAttempt(a);
        break;
      case DB_DONE:
        this.dbDone(a);
        break;
      case FRAME:
        this.writeFrame();
        break;
      case SCRIPT:
        this.applyTrigger(this.scenario.events[a], 'script', this.scenario.events[a].label);
        break;
      case EFFECT_END:
        this.endEffect(a);
        break;
      case WARMUP:
        this.warmupTick(a);
        break;
      case CANARY:
        this.canaryCheck(a);
        break;
      default:
        this.dispatchStack(kind, a, b);
    }
  }

  protected applyTrigger(trigger: Trigger, source: Mark['source'], eventLabel?: string): void {
    const tS = this.now / 1000;
    this.marks.push(
      eventLabel === undefined ? { tS, trigger, source, label: describeTrigger(trigger) } : { tS, trigger, source, label: eventLabel, eventLabel },
    );
    switch (trigger.type) {
      case 'flush':
        this.interval.triggerFired = true;
        if (trigger.hottest === undefined) this.cache.clear();
        else {
          const keys = this.cacheKeys;
          for (let k = 0; k < trigger.hottest; k++) for (let s = 0; s < keys.shapes; s++) this.cache.remove(keys.cacheKey(k, s));
        }
        break;
      case 'deploy':
        this.interval.triggerFired = true;
        this.cacheKeys.deploy(trigger.fraction, trigger.shapes ?? 1);
        this.cache.growKeys(this.cacheKeys.span());
        this.watchDeploy();
        break;
      case 'seed':
        this.seedHottest(trigger.hottest);
        break;
      case 'rollback':
        this.interval.triggerFired = true;
        this.deployGen++;
        this.cacheKeys.rollback();
        break;
      case 'spike':
      case 'db-slowdown':
      case 'outage': {
        this.interval.triggerFired = true;
        const id = this.effects.length;
        this.effects.push({ type: trigger.type, factor: trigger.type === 'outage' ? 1 : trigger.factor, active: true });
        this.recomputeEffects();
        this.heap.push(this.now + trigger.forS * 1000, EFFECT_END, id, 0);
        break;
      }
      case 'set':
        this.applyChanges(trigger);
        break;
      case 'tier-fault':
        this.interval.triggerFired = true;
        this.applyTierTrigger(trigger);
        break;
      case 'tier-set':
        this.applyTierTrigger(trigger);
        break;
    }
  }

  /** Writes the K most popular keys into the cache, every request shape, without the database. */
  protected seedHottest(hottest: number): void {
    const keys = this.cacheKeys;
    const c = this.p.cache;
    const n = Math.min(hottest, keys.keys);
    for (let k = 0; k < n; k++) {
      for (let s = 0; s < keys.shapes; s++) {
        const expires = c.ttlMs > 0 ? this.now + c.ttlMs * (1 - c.ttlJitter * this.rngCache.uniform()) : Infinity;
        if (this.cache.insert(keys.cacheKey(k, s), expires)) this.interval.fills++;
      }
    }
  }

  /** Hit-rate canary: starts watching a deploy when the mitigation is on. */
  protected watchDeploy(): void {
    const gen = ++this.deployGen;
    const c = this.p.cache;
    if (c.canaryHitRate <= 0) return;
    this.canaryUntilMs = this.now + c.canaryWindowS * 1000;
    this.canaryLookups = this.interval.lookupsTotal;
    this.canaryHits = this.interval.hitsTotal;
    this.heap.push(this.now + CANARY_CHECK_MS, CANARY, gen, 0);
  }

  /**
   * One canary check: the hit rate over the last check period. Below the threshold the deploy rolls
   * itself back; past the window it counts as safe and the canary stops. A later deploy or a
   * rollback retires the checks of this one.
   */
  protected canaryCheck(gen: number): void {
    if (gen !== this.deployGen || this.now > this.canaryUntilMs) return;
    const iv = this.interval;
    const lookups = iv.lookupsTotal - this.canaryLookups;
    const hits = iv.hitsTotal - this.canaryHits;
    this.canaryLookups = iv.lookupsTotal;
    this.canaryHits = iv.hitsTotal;
    const threshold = this.p.cache.canaryHitRate;
    if (threshold > 0 && lookups >= CANARY_MIN_LOOKUPS && hits / lookups < threshold) {
      this.deployGen++;
      this.interval.triggerFired = true;
      this.cacheKeys.rollback();
      const trigger = { type: 'rollback' } as const;
      this.marks.push({
        tS: this.now / 1000,
        trigger,
        source: 'script',
        label: `canary: hit rate ${Math.round((hits / lookups) * 100)}% < ${Math.round(threshold * 100)}%, rollback`,
      });
      return;
    }
    if (this.now + CANARY_CHECK_MS <= this.canaryUntilMs) this.heap.push(this.now + CANARY_CHECK_MS, CANARY, gen, 0);
  }

  protected endEffect(id: number): void {
    this.effects[id].active = false;
    this.recomputeEffects();
  }

  protected recomputeEffects(): void {
    let rate = 1;
    let service = 1;
    let outages = 0;
    for (const e of this.effects) {
      if (!e.active) continue;
      if (e.type === 'spike') rate *= e.factor;
      else if (e.type === 'db-slowdown') service *= e.factor;
      else outages++;
    }
    this.outages = outages;
    this.serviceFactor = service;
    if (rate !== this.rateFactor) {
      this.rateFactor = rate;
      this.rescheduleArrivals();
    }
  }

  protected applyChanges(trigger: Extract<Trigger, { type: 'set' }>): void {
    const before = this.p;
    this.syncIntegrals();
    this.p = applyPatch(before, trigger.changes);
    const w = this.p.workload;
    if (w.keys !== before.workload.keys || w.zipf !== before.workload.zipf) {
      this.sampler = zipfSampler(w.keys, w.zipf);
      this.cache.growKeys(w.keys);
    }
    if (this.p.cache.capacity !== before.cache.capacity) this.cache.setCapacity(this.p.cache.capacity);
    if (this.p.cache.warmupRps !== before.cache.warmupRps) this.scheduleWarmup();
    if (this.p.client.retryBudget === 'on' && before.client.retryBudget === 'off') this.budget.tokens = this.p.client.budgetTokens;
    if (w.rps !== before.workload.rps || w.mode !== before.workload.mode) this.rescheduleArrivals();
    this.spawnClients();
    this.dispatchQueue();
    this.caps = capacities(this.p, this.stack());
  }

  protected writeFrame(): void {
    this.syncIntegrals();
    const iv = this.interval;
    const intervalS = this.scenario.intervalMs / 1000;
    const w = this.p.workload;
    const firstRps = iv.first / intervalS;
    const loadRps = w.mode === 'open' ? w.rps * this.rateFactor : firstRps;
    const inForce = this.effects.some((e) => e.active) || this.tierFaultInForce();
    const state = this.classifier.next(
      intervalS,
      firstRps,
      iv.delivered / intervalS,
      loadRps,
      this.caps.hiddenRps,
      this.caps.advertisedRps,
      inForce,
      iv.triggerFired,
      iv.latencyAll.count > 0 ? iv.latencyAll.quantile(0.95) : NaN,
      latencyObjectiveMs(this.p.client.sloP95Ms, this.p.client.timeoutMs),
    );
    if ((this.frameRows + 1) * METRIC_COUNT > this.frameBuf.length) {
      const next = new Float64Array(this.frameBuf.length * 2);
      next.set(this.frameBuf);
      this.frameBuf = next;
    }
    iv.write(this.frameBuf, this.frameRows * METRIC_COUNT, this.now, {
      cacheEntries: this.cache.size,
      inFlight: this.reqs.live,
      workers: this.p.db.workers,
      oldestWaitMs: this.queue.length > 0 ? this.now - this.queries.enqueuedAtMs[this.queue.peekOldest()] : 0,
      triggerActive: inForce,
      state,
      breakerOpen: this.breaker.tripped,
      budgetTokens: this.p.client.retryBudget === 'on' ? this.budget.tokens : 0,
    });
    this.frameRows++;
    this.writeTierFrame(this.scenario.intervalMs);
    iv.reset(this.now);
    if (this.now < this.endMs) this.heap.push(Math.min(this.now + this.scenario.intervalMs, this.endMs), FRAME, 0, 0);
  }
}
