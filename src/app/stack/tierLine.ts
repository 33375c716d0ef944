/**
 * The charts follow the selected tier: each chart that has a tier counterpart draws the selected
 * tier's column over its own series — attempts arriving (goodput chart), calls queued (queue
 * chart), slots held (DB CPU chart), a cache tier's hit rate (hit-rate chart), its p99 (latency
 * chart) and its errors (failures chart). A chart layer contributed through featureParts; the
 * charts know nothing of stacks. It draws nothing while no tier is selected.
 */
import { line } from 'd3-shape';
import { M } from '../../sim/metrics';
import type { Tier } from '../../sim/stackSchema';
import { SeriesPoints, type ColumnReader } from '../charts/chartMath';
import type { ChartLayerType } from '../charts/chartLayer';
import { TM, type TierRing } from '../data/tierRing';
import type { FrameRing } from '../data/frameRing';
import { formatAmount, formatCount, formatMs, formatPercent } from '../format';
import type { LabRuntime } from '../runtime/labRuntime';
import { indices } from '../charts/seriesLayer';
import { selectedIndex } from './stackView';

export interface TierSeries {
  metric: number;
  /** Tier kinds that have this column's meaning. */
  kinds: readonly Tier['kind'][];
  /** What the line is, after the tier's name ("app attempts in"). */
  what: string;
  format: (v: number) => string;
}

/** Chart id → the selected tier's column drawn on it. */
export const TIER_SERIES: Readonly<Record<string, TierSeries>> = {
  goodput: { metric: TM.rps_in, kinds: ['service', 'cache'], what: 'attempts in', format: (v) => `${formatCount(v)} req/s` },
  queue: { metric: TM.queue, kinds: ['service'], what: 'calls queued', format: (v) => `${formatAmount(v)} calls` },
  hit: { metric: TM.util, kinds: ['cache'], what: 'hit rate', format: (v) => formatPercent(v) },
  dbcpu: { metric: TM.util, kinds: ['service'], what: 'slots held', format: (v) => formatPercent(v) },
  latency: { metric: TM.p99_ms, kinds: ['service', 'cache'], what: 'p99', format: formatMs },
  failures: { metric: TM.errors_rps, kinds: ['service', 'cache'], what: 'errors', format: (v) => `${formatCount(v)}/s` },
};

export const TIER_COLOR = 'var(--ink)';
export const TIER_DASH = '9 3 2 3';

/** The selected tier and its series for chart `chartId`, or null when the chart has none for it. */
export function tierSeriesFor(lab: LabRuntime, chartId: string): { tier: number; name: string; series: TierSeries } | null {
  const series = TIER_SERIES[chartId];
  if (!series) return null;
  const k = selectedIndex(lab);
  const tier = k < 0 ? undefined : lab.store.getState().stack[k];
  if (!tier || !series.kinds.includes(tier.kind)) return null;
  return { tier: k, name: tier.name, series };
}

/** The column the adapter below answers with the tier's value (any column but M.t_s). */
const VALUE = -1;

/** A tier column read like a FrameRing column (time from the frames, the value from the tier row). */
function tierColumn(ring: FrameRing, tiers: TierRing, tier: number, metric: number): ColumnReader {
  return { get: (i, col) => (col === M.t_s ? ring.timeS(i) : i < tiers.length ? tiers.get(i, tier, metric) : Number.NaN) };
}

export function tierLineLayer(lab: LabRuntime): ChartLayerType {
  return {
    name: 'tier-line',
    // Over the chart's own series, under compare's run B, the crossings and the hover marker.
    z: 72,
    create: (g, spec) => {
      const points = new SeriesPoints();
      const path = g
        .append('path')
        // Not `series-line`: tests and tools count a chart's own series by that class.
        .attr('class', 'series-line-tier')
        .attr('fill', 'none')
        .attr('stroke', TIER_COLOR)
        .attr('stroke-width', 2.5)
        .attr('stroke-dasharray', TIER_DASH);
      return {
        extent: ({ from, to }) => {
          const sel = tierSeriesFor(lab, spec.id);
          if (!sel) return 0;
          const data = lab.data();
          let max = 0;
          for (let i = from; i < Math.min(to, data.tiers.length); i++) {
            const v = data.tiers.get(i, sel.tier, sel.series.metric);
            if (v > max && Number.isFinite(v)) max = v;
          }
          return max;
        },
        render: ({ data, from, to, x, y, maxPoints }) => {
          const sel = tierSeriesFor(lab, spec.id);
          const end = Math.min(to, data.tiers.length);
          if (!sel || end <= from) {
            path.attr('d', null);
            return;
          }
          points.fill(tierColumn(data.ring, data.tiers, sel.tier, sel.series.metric), VALUE, from, end, maxPoints);
          const gen = line<number>()
            .defined((i) => Number.isFinite(points.v[i]))
            .x((i) => x(points.t[i]))
            .y((i) => y(points.v[i]));
          path.attr('d', points.n > 0 ? gen(indices(points.n)) : null);
        },
      };
    },
  };
}
