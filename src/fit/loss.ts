/**
 * The loss the fit minimises, stated once:
 *
 *   loss = (1 / S) · Σ_s  mean_t ( (sim_s(t) − obs_s(t)) / scale_s )²
 *
 * over the S observed series the simulation also reports, frames with a gap skipped. Residuals are
 * made comparable across series by their scale: rates and counts relative to the series' mean size
 * (a 10% miss is 0.1), shares (hit rate, database CPU) against half their range (a 0.05 miss is 0.1),
 * latencies on a log scale (log10 of 1 + ms, so a factor of 1.26 is 0.1). The residual reported per
 * series is its root mean square in those units, with its mean bias (simulated minus observed).
 */
import { M, METRIC_COUNT } from '../sim/metrics';
import { quantityOf, type Observed, type ObservedMetric, presentMetrics } from './observed';

export interface SeriesResidual {
  metric: ObservedMetric;
  /** Root mean square of the scaled residual. */
  rms: number;
  /** Mean of simulated − observed, in the metric's own unit. */
  bias: number;
  frames: number;
}

export interface LossReport {
  loss: number;
  residuals: SeriesResidual[];
}

const transform = (metric: ObservedMetric, v: number): number => (quantityOf(metric) === 'latency' ? Math.log10(1 + Math.max(0, v)) : v);

function scaleOf(metric: ObservedMetric, obs: Float64Array): number {
  const q = quantityOf(metric);
  if (q === 'latency') return 1;
  if (q === 'ratio') return 0.5;
  let sum = 0;
  let n = 0;
  for (const v of obs)
    if (!Number.isNaN(v)) {
      sum += Math.abs(v);
      n++;
    }
  return Math.max(1, n > 0 ? sum / n : 1);
}

/** Compares simulated frames (rows × METRIC_COUNT) with the observed series, frame by frame. */
export function lossOf(observed: Observed, frames: Float64Array, only?: readonly ObservedMetric[]): LossReport {
  const rows = Math.min(observed.tS.length, Math.floor(frames.length / METRIC_COUNT));
  const residuals: SeriesResidual[] = [];
  for (const metric of only ?? presentMetrics(observed)) {
    const obs = observed.series[metric];
    if (!obs) continue;
    const col = M[metric];
    const scale = scaleOf(metric, obs);
    let sq = 0;
    let bias = 0;
    let n = 0;
    for (let k = 0; k < rows; k++) {
      const o = obs[k];
      if (Number.isNaN(o)) continue;
      const sim = frames[k * METRIC_COUNT + col];
      const d = (transform(metric, sim) - transform(metric, o)) / scale;
      sq += d * d;
      bias += sim - o;
      n++;
    }
    // A simulation that ended early leaves the rest of the trace unexplained: count it as a full miss.
    const missing = obs.length - rows;
    if (missing > 0) {
      sq += missing;
      n += missing;
    }
    if (n > 0) residuals.push({ metric, rms: Math.sqrt(sq / n), bias: bias / Math.max(1, n - Math.max(0, missing)), frames: n });
  }
  const loss = residuals.length > 0 ? residuals.reduce((a, r) => a + r.rms * r.rms, 0) / residuals.length : Number.POSITIVE_INFINITY;
  return { loss, residuals };
}
