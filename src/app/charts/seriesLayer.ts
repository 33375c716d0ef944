/**
 * The chart's own lines: one path per series of its spec, thinned to about one point per px. A
 * series marked `band` is drawn as a band per few-pixel column (lowest to highest, faint) with its
 * median as the line; a series with `emptyWhen` leaves a gap where nothing was measured.
 */
import { area, line } from 'd3-shape';
import { maxOver, SeriesPoints } from './chartMath';
import { BandPoints } from './chartBands';
import type { ChartLayerType } from './chartLayer';

export const seriesLayer: ChartLayerType = {
  name: 'series',
  z: 70,
  create: (g, spec) => {
    const cols = spec.series.map((s) => s.col);
    // Columns (with gaps) for bands and for series that can be empty; min/max thinning otherwise.
    const banded = spec.series.map((s) => s.band === true || s.emptyWhen !== undefined);
    const points = spec.series.map(() => new SeriesPoints());
    const bands = spec.series.map(() => new BandPoints());
    const areas = spec.series.map((s) =>
      s.band
        ? g
            .append('path')
            .attr('class', 'series-band')
            .attr('data-metric', String(s.col))
            .attr('fill', s.color)
            .attr('fill-opacity', 0.16)
            .attr('stroke', 'none')
        : null,
    );
    const paths = spec.series.map((s) =>
      g
        .append('path')
        .attr('class', 'series-line')
        .attr('data-metric', String(s.col))
        .attr('fill', 'none')
        .attr('stroke', s.color)
        .attr('stroke-width', s.width ?? 2)
        .attr('stroke-dasharray', s.dash ?? null)
        .attr('stroke-linejoin', 'round'),
    );
    return {
      extent: ({ ring, from, to }) => maxOver(ring, cols, from, to),
      render: ({ ring, from, to, x, y, maxPoints }) => {
        spec.series.forEach((_s, k) => {
          if (banded[k]) {
            const b = bands[k];
            b.fill(ring, cols[k], from, to, maxPoints, spec.series[k].emptyWhen?.col);
            const ok = (i: number) => Number.isFinite(b.mid[i]);
            paths[k].attr(
              'd',
              b.n > 0
                ? line<number>()
                    .defined(ok)
                    .x((i) => x(b.t[i]))
                    .y((i) => y(b.mid[i]))(indices(b.n))
                : null,
            );
            areas[k]?.attr(
              'd',
              b.n > 0
                ? area<number>()
                    .defined(ok)
                    .x((i) => x(b.t[i]))
                    .y0((i) => y(b.lo[i]))
                    .y1((i) => y(b.hi[i]))(indices(b.n))
                : null,
            );
            return;
          }
          const pts = points[k];
          pts.fill(ring, cols[k], from, to, maxPoints);
          const gen = line<number>()
            .defined((i) => Number.isFinite(pts.v[i]))
            .x((i) => x(pts.t[i]))
            .y((i) => y(pts.v[i]));
          paths[k].attr('d', pts.n > 0 ? gen(indices(pts.n)) : null);
        });
      },
    };
  },
};

/** 0..n−1, cached: the line generator walks indices into the preallocated point arrays. */
let indexCache: number[] = [];
export function indices(n: number): number[] {
  if (indexCache.length < n) indexCache = Array.from({ length: Math.max(n, indexCache.length * 2) }, (_, i) => i);
  return n === indexCache.length ? indexCache : indexCache.slice(0, n);
}
