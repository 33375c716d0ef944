/**
 * Which observed series a chart shows, and what they read at a moment. Observed columns carry the
 * lab's metric names and units, so a chart's series and an observed series match by name: the
 * observed goodput goes on the chart that draws the run's goodput, in that series' colour.
 */
import { METRIC_COUNT, METRIC_NAMES } from '../../sim/metrics';
import type { Observed, ObservedMetric } from '../../fit/observed';
import type { ChartSpec, SeriesSpec } from '../charts/chartSpecs';

/** One observed series as a chart draws it: its samples and the run's series it sits beside. */
export interface ObservedOnChart {
  metric: ObservedMetric;
  /** The chart's own series of the same metric (colour, width, legend text). */
  series: SeriesSpec;
  values: Float64Array;
}

/** The observed series a chart has a matching series for, in the chart's legend order. */
export function observedOnChart(spec: ChartSpec, observed: Observed | null): ObservedOnChart[] {
  if (!observed) return [];
  const out: ObservedOnChart[] = [];
  for (const series of spec.series) {
    // Derived columns (past the simulator's own) have no observed counterpart.
    if (series.col >= METRIC_COUNT) continue;
    const metric = METRIC_NAMES[series.col] as ObservedMetric;
    const values = observed.series[metric];
    if (values && values.some((v) => !Number.isNaN(v))) out.push({ metric, series, values });
  }
  return out;
}

/** The series whose value the caption shows: the chart's headline if observed, else the first observed. */
export function captionSeries(spec: ChartSpec, onChart: readonly ObservedOnChart[]): ObservedOnChart | null {
  const headline = spec.series[spec.headline ?? 0];
  return onChart.find((o) => o.series === headline) ?? onChart[0] ?? null;
}

/**
 * Index of the observed frame holding run time `tS` (seconds) when the trace is shifted by
 * `shiftS` seconds; -1 when the shifted trace has no frame there. Frame k covers (tS[k] − interval, tS[k]].
 */
export function observedFrameAt(observed: Observed, tS: number, shiftS: number): number {
  const intervalS = observed.intervalMs / 1000;
  const k = Math.ceil((tS - shiftS) / intervalS - 1e-9) - 1;
  return k >= 0 && k < observed.tS.length ? k : -1;
}

/** The observed value at run time `tS` (NaN: no frame there, or a gap in the trace). */
export function observedValueAt(observed: Observed, values: Float64Array, tS: number, shiftS: number): number {
  const k = observedFrameAt(observed, tS, shiftS);
  return k < 0 ? Number.NaN : values[k];
}

/** Frames [from, to) of the shifted trace whose times fall inside the window (so nothing is drawn past the plot's edges). */
export function observedRange(observed: Observed, window: readonly [number, number], shiftS: number): [from: number, to: number] {
  const n = observed.tS.length;
  const intervalS = observed.intervalMs / 1000;
  const from = Math.max(0, Math.ceil((window[0] - shiftS) / intervalS - 1 - 1e-9));
  const to = Math.min(n, Math.floor((window[1] - shiftS) / intervalS - 1 + 1e-9) + 1);
  return from < to ? [from, to] : [0, 0];
}
