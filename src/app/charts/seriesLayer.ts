/** The chart's own lines: one path per series of its spec, thinned to about one point per px. */
import { line } from 'd3-shape';
import { maxOver, SeriesPoints } from './chartMath';
import type { ChartLayerType } from './chartLayer';

export const seriesLayer: ChartLayerType = {
  name: 'series',
  z: 70,
  create: (g, spec) => {
    const cols = spec.series.map((s) => s.col);
    const points = spec.series.map(() => new SeriesPoints());
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
        points.forEach((pts, k) => {
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
