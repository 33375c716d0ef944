/**
 * What every part of the engine shares, because no single part can own it: the clock, the
 * parameters in force, the event heap, the requests in flight, this interval's metrics, the totals
 * since t = 0 and the marks not yet taken. Each part (./simulation names them) owns the rest of its
 * state.
 */
import type { Mark, Totals } from './api';
import { EventHeap } from './eventHeap';
import { IntervalMetrics } from './intervalMetrics';
import { REQ_WAITING, RequestPool } from './requestPool';
import type { Params, Scenario } from './scenario';

export class EngineContext {
  /** Simulated time, ms. */
  nowMs = 0;
  /** Parameters in force (a `set` trigger replaces the object). */
  params: Params;
  readonly heap = new EventHeap(4096);
  readonly requests = new RequestPool();
  readonly interval = new IntervalMetrics();
  readonly totals: Totals = {
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
  marks: Mark[] = [];

  constructor(scenario: Scenario) {
    this.params = {
      workload: { ...scenario.workload },
      cache: { ...scenario.cache },
      db: { ...scenario.db },
      client: { ...scenario.client },
      shedding: { ...scenario.shedding },
    };
  }

  /** Whether (request, generation) still names an attempt waiting for its answer. */
  isWaiting(request: number, generation: number): boolean {
    return this.requests.generation[request] === generation && this.requests.state[request] === REQ_WAITING;
  }
}
