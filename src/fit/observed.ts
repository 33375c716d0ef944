/**
 * An observed incident as the fit reads it: the team's metrics, resampled onto the lab's frame grid.
 * Columns carry the lab's metric names and units (rates per second, ratios 0..1, milliseconds), so a
 * simulated frame and an observed frame compare column by column.
 */

/** Lab metrics an import can supply, with what a dashboard usually calls them. */
export const OBSERVED_METRICS = {
  offered_rps: 'request rate (attempts, retries included)',
  first_rps: 'new requests (first attempts)',
  goodput_rps: 'success rate',
  timeout_rps: 'timeout rate',
  rejected_rps: 'rejected / error rate',
  shed_rps: 'shed rate',
  hit_rate: 'cache hit ratio',
  db_util: 'database CPU (busy share)',
  queue_depth: 'pool waiters',
  wasted_rps: 'wasted database work',
  cache_entries: 'cache entries',
  p50_ms: 'median latency',
  p95_ms: 'p95 latency',
  p99_ms: 'p99 latency',
} as const;

export type ObservedMetric = keyof typeof OBSERVED_METRICS;
export const OBSERVED_METRIC_NAMES = Object.keys(OBSERVED_METRICS) as ObservedMetric[];

/** What kind of quantity a metric is; decides which units make sense for it. */
export type Quantity = 'rate' | 'ratio' | 'latency' | 'count';

export function quantityOf(metric: ObservedMetric): Quantity {
  if (metric === 'hit_rate' || metric === 'db_util') return 'ratio';
  if (metric.endsWith('_ms')) return 'latency';
  if (metric.endsWith('_rps')) return 'rate';
  return 'count';
}

/** One imported series before resampling: sample times (seconds, any origin) and values in lab units. */
export interface RawSeries {
  metric: ObservedMetric;
  /** Where it came from (column header, Prometheus labels), for messages and the mapping dialog. */
  source: string;
  timesS: number[];
  values: number[];
}

/** Observed series on the lab's frame grid. Frame k covers (tS[k] − interval, tS[k]]; NaN = no sample (a gap). */
export interface Observed {
  intervalMs: number;
  /** End of each frame, seconds from the start of the trace (first frame ends at intervalMs). */
  tS: Float64Array;
  series: Partial<Record<ObservedMetric, Float64Array>>;
}

export const frameCount = (o: Observed): number => o.tS.length;

/** Metrics present with at least one sample. */
export function presentMetrics(o: Observed): ObservedMetric[] {
  return OBSERVED_METRIC_NAMES.filter((m) => {
    const s = o.series[m];
    return s !== undefined && s.some((v) => !Number.isNaN(v));
  });
}
