/**
 * What the charts say beyond their lines: the moments the characteristic metric crossed its
 * threshold (up: the failure is detected; down: it cleared), a thin strip of the paper's states
 * along the top of each plot, and the span a workshop step points at ("look here").
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { STATE_NAMES } from '../../sim/metrics';
import { formatSimTime } from '../format';
import type { FrameColumns } from '../../analysis/frames';
import type { ChartHighlight } from '../store/labStore';
import type { Run } from './chartMath';
import { STATE_COLOR } from './stateColors';

type G = Selection<SVGGElement, unknown, null, undefined>;
type X = ScaleLinear<number, number>;

export interface Crossing {
  tS: number;
  up: boolean;
}

/** Frames in [from, to) where `col` moved across `threshold` (compared with the frame before). */
export function crossingsOf(frames: FrameColumns, col: number, threshold: number, from: number, to: number): Crossing[] {
  const out: Crossing[] = [];
  let above = from > 0 ? frames.get(from - 1, col) > threshold : false;
  for (let i = from; i < to; i++) {
    const now = frames.get(i, col) > threshold;
    if (now !== above) out.push({ tS: frames.timeS(i), up: now });
    above = now;
  }
  return out;
}

export function drawCrossings(g: G, crossings: readonly Crossing[], x: X, top: number, bottom: number): void {
  const marks = g
    .selectAll<SVGGElement, Crossing>('g')
    .data(crossings)
    .join((enter) => {
      const m = enter.append('g');
      m.append('line');
      m.append('text').attr('dy', '0.9em');
      return m;
    })
    .attr('class', (c) => `crossing crossing-${c.up ? 'up' : 'down'}`)
    .attr('transform', (c) => `translate(${Math.round(x(c.tS)) + 0.5},0)`);
  marks.select('line').attr('y1', top).attr('y2', bottom);
  marks
    .select('text')
    .attr('x', 4)
    .attr('y', top + 12)
    .text((c) => (c.up ? `▲ detected ${formatSimTime(c.tS)}` : `▼ cleared ${formatSimTime(c.tS)}`));
}

/** The state of each interval as a 3 px strip at the top of the plot, so a glance links line and state. */
export function drawStateStrip(g: G, runs: readonly Run[], x: X, top: number): void {
  const [x0, x1] = x.range();
  const clampX = (t: number) => Math.min(x1, Math.max(x0, x(t)));
  g.selectAll<SVGRectElement, Run>('rect')
    .data(runs)
    .join('rect')
    .attr('class', 'state-strip')
    .attr('x', (r) => clampX(r.startS))
    .attr('width', (r) => Math.max(0, clampX(r.endS) - clampX(r.startS)))
    .attr('y', top - 4)
    .attr('height', 3)
    .attr('fill', (r) => STATE_COLOR[STATE_NAMES[r.value] ?? 'stable']);
}

export function drawHighlight(g: G, hl: ChartHighlight | null, x: X, top: number, bottom: number): void {
  const [x0, x1] = x.range();
  const data = hl ? [hl] : [];
  const box = g
    .selectAll<SVGGElement, ChartHighlight>('g')
    .data(data)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'highlight');
      e.append('rect');
      e.append('text').attr('dy', '-0.35em');
      return e;
    });
  if (!hl) return;
  const left = Math.min(x1, Math.max(x0, x(hl.fromS)));
  const right = Math.min(x1, Math.max(x0, x(hl.toS)));
  box
    .select('rect')
    .attr('x', left)
    .attr('width', Math.max(2, right - left))
    .attr('y', top)
    .attr('height', Math.max(0, bottom - top));
  box
    .select('text')
    .attr('x', left + 4)
    .attr('y', bottom)
    .text(hl.label);
}
