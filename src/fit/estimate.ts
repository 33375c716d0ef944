/**
 * The analytic starting point: each parameter read off the trace with the theory the core already
 * uses (the lab's own model, not a curve fit). `notes` says how each value was found, or that the
 * trace does not show it and a default stands in.
 */
import { topKeysShare } from './cheInverse';
import { DEFAULT_KEYS, FIT_PARAMS, type FitContext, type FitParamName, type FitValues, type Fixed } from './fitSpace';
import type { Observed } from './observed';
import { findBreak, type TraceBreak } from './traceBreak';
import { finiteOr, maxOf, meanOf, medianOf } from './stats';

export interface Estimate {
  ctx: FitContext;
  start: FitValues;
  notes: Partial<Record<FitParamName | 'cache.capacity', string>>;
  traceBreak: TraceBreak | null;
}

const clamp = (name: FitParamName, v: number) => Math.min(FIT_PARAMS[name].max, Math.max(FIT_PARAMS[name].min, v));

/** Zipf exponent whose `k` hottest keys draw `share` of requests (bisection; the share rises with s). */
function zipfForTopShare(keys: number, k: number, share: number): number {
  let lo: number = FIT_PARAMS['workload.zipf'].min;
  let hi: number = FIT_PARAMS['workload.zipf'].max;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (topKeysShare(keys, mid, k) < share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function estimate(o: Observed, fixed: Fixed = {}, seed = 7): Estimate {
  const n = o.tS.length;
  const I = o.intervalMs / 1000;
  const s = o.series;
  const br = findBreak(o);
  const pre = br ? br.frame : n;
  const post0 = br ? br.frame : n;
  // The settled state after the trigger: the second half of what follows it.
  const settled = br ? Math.floor((post0 + n) / 2) : n;
  const notes: Estimate['notes'] = {};
  const v: FitValues = {};

  const failedPre = finiteOr(meanOf(s.timeout_rps, 0, pre), 0) + finiteOr(meanOf(s.rejected_rps, 0, pre), 0);
  const rps = s.first_rps ? meanOf(s.first_rps, 0, pre) : s.offered_rps ? meanOf(s.offered_rps, 0, pre) - failedPre : meanOf(s.goodput_rps, 0, pre);
  v['workload.rps'] = clamp('workload.rps', finiteOr(rps, 100));
  notes['workload.rps'] = s.first_rps
    ? 'mean new requests before the trigger'
    : s.offered_rps
      ? 'mean requests before the trigger, less the failed attempts a retry repeats'
      : 'mean successes before the trigger';

  const warm = finiteOr(meanOf(s.hit_rate, 0, pre), 0.9);
  notes['cache.capacity'] = s.hit_rate
    ? `from the warm hit rate ${warm.toFixed(3)} by Che's approximation`
    : 'no hit rate in the trace: a 90% warm hit rate is assumed';
  // A cache that shows its entries shows its size: the most it held before the trigger.
  const entries = maxOf(s.cache_entries, 0, pre);
  const observedCapacity = Number.isFinite(entries) && entries >= 1 ? Math.round(entries) : undefined;
  if (observedCapacity !== undefined)
    notes['cache.capacity'] =
      `the most entries the cache held before the trigger; the key count follows from it and the warm hit rate ${warm.toFixed(3)} (Che)`;

  const misses = v['workload.rps'] * (1 - warm);
  const util = meanOf(s.db_util, 0, pre);
  const qps = util > 0.05 ? misses / util : misses * 2;
  v['db.capacityQps'] = clamp('db.capacityQps', qps);
  notes['db.capacityQps'] = util > 0.05 ? 'warm misses per second ÷ warm database CPU' : 'no database CPU in the trace: assumed twice the warm misses';

  // A miss costs a service time (exponential) and a hit almost nothing, so the p99 of answers is the
  // service time's quantile at 1 − 0.01 / missShare: p99 ≈ S · ln(100 · missShare).
  const p99 = medianOf(s.p99_ms ?? new Float64Array(0), 0, pre);
  const tail = Math.log(100 * (1 - warm));
  v['db.serviceMs'] = clamp('db.serviceMs', Number.isFinite(p99) && tail > 0.4 ? p99 / tail : 20);
  notes['db.serviceMs'] =
    Number.isFinite(p99) && tail > 0.4
      ? 'warm p99 ÷ ln(100 × miss share) (exponential service)'
      : 'the trace does not show it (no p99, or too few misses): 20 ms assumed';

  // Timeout: the first frame after the trigger with real timeouts, read to within the frame by how
  // full it is compared with the next one.
  const to = s.timeout_rps;
  let timeoutMs = Math.max(1000, 2 * finiteOr(maxOf(s.p99_ms, 0, pre), 0));
  notes['client.timeoutMs'] = 'the trace shows no timeouts: the larger of 1 s and twice the warm p99';
  if (br && to) {
    const load = s.offered_rps;
    for (let k = post0; k < n; k++) {
      if (to[k] > Math.max(1, 0.02 * finiteOr(load?.[k] ?? Number.NaN, 0))) {
        const frac = k + 1 < n && to[k + 1] > 0 ? Math.min(1, to[k] / to[k + 1]) : 1;
        const firstTimeoutS = o.tS[k] - frac * I;
        // Attempts start timing out once the backlog takes longer than the timeout to serve, which a
        // queue filling at (inflow − capacity) reaches after a share capacity / inflow of the lag.
        const inflow = v['workload.rps'] * (1 - finiteOr(meanOf(s.hit_rate, post0, post0 + 2), 0));
        const served = inflow > v['db.capacityQps'] ? 1 - v['db.capacityQps'] / inflow : 1;
        timeoutMs = Math.max(finiteOr(maxOf(s.p99_ms, 0, pre), 10), (firstTimeoutS - br.atS) * 1000 * served);
        notes['client.timeoutMs'] = 'time from the trigger to the first timeouts';
        break;
      }
    }
  }
  v['client.timeoutMs'] = clamp('client.timeoutMs', timeoutMs);

  // Retries: a request whose key is not cached fails every attempt, one whose key is cached succeeds
  // at once, so attempts per request A = p + (1 − p)(r + 1) with p = goodput / new requests.
  const offeredLate = meanOf(s.offered_rps, settled, n);
  const goodLate = meanOf(s.goodput_rps, settled, n);
  const pOk = goodLate / v['workload.rps'];
  const amp = offeredLate / v['workload.rps'];
  let retries = 3;
  notes['client.retries'] = 'the trace shows no failing state: 3 assumed';
  if (br && Number.isFinite(amp) && Number.isFinite(pOk) && pOk < 0.9 && amp > 1.05) {
    retries = Math.round((amp - pOk) / (1 - pOk) - 1);
    notes['client.retries'] = `attempt amplification ${amp.toFixed(2)} with ${(100 * pOk).toFixed(0)}% of requests served after the trigger`;
  }
  v['client.retries'] = clamp('client.retries', retries);

  // Queue bound: what flowed into the queue, less what the database served, until attempts started
  // to bounce off a full queue (rejections, or attempts neither answered nor timed out).
  const rejected = s.rejected_rps ?? (s.offered_rps && s.goodput_rps && to ? s.offered_rps.map((x, i) => x - s.goodput_rps![i] - to[i]) : undefined);
  let queue = 5000;
  notes['db.queueLimit'] = 'the trace shows no rejections: 5000 assumed (any bound deeper than the backlog fits)';
  if (br && rejected && s.offered_rps) {
    let backlog = 0;
    // Before the first timeouts, attempts neither answered nor timed out are still waiting, not rejected.
    const firstTimeout = to ? to.findIndex((x, i) => i >= post0 && x > 0) : post0;
    const share = s.rejected_rps ? 0.1 : 0.3;
    for (let k = post0; k < n; k++) {
      if (k > firstTimeout && rejected[k] > share * s.offered_rps[k]) {
        queue = Math.max(1, backlog);
        notes['db.queueLimit'] = 'backlog built up between the trigger and the first rejections';
        break;
      }
      const hit = finiteOr(s.hit_rate?.[k] ?? Number.NaN, 0);
      backlog += Math.max(0, finiteOr(s.offered_rps[k], 0) * (1 - hit) - v['db.capacityQps']) * I;
    }
  }
  v['db.queueLimit'] = clamp('db.queueLimit', queue);

  // Key popularity: right after a flush, only answers that come back within the timeout refill the
  // cache, about capacity × timeout of them; the hottest of those keys then serve what is still served.
  const keys = fixed['workload.keys'] ?? DEFAULT_KEYS;
  let zipf = 1.1;
  notes['workload.zipf'] = 'the trace does not show it: 1.1 assumed';
  if (br && br.kind === 'flush' && Number.isFinite(pOk) && pOk > 0.01 && pOk < warm) {
    const refilled = Math.max(1, Math.round((v['db.capacityQps'] * v['client.timeoutMs']) / 1000));
    zipf = zipfForTopShare(keys, refilled, pOk);
    notes['workload.zipf'] = `the ~${refilled} keys refilled within one timeout of the flush serve ${(100 * pOk).toFixed(0)}% of requests`;
  }
  v['workload.zipf'] = clamp('workload.zipf', zipf);

  if (br) {
    v['trigger.atS'] = br.atS;
    notes['trigger.atS'] = `first frame off the healthy baseline (${br.kind})`;
    if (br.kind === 'spike' || br.kind === 'db-slowdown') v['trigger.factor'] = clamp('trigger.factor', br.factor);
    if (br.kind !== 'flush') v['trigger.forS'] = clamp('trigger.forS', Math.max(1, br.forS));
  }

  const ctx: FitContext = {
    durationS: n * I,
    intervalMs: o.intervalMs,
    seed,
    warmHitRate: warm,
    ...(observedCapacity !== undefined ? { observedCapacity } : {}),
    kind: br ? br.kind : 'none',
    hitLoss: br ? br.hitLoss : 0,
    fixed,
  };
  return { ctx, start: v, notes, traceBreak: br };
}
