/**
 * One line that says why the lab is in its current state, written from the latest frame and the
 * capacities in force, in the paper's terms. The state itself comes from the core's classifier;
 * this only explains it with numbers a workshop can check against the charts.
 */
import { M } from '../../sim/metrics';
import type { Params } from '../../sim/scenario';
import { latencyObjectiveMs } from '../../sim/stateClassifier';
import type { Capacities } from '../../worker/protocol';
import { stateAt } from '../charts/stateColors';
import type { StateName } from '../../sim/metrics';
import { formatAmount, formatCount, formatPercent } from '../format';
import { capacityView } from './capacityView';

/** The handful of frame values the explanation reads (a view of one row). */
export interface FrameFacts {
  state: number;
  firstRps: number;
  offeredRps: number;
  retryRps: number;
  goodputRps: number;
  hitRate: number;
  queueDepth: number;
  triggerActive: boolean;
  /** p95 of delivered answers, ms. */
  p95Ms: number;
  /** p99 of every request that ended (failures at the moment their caller gave up), ms. */
  p99AllMs: number;
}

export function factsOf(get: (col: number) => number): FrameFacts {
  return {
    state: get(M.state),
    firstRps: get(M.first_rps),
    offeredRps: get(M.offered_rps),
    retryRps: get(M.retry_rps),
    goodputRps: get(M.goodput_rps),
    hitRate: get(M.hit_rate),
    queueDepth: get(M.queue_depth),
    triggerActive: get(M.trigger_active) > 0,
    p95Ms: get(M.p95_ms),
    p99AllMs: get(M.p99_all_ms),
  };
}

export interface Explanation {
  state: StateName | undefined;
  why: string;
}

export function explainState(f: FrameFacts | null, caps: Capacities | null, params: Params | null = null): Explanation {
  const state = f ? stateAt(f.state) : undefined;
  if (!f || !state) return { state: undefined, why: 'Waiting for the first interval of simulated time.' };
  // Retries delivered late can push goodput past new demand in a frame; a share above 100% reads as nonsense.
  const served = f.firstRps > 0 ? Math.min(1, f.goodputRps / f.firstRps) : 1;
  // The figures the capacity readout beside it shows (the contention curve, the hit rate in force).
  const view = caps && params ? capacityView(caps, params, { firstRps: f.firstRps, hitRate: f.hitRate }) : null;
  const hiddenRps = view ? view.hiddenRps : caps?.hiddenRps;
  const advertisedRps = view ? view.advertisedRps : caps?.advertisedRps;
  const hidden = hiddenRps !== undefined ? formatCount(hiddenRps) : '?';
  const advertised = advertisedRps !== undefined ? (Number.isFinite(advertisedRps) ? formatCount(advertisedRps) : 'unbounded') : '?';
  // Without a cache there is nothing to empty or refill: the sentences then name the database only.
  const cached = params === null || params.cache.capacity > 0;
  const retrying = params === null || params.client.retries > 0;
  switch (state) {
    case 'stable':
      return {
        state,
        why: cached
          ? `${formatCount(f.firstRps)} req/s fits even a cold cache: the database alone serves ${hidden} req/s.`
          : `${formatCount(f.firstRps)} req/s fits the database, which serves ${hidden} req/s.`,
      };
    case 'degraded': {
      const objective = params ? ` above the ${formatCount(latencyObjectiveMs(params.client.sloP95Ms, params.client.timeoutMs))} ms objective` : '';
      return {
        state,
        why: `${formatPercent(served, 0)} of ${formatCount(f.firstRps)} req/s answered, but slowly: p95 ${formatCount(f.p95Ms)} ms, p99 of every request ${formatCount(f.p99AllMs)} ms, the p95 of every request${objective}.`,
      };
    }
    case 'vulnerable':
      return {
        state,
        why: cached
          ? `Healthy only while the cache answers ${formatPercent(f.hitRate, 0)}: ${formatCount(f.firstRps)} req/s is above the ${hidden} req/s it would serve cold.`
          : `Healthy, but ${formatCount(f.firstRps)} req/s is above the ${hidden} req/s hidden capacity: a trigger can tip it over.`,
      };
    case 'triggered':
      return {
        state,
        why: f.triggerActive
          ? `A trigger is in force: ${formatPercent(served, 0)} of ${formatCount(f.firstRps)} req/s answered in time.`
          : cached
            ? `Just hit by a trigger: hit rate ${formatPercent(f.hitRate, 0)}, ${formatPercent(served, 0)} answered in time.`
            : `Just hit by a trigger: ${formatPercent(served, 0)} answered in time.`,
      };
    case 'metastable':
      return {
        state,
        why: `Trigger over, still only ${formatPercent(served, 0)} served: ${retrying ? `${formatCount(f.retryRps)} retries/s and ` : ''}${formatAmount(f.queueDepth)} queued queries keep the DB busy for callers who left${cached ? ', so the cache never refills' : ''}.`,
      };
    case 'recovering':
      return {
        state,
        why: cached
          ? `The loop is breaking: ${formatPercent(served, 0)} served, hit rate back to ${formatPercent(f.hitRate, 0)}, ${formatAmount(f.queueDepth)} queued.`
          : `The loop is breaking: ${formatPercent(served, 0)} served, ${formatAmount(f.queueDepth)} queued.`,
      };
    case 'overloaded':
      return {
        state,
        why: cached
          ? `${formatCount(f.firstRps)} req/s is more than even a warm cache carries (advertised capacity ${advertised} req/s).`
          : `${formatCount(f.firstRps)} req/s is more than the database carries (${advertised} req/s).`,
      };
  }
}
