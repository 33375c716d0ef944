/**
 * Run B on a chart: the headline series of run B drawn over A's on the same axes, same colour,
 * dotted and lighter, so "with the mitigation" reads against "without" at a glance. One line per
 * chart keeps a projector readable; the caption names A and B with their values.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { FrameRing } from '../data/frameRing';
import { SeriesPoints, maxOver, visibleRange, type TimeWindow } from '../charts/chartMath';
import type { SeriesSpec } from '../charts/chartSpecs';

/** B's stroke: round dots, so it differs from every dash A's series use. */
export const B_DASH = '0.1 7';

export class CompareLine {
  private readonly path: Selection<SVGPathElement, unknown, null, undefined>;
  private readonly points = new SeriesPoints();

  constructor(parent: Selection<SVGGElement, unknown, null, undefined>, private readonly series: SeriesSpec) {
    this.path = parent
      .append('path')
      .attr('class', 'series-line series-line-b')
      .attr('data-metric', String(series.col))
      .attr('fill', 'none')
      .attr('stroke', series.color)
      .attr('stroke-width', (series.width ?? 2) + 1)
      .attr('stroke-dasharray', B_DASH)
      .attr('stroke-linecap', 'round')
      .attr('stroke-opacity', 0.85);
  }

  /** Largest value of B's line in the window (0 without B), so the y axis fits both runs. */
  max(ring: FrameRing | null, win: TimeWindow): number {
    if (!ring) return 0;
    const [from, to] = visibleRange(ring, win);
    return maxOver(ring, [this.series.col], from, to);
  }

  draw(ring: FrameRing | null, win: TimeWindow, x: ScaleLinear<number, number>, y: (v: number) => number, maxPoints: number): void {
    if (!ring || ring.length === 0) {
      this.path.attr('d', null);
      return;
    }
    const [from, to] = visibleRange(ring, win);
    const pts = this.points;
    pts.fill(ring, this.series.col, from, to, maxPoints);
    const gen = line<number>()
      .defined((i) => Number.isFinite(pts.v[i]))
      .x((i) => x(pts.t[i]))
      .y((i) => y(pts.v[i]));
    this.path.attr('d', pts.n > 0 ? gen(Array.from({ length: pts.n }, (_, i) => i)) : null);
  }
}
