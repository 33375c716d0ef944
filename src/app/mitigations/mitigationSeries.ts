/**
 * Mitigation metrics on the "Retries, timeouts, shed" chart: a switched-on mitigation adds the
 * line of what it does (retries the budget denied, attempts the breaker failed fast, queries
 * deadline propagation skipped, stale answers served). Only switched-on ones, so the projector's
 * six charts stay readable; the set changes on a switch flip, never while streaming.
 */
import { M } from '../../sim/metrics';
import type { Params } from '../../sim/scenario';
import { mitigationById } from '../../mitigations/catalog';
import type { ChartSpec, SeriesSpec } from '../charts/chartSpecs';
import { isOn } from './patches';

export const FAILURES_CHART_ID = 'failures';

/** Mitigation id → the series that shows it at work. */
export const MITIGATION_SERIES: readonly { id: string; series: SeriesSpec }[] = [
  { id: 'retry-budget', series: { col: M.budget_denied_rps, label: 'denied', color: 'var(--c-blue)', width: 2, dash: '1 2' } },
  { id: 'circuit-breaker', series: { col: M.breaker_rps, label: 'fast-fail', color: 'var(--c-sky)', width: 2 } },
  { id: 'deadline-propagation', series: { col: M.dropped_rps, label: 'skipped', color: 'var(--ink-2)', width: 1.5, dash: '4 2' } },
  { id: 'stale-while-revalidate', series: { col: M.stale_rps, label: 'stale', color: 'var(--c-yellow)', width: 2 } },
];

/** Ids of the mitigations whose series are due, as a stable key (for memoising the specs). */
export function seriesKey(p: Params): string {
  return MITIGATION_SERIES.filter((x) => {
    const m = mitigationById(x.id);
    return m !== undefined && isOn(m, p);
  })
    .map((x) => x.id)
    .join(',');
}

/** The charts with the failures chart extended by the series in `key`. */
export function withMitigationSeries(charts: readonly ChartSpec[], key: string): readonly ChartSpec[] {
  if (key === '') return charts;
  const ids = key.split(',');
  const extra = MITIGATION_SERIES.filter((x) => ids.includes(x.id)).map((x) => x.series);
  return charts.map((c) => (c.id === FAILURES_CHART_ID ? { ...c, series: [...c.series, ...extra] } : c));
}
