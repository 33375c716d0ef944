/**
 * Reading a moment: pointing at any chart picks one simulated time for all of them. Each chart
 * draws a rule there with a dot on every series, and the captions show the values of that frame
 * instead of the latest one, so "what happened at 2:41?" reads off the whole page at once.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { FrameRing } from '../data/frameRing';
import type { SeriesSpec } from './chartSpecs';

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Index of the frame covering simulated time `tS` (the first frame ending at or after it), or the
 * newest frame when not hovering or past the end; -1 when there are no frames.
 */
export function frameAt(ring: FrameRing, tS: number | null): number {
  if (ring.length === 0) return -1;
  if (tS === null) return ring.length - 1;
  return Math.min(ring.length - 1, ring.lowerBound(tS));
}

export function drawHoverMarker(
  g: G,
  ring: FrameRing,
  index: number | null,
  series: readonly SeriesSpec[],
  x: ScaleLinear<number, number>,
  y: (v: number) => number,
  top: number,
  bottom: number,
): void {
  const shown = index !== null && index >= 0;
  g.attr('display', shown ? null : 'none');
  if (!shown) return;
  const t = ring.timeS(index);
  g.selectAll<SVGLineElement, number>('line')
    .data([t])
    .join('line')
    .attr('class', 'hover-rule')
    .attr('x1', x(t))
    .attr('x2', x(t))
    .attr('y1', top)
    .attr('y2', bottom);
  const points = series.map((s) => ({ color: s.color, v: ring.get(index, s.col) })).filter((p) => Number.isFinite(p.v));
  g.selectAll<SVGCircleElement, (typeof points)[number]>('circle')
    .data(points)
    .join('circle')
    .attr('class', 'hover-dot')
    .attr('r', 4)
    .attr('cx', x(t))
    .attr('cy', (p) => y(p.v))
    .attr('fill', (p) => p.color);
}
