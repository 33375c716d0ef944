/**
 * Draws one time chart with D3 into an SVG it owns: grid, y axis, trigger bands, mark rules and one
 * path per series. Built once; each paint only recomputes scales and path data.
 */
import { axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { M } from '../../sim/metrics';
import type { RunData } from '../runtime/runData';
import { SeriesPoints, maxOver, niceCeiling, runsOf, visibleRange, type TimeWindow } from './chartMath';
import type { Params } from '../../sim/scenario';
import type { Capacities } from '../../worker/protocol';
import type { ChartSpec, ReferenceLine } from './chartSpecs';
import { MARGIN, MIN_CHART_HEIGHT_PX, POINTS_PER_PX } from './layout';
import { drawHoverMarker } from './hoverLayer';
import { crossingsOf, drawCrossings, drawHighlight, drawStateStrip, type ChartHighlight } from './annotationLayer';
import { drawMarkRules, drawTriggerBands, marksIn } from './marksLayer';
import { drawTimeAxis, timeScale } from './timeAxis';
import { CompareLine } from '../compare/compareLine';
import type { FrameRing } from '../data/frameRing';

type G = Selection<SVGGElement, unknown, null, undefined>;

export class TimeChartRenderer {
  private width = 0;
  private height = MIN_CHART_HEIGHT_PX;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly grid: G;
  private readonly yAxis: G;
  private readonly xAxis: G;
  private readonly bands: G;
  private readonly rules: G;
  private readonly refs: G;
  private readonly hover: G;
  private readonly states: G;
  private readonly crossings: G;
  private readonly highlight: G;
  private readonly paths: Selection<SVGPathElement, unknown, null, undefined>[];
  private readonly points: SeriesPoints[];
  /** Run B of the compare view (its headline series), drawn only while comparing. */
  private readonly lineB: CompareLine;

  constructor(
    svgEl: SVGSVGElement,
    private readonly spec: ChartSpec,
  ) {
    this.svg = select(svgEl);
    this.bands = this.svg.append('g').attr('class', 'bands');
    this.highlight = this.svg.append('g').attr('class', 'highlights');
    this.states = this.svg.append('g').attr('class', 'states');
    this.grid = this.svg.append('g').attr('class', 'grid').attr('transform', `translate(${MARGIN.left},0)`);
    this.yAxis = this.svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${MARGIN.left},0)`);
    this.xAxis = this.svg.append('g').attr('class', 'axis axis-x');
    this.refs = this.svg.append('g').attr('class', 'references');
    this.rules = this.svg.append('g').attr('class', 'rules');
    const plot = this.svg.append('g').attr('class', 'series');
    this.paths = spec.series.map((s) =>
      plot
        .append('path')
        .attr('class', 'series-line')
        .attr('data-metric', String(s.col))
        .attr('fill', 'none')
        .attr('stroke', s.color)
        .attr('stroke-width', s.width ?? 2)
        .attr('stroke-dasharray', s.dash ?? null)
        .attr('stroke-linejoin', 'round'),
    );
    this.lineB = new CompareLine(plot, spec.series[spec.headline ?? 0]);
    this.crossings = this.svg.append('g').attr('class', 'crossings');
    this.hover = this.svg.append('g').attr('class', 'hover');
    this.points = spec.series.map(() => new SeriesPoints());
  }

  /** Simulated time at a horizontal position in the plot, px from its left edge. */
  timeAt(px: number, win: TimeWindow): number {
    return timeScale(win, this.width).invert(px);
  }

  /** The plot's box is set by CSS (taller on a big screen, never changing while streaming). */
  resize(widthPx: number, heightPx: number): void {
    this.width = Math.max(0, Math.floor(widthPx));
    this.height = Math.max(MIN_CHART_HEIGHT_PX, Math.floor(heightPx));
    this.svg.attr('width', this.width).attr('height', this.height).attr('viewBox', `0 0 ${this.width} ${this.height}`);
    this.xAxis.attr('transform', `translate(0,${this.height - MARGIN.bottom})`);
  }

  /**
   * `hoverIndex`: the frame being pointed at (null when the pointer is elsewhere); `highlight`: the
   * span a lesson step points at (drawn only on its own chart).
   */
  draw(data: RunData, win: TimeWindow, intervalS: number, caps: Capacities | null, params: Params, hoverIndex: number | null, highlight: ChartHighlight | null = null, ringB: FrameRing | null = null): void {
    if (this.width === 0) return;
    const { ring } = data;
    const top = MARGIN.top;
    const bottom = this.height - MARGIN.bottom;
    const x = timeScale(win, this.width);
    const [from, to] = visibleRange(ring, win);
    const cols = this.spec.series.map((s) => s.col);
    const refs = caps && this.spec.references ? this.spec.references(caps, params) : [];
    // References count towards the ceiling only while close to the data, so a far-off capacity
    // never squashes the lines into the floor.
    const dataMax = Math.max(maxOver(ring, cols, from, to), this.lineB.max(ringB, win));
    const refMax = Math.max(0, ...refs.map((r) => r.value).filter((v) => v <= 2 * dataMax));
    const yMax = this.spec.fixedMax ?? niceCeiling(Math.max(dataMax, refMax), this.spec.minCeiling);
    const y = scaleLinear().domain([0, yMax]).range([bottom, top]);

    drawTimeAxis(this.xAxis, x);
    const yTicks = Math.max(4, Math.floor((bottom - top) / 28));
    this.yAxis.call(axisLeft(y).ticks(yTicks).tickSizeOuter(0).tickFormat((v) => this.spec.tickFormat(Number(v))));
    this.grid.call(
      axisLeft(y)
        .ticks(yTicks)
        .tickSize(-(this.width - MARGIN.left - MARGIN.right))
        .tickFormat(() => ''),
    );
    drawTriggerBands(this.bands, runsOf(ring, M.trigger_active, from, to, intervalS), x, top, bottom);
    drawMarkRules(this.rules, marksIn(data.marks, win[0], win[1]), x, top, bottom);
    drawStateStrip(this.states, runsOf(ring, M.state, from, to, intervalS), x, top);
    drawHighlight(this.highlight, highlight?.chart === this.spec.id ? highlight : null, x, top, bottom);
    const c = this.spec.crossing;
    drawCrossings(this.crossings, c ? crossingsOf(ring, c.col, c.threshold, from, to) : [], x, top, bottom);
    this.drawReferences(refs.filter((r) => r.value <= yMax), (v) => y(v));

    const maxPoints = Math.max(16, Math.floor((this.width - MARGIN.left - MARGIN.right) * POINTS_PER_PX));
    this.spec.series.forEach((s, k) => {
      const pts = this.points[k];
      pts.fill(ring, s.col, from, to, maxPoints);
      const gen = line<number>()
        .defined((i) => Number.isFinite(pts.v[i]))
        .x((i) => x(pts.t[i]))
        .y((i) => y(Math.min(pts.v[i], yMax * 1.02)));
      this.paths[k].attr('d', pts.n > 0 ? gen(indices(pts.n)) : null);
    });
    this.lineB.draw(ringB, win, x, (v) => y(Math.min(v, yMax * 1.02)), maxPoints);
    drawHoverMarker(this.hover, ring, hoverIndex, this.spec.series, x, (v) => y(Math.min(v, yMax * 1.02)), top, bottom);
  }

  private drawReferences(refs: ReferenceLine[], y: (v: number) => number): void {
    const left = MARGIN.left;
    const right = this.width - MARGIN.right;
    const g = this.refs
      .selectAll<SVGGElement, ReferenceLine>('g')
      .data(refs, (r) => r.label)
      .join((enter) => {
        const e = enter.append('g').attr('class', 'reference');
        e.append('line');
        e.append('text').attr('dy', '-0.3em');
        return e;
      })
      .attr('transform', (r) => `translate(0,${Math.round(y(r.value)) + 0.5})`);
    g.select('line').attr('x1', left).attr('x2', right);
    // By default over the oldest data (left): the newest values, at the right, matter most.
    g.select('text')
      .attr('text-anchor', (r) => r.align ?? 'start')
      .attr('x', (r) => (r.align === 'end' ? right - 4 : left + 4))
      .text((r) => r.label);
  }
}

/** 0..n−1, cached: the line generator walks indices into the preallocated point arrays. */
let indexCache: number[] = [];
function indices(n: number): number[] {
  if (indexCache.length < n) indexCache = Array.from({ length: Math.max(n, indexCache.length * 2) }, (_, i) => i);
  return n === indexCache.length ? indexCache : indexCache.slice(0, n);
}
