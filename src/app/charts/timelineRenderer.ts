/**
 * The timeline above the charts: the state of each interval as a coloured ribbon, a flag with a
 * label for every trigger and change, and the shared time axis.
 */
import { select, type Selection } from 'd3-selection';
import type { Mark } from '../../sim/api';
import { M, STATE_NAMES } from '../../sim/metrics';
import type { RunData } from '../runtime/runData';
import { runsOf, visibleRange, type Run, type TimeWindow } from './chartMath';
import { marksIn } from './marksLayer';
import { STATE_COLOR, STATE_LABEL } from './stateColors';
import { drawTimeAxis, timeScale } from './timeAxis';

export const TIMELINE_HEIGHT_PX = 52;
const RIBBON_TOP = 16;
const RIBBON_HEIGHT = 16;
/** Labels closer than this to the previous one are left out (the events list has them all). */
const MIN_LABEL_GAP_PX = 96;

type G = Selection<SVGGElement, unknown, null, undefined>;

export class TimelineRenderer {
  private width = 0;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly ribbon: G;
  private readonly flags: G;
  private readonly axis: G;
  private readonly hover: Selection<SVGLineElement, unknown, null, undefined>;

  /** `markText`: a flag's label (the lab's wording, with the features' own). */
  constructor(
    svgEl: SVGSVGElement,
    private readonly markText: (m: Mark) => string,
  ) {
    this.svg = select(svgEl).attr('height', TIMELINE_HEIGHT_PX);
    this.ribbon = this.svg.append('g').attr('class', 'ribbon');
    this.flags = this.svg.append('g').attr('class', 'flags');
    this.axis = this.svg
      .append('g')
      .attr('class', 'axis axis-x')
      .attr('transform', `translate(0,${RIBBON_TOP + RIBBON_HEIGHT})`);
    this.hover = this.svg
      .append('line')
      .attr('class', 'hover-rule')
      .attr('y1', RIBBON_TOP - 4)
      .attr('y2', RIBBON_TOP + RIBBON_HEIGHT + 4);
  }

  resize(widthPx: number): void {
    this.width = Math.max(0, Math.floor(widthPx));
    this.svg.attr('width', this.width).attr('viewBox', `0 0 ${this.width} ${TIMELINE_HEIGHT_PX}`);
  }

  /** `hoverS`: the end time of the frame pointed at on a chart, or null. */
  draw(data: RunData, win: TimeWindow, intervalS: number, hoverS: number | null): void {
    if (this.width === 0) return;
    const x = timeScale(win, this.width);
    const [from, to] = visibleRange(data.ring, win);
    const runs = runsOf(data.ring, M.state, from, to, intervalS);
    const [x0, x1] = x.range();
    const clampX = (t: number) => Math.min(x1, Math.max(x0, x(t)));
    this.ribbon
      .selectAll<SVGRectElement, Run>('rect')
      .data(runs)
      .join('rect')
      .attr('x', (r) => clampX(r.startS))
      .attr('width', (r) => Math.max(0, clampX(r.endS) - clampX(r.startS)))
      .attr('y', RIBBON_TOP)
      .attr('height', RIBBON_HEIGHT)
      .attr('fill', (r) => STATE_COLOR[STATE_NAMES[r.value] ?? 'stable'])
      .attr('data-state', (r) => STATE_NAMES[r.value] ?? '');
    this.ribbon
      .selectAll<SVGTextElement, Run>('text')
      .data(runs.filter((r) => clampX(r.endS) - clampX(r.startS) > 110))
      .join('text')
      .attr('class', 'ribbon-label')
      .attr('x', (r) => clampX(r.startS) + 6)
      .attr('y', RIBBON_TOP + RIBBON_HEIGHT / 2)
      .attr('dy', '0.35em')
      .text((r) => STATE_LABEL[STATE_NAMES[r.value] ?? 'stable']);
    this.drawFlags(marksIn(data.marks, win[0], win[1]), (t) => x(t));
    drawTimeAxis(this.axis, x);
    this.hover
      .attr('display', hoverS === null ? 'none' : null)
      .attr('x1', hoverS === null ? 0 : x(hoverS))
      .attr('x2', hoverS === null ? 0 : x(hoverS));
  }

  private drawFlags(marks: Mark[], x: (t: number) => number): void {
    let lastLabelX = Number.NEGATIVE_INFINITY;
    const labelled = new Set<Mark>();
    for (const m of marks) {
      if (x(m.tS) - lastLabelX >= MIN_LABEL_GAP_PX) {
        labelled.add(m);
        lastLabelX = x(m.tS);
      }
    }
    const flag = this.flags
      .selectAll<SVGGElement, Mark>('g')
      .data(marks)
      .join((enter) => {
        const g = enter.append('g');
        g.append('line')
          .attr('y1', 1)
          .attr('y2', RIBBON_TOP + RIBBON_HEIGHT);
        g.append('text').attr('y', 10).attr('x', 4);
        return g;
      })
      .attr('class', (m) => `flag mark-${m.source} mark-${m.trigger.type}`)
      .attr('transform', (m) => `translate(${x(m.tS)},0)`);
    flag.select('text').text((m) => (labelled.has(m) ? this.markText(m) : ''));
  }
}
