/**
 * Triggers and changes drawn on a chart: a vertical rule at each mark's simulated time (dashed for
 * live changes, solid for scripted events) and a shaded band while a trigger is in force.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { Mark } from '../../sim/api';
import type { Run } from './chartMath';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Marks whose time falls inside the visible window. */
export function marksIn(marks: readonly Mark[], startS: number, endS: number): Mark[] {
  return marks.filter((m) => m.tS >= startS && m.tS <= endS);
}

export function drawMarkRules(g: G, marks: readonly Mark[], x: ScaleLinear<number, number>, top: number, bottom: number): void {
  g.selectAll<SVGLineElement, Mark>('line')
    .data(marks)
    .join('line')
    .attr('class', (m) => `mark-rule mark-${m.source} mark-${m.trigger.type}`)
    .attr('x1', (m) => x(m.tS))
    .attr('x2', (m) => x(m.tS))
    .attr('y1', top)
    .attr('y2', bottom);
}

export function drawTriggerBands(g: G, runs: readonly Run[], x: ScaleLinear<number, number>, top: number, bottom: number): void {
  const active = runs.filter((r) => r.value > 0);
  g.selectAll<SVGRectElement, Run>('rect')
    .data(active)
    .join('rect')
    .attr('class', 'trigger-band')
    .attr('x', (r) => x(r.startS))
    .attr('width', (r) => Math.max(1, x(r.endS) - x(r.startS)))
    .attr('y', top)
    .attr('height', Math.max(0, bottom - top));
}
