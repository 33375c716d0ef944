/**
 * The dropped line on the "Retries, timeouts, shed" chart: requests the simulation turned away
 * because its memory caps were full (src/sim/limits.ts). Only runs that may reach a cap get the line
 * (from the parameters, as src/sim/cost.ts estimates them), so every other run's chart stays as it
 * was; in those runs the column is zero anyway.
 */
import { mayReachCaps } from '../../sim/cost';
import { M } from '../../sim/metrics';
import type { Params, Scenario } from '../../sim/scenario';
import type { ChartSpec, SeriesSpec } from '../charts/chartSpecs';

const FAILURES_CHART_ID = 'failures';

export const CAP_DROPPED_SERIES: SeriesSpec = { col: M.cap_dropped_rps, label: 'dropped (memory cap)', color: 'var(--ink)', width: 2.5, dash: '1 3' };

/** Whether the run, with the parameters now in force, may drop requests at a memory cap. */
export function showsCapDropped(scenario: Scenario, params: Params): boolean {
  return mayReachCaps({ ...scenario, ...params });
}

/** The charts with the failures chart extended by the dropped line when `on`. */
export function withCapSeries(charts: readonly ChartSpec[], on: boolean): readonly ChartSpec[] {
  if (!on) return charts;
  return charts.map((c) => (c.id === FAILURES_CHART_ID ? { ...c, series: [...c.series, CAP_DROPPED_SERIES] } : c));
}
