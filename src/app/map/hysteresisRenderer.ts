/**
 * Draws the hysteresis view with D3: steady goodput against offered load for the warm branch (solid,
 * circles) and the cold branch (dashed, squares), the line goodput = load, the bistable band shaded,
 * its edges (hidden and advertised capacity, measured solid and analytic dotted) and the current
 * scenario's load, each labelled in rows above the plot (edgeLabels.ts).
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { HysteresisSummary } from '../../map';
import { formatCount } from '../format';
import { placeLabels } from './edgeLabels';

export const HYST_MARGIN = { top: 64, right: 16, bottom: 40, left: 64 } as const;
const ROW_H = 14;
export const WARM_COLOR = 'var(--c-blue)';
export const COLD_COLOR = 'var(--c-orange)';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface BranchPoint {
  rps: number;
  goodputRps: number;
}

export interface HysteresisPicture {
  warm: BranchPoint[];
  cold: BranchPoint[];
  summary: HysteresisSummary | null;
  /** Load axis range and the scenario's own load. */
  fromRps: number;
  toRps: number;
  currentRps: number;
}

export class HysteresisRenderer {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly layers: Record<'band' | 'grid' | 'xAxis' | 'yAxis' | 'diag' | 'markers' | 'warm' | 'cold', G>;
  private width = 0;
  private height = 0;

  constructor(svgEl: SVGSVGElement) {
    this.svg = select(svgEl);
    const g = (cls: string) => this.svg.append('g').attr('class', cls);
    this.layers = {
      band: g('band'),
      grid: g('grid'),
      xAxis: g('axis axis-x'),
      yAxis: g('axis axis-y'),
      diag: g('diag'),
      markers: g('markers'),
      cold: g('branch branch-cold'),
      warm: g('branch branch-warm'),
    };
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.svg.attr('width', width).attr('height', height);
  }

