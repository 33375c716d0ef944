/** The shared time scale and its axis: simulated seconds, labelled as m:ss. */
import { axisBottom } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { formatSimTime } from '../format';
import type { TimeWindow } from './chartMath';
import { MARGIN, timeTicks } from './layout';

export function timeScale(win: TimeWindow, widthPx: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(win)
    .range([MARGIN.left, Math.max(MARGIN.left + 1, widthPx - MARGIN.right)]);
}

/** Draws the time axis into `g` (already translated to the bottom of the plot). */
export function drawTimeAxis(g: Selection<SVGGElement, unknown, null, undefined>, x: ScaleLinear<number, number>): void {
  const inner = x.range()[1] - x.range()[0];
  g.call(
    axisBottom(x)
      .ticks(timeTicks(inner))
      .tickSizeOuter(0)
      .tickFormat((v) => formatSimTime(Number(v))),
  );
}
