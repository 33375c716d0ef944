/**
 * Run B on a chart: the headline series of run B drawn over A's on the same axes, same colour,
 * dotted and lighter, so "with the mitigation" reads against "without" at a glance. One line per
 * chart keeps a projector readable; the caption names A and B with their values. A chart layer the
 * compare view contributes; it draws nothing while B has no frames.
 */
import { line } from 'd3-shape';
import type { FrameRing } from '../data/frameRing';
import { SeriesPoints, maxOver, visibleRange } from '../charts/chartMath';
import type { ChartLayerType } from '../charts/chartLayer';

/** B's stroke: round dots, so it differs from every dash A's series use. */
export const B_DASH = '0.1 7';

/** The layer for run B, reading B's frames (null: not comparing) at each paint. */
export function compareLineLayer(ringB: () => FrameRing | null): ChartLayerType {
  return {
    name: 'compare',
    // Over A's series, under the crossings and the hover marker.
    z: 75,
    create: (g, spec) => {
      const series = spec.series[spec.headline ?? 0];
      const points = new SeriesPoints();
      const path = g
        .append('path')
        .attr('class', 'series-line series-line-b')
        .attr('data-metric', String(series.col))
        .attr('fill', 'none')
        .attr('stroke', series.color)
        .attr('stroke-width', (series.width ?? 2) + 1)
        .attr('stroke-dasharray', B_DASH)
        .attr('stroke-linecap', 'round')
        .attr('stroke-opacity', 0.85);
      return {
        // The y axis fits both runs.
        extent: ({ window }) => {
          const ring = ringB();
          if (!ring) return 0;
          const [from, to] = visibleRange(ring, window);
          return maxOver(ring, [series.col], from, to);
        },
        render: ({ window, x, y, maxPoints }) => {
          const ring = ringB();
          if (!ring || ring.length === 0) {
            path.attr('d', null);
            return;
          }
          const [from, to] = visibleRange(ring, window);
          points.fill(ring, series.col, from, to, maxPoints);
          const gen = line<number>()
            .defined((i) => Number.isFinite(points.v[i]))
            .x((i) => x(points.t[i]))
            .y((i) => y(points.v[i]));
          path.attr('d', points.n > 0 ? gen(Array.from({ length: points.n }, (_, i) => i)) : null);
        },
      };
    },
  };
}
