/**
 * Draws one time chart with D3 into an SVG it owns: the grid and axes, and a stack of layers (see
 * chartLayer.ts) that each draw one kind of mark. Built once; each paint computes the scales and the
 * box, then hands the same context to every layer.
 */
import { axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Params } from '../../sim/scenario';
import type { Capacities } from '../../worker/protocol';
import type { RunData } from '../runtime/runData';
import type { ChartHighlight } from '../store/labStore';
import { BASE_LAYERS } from './baseLayers';
import { AXES_Z, type ChartLayer, type ChartLayerType, type ExtentContext, type LayerContext } from './chartLayer';
import { visibleRange, yCeiling, type TimeWindow } from './chartMath';
import type { ChartSpec } from './chartSpecs';
import { MARGIN, MIN_CHART_HEIGHT_PX, POINTS_PER_PX } from './layout';
import { drawTimeAxis, timeScale } from './timeAxis';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** What one paint draws: the run, the window, and the page state the layers show. */
export interface ChartPaint {
  data: RunData;
  window: TimeWindow;
  intervalS: number;
  capacities: Capacities | null;
  params: Params;
  /** The frame being pointed at (null when the pointer is elsewhere). */
  hoverIndex: number | null;
  /** The span a lesson step points at (drawn only on its own chart). */
  highlight: ChartHighlight | null;
}

export class TimeChartRenderer {
  private width = 0;
  private height = MIN_CHART_HEIGHT_PX;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly grid: G;
  private readonly yAxis: G;
  private readonly xAxis: G;
  /** States the y scale while the chart is zoomed below its fixed maximum. */
  private readonly zoomNote: Selection<SVGTextElement, unknown, null, undefined>;
  private readonly layers: ChartLayer[];

  /** `contributed`: layers features add to the chart's own (BASE_LAYERS), placed by their z. */
  constructor(
    svgEl: SVGSVGElement,
    private readonly spec: ChartSpec,
    contributed: readonly ChartLayerType[] = [],
  ) {
    this.svg = select(svgEl);
    const stack = [...BASE_LAYERS, ...contributed].sort((a, b) => a.z - b.z);
    const start = (t: ChartLayerType) => t.create(this.svg.append('g').attr('class', t.name), spec);
    this.layers = stack.filter((t) => t.z < AXES_Z).map(start);
    this.grid = this.svg.append('g').attr('class', 'grid').attr('transform', `translate(${MARGIN.left},0)`);
    this.yAxis = this.svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${MARGIN.left},0)`);
    this.xAxis = this.svg.append('g').attr('class', 'axis axis-x');
    this.layers.push(...stack.filter((t) => t.z >= AXES_Z).map(start));
    this.zoomNote = this.svg.append('text').attr('class', 'zoom-note').attr('text-anchor', 'end').attr('dy', '0.9em');
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

  draw(paint: ChartPaint): void {
    if (this.width === 0) return;
    const { data, window: win, capacities, params } = paint;
    const { ring } = data;
    const box = { left: MARGIN.left, right: this.width - MARGIN.right, top: MARGIN.top, bottom: this.height - MARGIN.bottom };
    const x = timeScale(win, this.width);
    const [from, to] = visibleRange(ring, win);
    const extentContext: ExtentContext = { spec: this.spec, window: win, ring, from, to };
    const dataMax = Math.max(0, ...this.layers.map((l) => l.extent?.(extentContext) ?? 0));
    const refs = capacities && this.spec.references ? this.spec.references(capacities, params) : [];
    // References count towards the ceiling only while close to the data, so a far-off capacity
    // never squashes the lines into the floor.
    const refMax = Math.max(0, ...refs.map((r) => r.value).filter((v) => v <= 2 * dataMax));
    const { yMax, zoomed } = yCeiling(Math.max(dataMax, refMax), this.spec.fixedMax, this.spec.minCeiling, this.spec.zoomBelow);
    this.zoomNote
      .attr('x', box.right - 4)
      .attr('y', box.top + 2)
      .text(zoomed ? `zoomed: 0–${this.spec.tickFormat(yMax)}` : '');
    const y = scaleLinear().domain([0, yMax]).range([box.bottom, box.top]);

    drawTimeAxis(this.xAxis, x);
    const yTicks = Math.max(4, Math.floor((box.bottom - box.top) / 28));
    this.yAxis.call(
      axisLeft(y)
        .ticks(yTicks)
        .tickSizeOuter(0)
        .tickFormat((v) => this.spec.tickFormat(Number(v))),
    );
    this.grid.call(
      axisLeft(y)
        .ticks(yTicks)
        .tickSize(-(box.right - box.left))
        .tickFormat(() => ''),
    );

    const context: LayerContext = {
      ...extentContext,
      data,
      x,
      y: (v) => y(Math.min(v, yMax * 1.02)),
      yMax,
      box,
      intervalS: paint.intervalS,
      params,
      capacities,
      references: refs.filter((r) => r.value <= yMax),
      hoverIndex: paint.hoverIndex,
      highlight: paint.highlight,
      maxPoints: Math.max(16, Math.floor((box.right - box.left) * POINTS_PER_PX)),
    };
    for (const layer of this.layers) layer.render(context);
  }
}