  draw(p: HysteresisPicture): void {
    const { width, height } = this;
    if (width <= 0 || height <= 0) return;
    const M = HYST_MARGIN;
    const maxX = Math.max(p.toRps, p.currentRps);
    const maxY = Math.max(p.toRps, ...p.warm.map((d) => d.goodputRps), ...p.cold.map((d) => d.goodputRps)) * 1.05;
    const x = scaleLinear()
      .domain([0, maxX])
      .range([M.left, width - M.right])
      .nice();
    const y = scaleLinear()
      .domain([0, maxY])
      .range([height - M.bottom, M.top])
      .nice();
    const bottom = height - M.bottom;
    const L = this.layers;
    L.xAxis.attr('transform', `translate(0,${bottom})`).call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(width / 90)))
        .tickFormat((v) => formatCount(Number(v))),
    );
    L.yAxis.attr('transform', `translate(${M.left},0)`).call(
      axisLeft(y)
        .ticks(6)
        .tickFormat((v) => formatCount(Number(v))),
    );
    L.xAxis
      .selectAll('.axis-title')
      .data([0])
      .join('text')
      .attr('class', 'axis-title')
      .attr('x', (M.left + width - M.right) / 2)
      .attr('y', 33)
      .attr('text-anchor', 'middle')
      .text('offered load (req/s)');
    L.yAxis
      .selectAll('.axis-title')
      .data([0])
      .join('text')
      .attr('class', 'axis-title')
      .attr('transform', `translate(-50,${(M.top + bottom) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .text('steady goodput (req/s)');
    L.grid
      .selectAll('line')
      .data(y.ticks(6))
      .join('line')
      .attr('x1', M.left)
      .attr('x2', width - M.right)
      .attr('y1', (v) => y(v))
      .attr('y2', (v) => y(v));

    // Goodput = load: what a system that serves everything would show.
    const top = Math.min(x.domain()[1], y.domain()[1]);
    L.diag.selectAll('line').data([0]).join('line').attr('x1', x(0)).attr('y1', y(0)).attr('x2', x(top)).attr('y2', y(top));
    // Labelled at its far end, where the warm branch (which follows it while healthy) has left it.
    L.diag
      .selectAll('text')
      .data([0])
      .join('text')
      .attr('x', x(top) - 4)
      .attr('y', y(top) - 6)
      .attr('text-anchor', 'end')
      .text('goodput = load');

    const band = p.summary?.band;
    L.band
      .selectAll('rect')
      .data(band ? [band] : [])
      .join('rect')
      .attr('x', (b) => x(b.lowerRps))
      .attr('width', (b) => Math.max(2, x(b.upperRps) - x(b.lowerRps)))
      .attr('y', M.top)
      .attr('height', bottom - M.top);
    L.band
      .selectAll('text')
      .data(band ? [band] : [])
      .join('text')
      .attr('x', (b) => (x(b.lowerRps) + x(b.upperRps)) / 2)
      .attr('y', bottom - 8)
      .attr('text-anchor', 'middle')
      .text('bistable band (vulnerable)');

    this.drawMarkers(p, x, M.top, bottom);
    this.drawBranch(L.warm, p.warm, x, y, WARM_COLOR, null, 'circle');
    this.drawBranch(L.cold, p.cold, x, y, COLD_COLOR, '6 4', 'square');
  }

  private drawMarkers(p: HysteresisPicture, x: (v: number) => number, top: number, bottom: number): void {
    const s = p.summary;
    const items: { rps: number; text: string; kind: string }[] = [{ rps: p.currentRps, text: `this scenario ${formatCount(p.currentRps)}`, kind: 'current' }];
    if (s) {
      if (s.measuredHiddenRps !== null)
        items.push({ rps: s.measuredHiddenRps, text: `hidden capacity ${formatCount(s.measuredHiddenRps)} (measured)`, kind: 'measured' });
      items.push({
        rps: s.analytic.hiddenRps,
        text: `hidden ${formatCount(s.analytic.hiddenRps)} (analytic: ${s.analytic.hiddenBy === undefined ? 'DB alone' : `tier ${s.analytic.hiddenBy}`})`,
        kind: 'analytic',
      });
      if (s.measuredAdvertisedRps !== null)
        items.push({ rps: s.measuredAdvertisedRps, text: `advertised capacity ${formatCount(s.measuredAdvertisedRps)} (measured)`, kind: 'measured' });
      if (Number.isFinite(s.analytic.advertisedRps))
        items.push({ rps: s.analytic.advertisedRps, text: `advertised ${formatCount(s.analytic.advertisedRps)} (analytic)`, kind: 'analytic' });
    }
    const right = this.width - HYST_MARGIN.right;
    const shown = items.filter((d) => x(d.rps) >= HYST_MARGIN.left && x(d.rps) <= right);
    const placed = placeLabels(
      shown.map((d) => ({ x: x(d.rps), text: d.text })),
      right,
    );
    const kindOf = new Map(shown.map((d) => [d.text, d.kind]));
    // Lines first, then every label above every line (with a halo in CSS), so no line crosses a label.
    const m = this.layers.markers;
    const lines = m.selectAll('g.marker-lines').data([0]).join('g').attr('class', 'marker-lines');
    const texts = m.selectAll('g.marker-texts').data([0]).join('g').attr('class', 'marker-texts');
    lines
      .selectAll<SVGLineElement, (typeof placed)[number]>('line')
      .data(placed, (d) => d.text)
      .join('line')
      .attr('data-kind', (d) => kindOf.get(d.text) ?? '')
      .attr('x1', (d) => d.x)
      .attr('x2', (d) => d.x)
      .attr('y1', (d) => Math.min(top, 14 + d.row * ROW_H))
      .attr('y2', bottom);
    texts
      .selectAll<SVGTextElement, (typeof placed)[number]>('text')
      .data(placed, (d) => d.text)
      .join('text')
      .attr('data-kind', (d) => kindOf.get(d.text) ?? '')
      .attr('x', (d) => (d.anchor === 'start' ? d.x + 4 : d.x - 4))
      .attr('y', (d) => 11 + d.row * ROW_H)
      .attr('text-anchor', (d) => d.anchor)
      .text((d) => d.text);
  }

  private drawBranch(
    g: G,
    pts: BranchPoint[],
    x: (v: number) => number,
    y: (v: number) => number,
    color: string,
    dash: string | null,
    shape: 'circle' | 'square',
  ): void {
    const path = line<BranchPoint>()
      .x((d) => x(d.rps))
      .y((d) => y(d.goodputRps));
    g.selectAll('path')
      .data([pts])
      .join('path')
      .attr('d', (d) => path(d) ?? '')
      .attr('fill', 'none')
      .attr('stroke', color)
      .attr('stroke-width', 2.5)
      .attr('stroke-dasharray', dash);
    if (shape === 'circle') {
      g.selectAll('circle')
        .data(pts)
        .join('circle')
        .attr('cx', (d) => x(d.rps))
        .attr('cy', (d) => y(d.goodputRps))
        .attr('r', 3.5)
        .attr('fill', color);
    } else {
      g.selectAll('rect')
        .data(pts)
        .join('rect')
        .attr('x', (d) => x(d.rps) - 3.5)
        .attr('y', (d) => y(d.goodputRps) - 3.5)
        .attr('width', 7)
        .attr('height', 7)
        .attr('fill', color);
    }
  }
}
