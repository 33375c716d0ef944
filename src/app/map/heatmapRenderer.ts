/**
 * Draws the trigger map with D3 into an SVG it owns: one rect per cell (row 0 at the bottom, like a
 * chart), both axes with their titles, a hatch pattern for never-healthy cells and an outline for
 * the active (hovered or focused) cell. Cells are built once per plan; a paint only updates the
 * cells whose result arrived since the last paint.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { CellResult, MapPlan } from '../../map';
import type { AxisChoice } from './axisChoices';
import { cellLabel, explainCell } from './cellText';
import { cellColor, isHatched } from './outcomeColors';
import { formatCount } from '../format';

export const HEATMAP_MARGIN = { top: 8, right: 8, bottom: 44, left: 70 } as const;
const PENDING_FILL = 'var(--bg)';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** At most ~14 tick labels per axis: every k-th value. */
const thin = (values: number[]) => {
  const k = Math.ceil(values.length / 14);
  return values.map((_, n) => n).filter((n) => n % k === 0 || n === values.length - 1);
};

export class HeatmapRenderer {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly cellsG: G;
  private readonly xAxis: G;
  private readonly yAxis: G;
  private readonly active: Selection<SVGRectElement, unknown, null, undefined>;
  private rects: SVGRectElement[] = [];
  private painted: (CellResult | null)[] = [];
  private readonly hatchFill: string;

  constructor(
    svgEl: SVGSVGElement,
    private readonly plan: MapPlan,
    private readonly x: AxisChoice,
    private readonly y: AxisChoice,
    hatchId: string,
  ) {
    this.svg = select(svgEl);
    const pattern = this.svg
      .append('defs')
      .append('pattern')
      .attr('id', hatchId)
      .attr('width', 6)
      .attr('height', 6)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('patternTransform', 'rotate(45)');
    pattern
      .append('rect')
      .attr('width', 6)
      .attr('height', 6)
      .attr('fill', cellColor({ outcome: 'never-healthy', recoverS: null }));
    pattern.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', '#c9ccd1').attr('stroke-width', 2);
    this.hatchFill = `url(#${hatchId})`;
    this.cellsG = this.svg.append('g').attr('class', 'map-cells');
    this.xAxis = this.svg.append('g').attr('class', 'axis axis-x');
    this.yAxis = this.svg.append('g').attr('class', 'axis axis-y');
    this.active = this.svg.append('rect').attr('class', 'map-active').attr('fill', 'none').attr('pointer-events', 'none').attr('visibility', 'hidden');
    // One focusable element per cell, roving tabindex: Tab enters the map once, arrows move inside it.
    this.rects = plan.cells.map(
      (c, k) =>
        this.cellsG
          .append('rect')
          .attr('class', 'map-cell')
          .attr('data-index', c.index)
          .attr('data-outcome', 'pending')
          .attr('role', 'button')
          .attr('tabindex', k === 0 ? 0 : -1)
          .attr('fill', PENDING_FILL)
          .node() as SVGRectElement,
    );
    this.painted = plan.cells.map(() => null);
    this.label(plan.cells.map((_, k) => k));
  }

  /** The rect of a cell (by its position in plan.cells). */
  cellElement(k: number): SVGRectElement | undefined {
    return this.rects[k];
  }

  resize(width: number, height: number): void {
    this.svg.attr('width', width).attr('height', height);
    const { xs, ys } = this.plan;
    const bx = scaleBand<number>()
      .domain(xs.map((_, i) => i))
      .range([HEATMAP_MARGIN.left, width - HEATMAP_MARGIN.right])
      .paddingInner(0.06);
    const by = scaleBand<number>()
      .domain(ys.map((_, j) => j))
      .range([height - HEATMAP_MARGIN.bottom, HEATMAP_MARGIN.top])
      .paddingInner(0.06);
    this.plan.cells.forEach((c, k) => {
      select(this.rects[k])
        .attr('x', bx(c.i) ?? 0)
        .attr('y', by(c.j) ?? 0)
        .attr('width', bx.bandwidth())
        .attr('height', by.bandwidth());
    });
    this.xAxis.attr('transform', `translate(0,${height - HEATMAP_MARGIN.bottom})`).call(
      axisBottom(bx)
        .tickValues(thin(xs))
        .tickFormat((i) => formatCount(xs[i]))
        .tickSizeOuter(0),
    );
    this.yAxis.attr('transform', `translate(${HEATMAP_MARGIN.left},0)`).call(
      axisLeft(by)
        .tickValues(thin(ys))
        .tickFormat((j) => formatCount(ys[j]))
        .tickSizeOuter(0),
    );
    this.xAxis
      .selectAll('.axis-title')
      .data([0])
      .join('text')
      .attr('class', 'axis-title')
      .attr('x', (HEATMAP_MARGIN.left + width - HEATMAP_MARGIN.right) / 2)
      .attr('y', 36)
      .attr('text-anchor', 'middle')
      .text(this.x.unitLabel);
    this.yAxis
      .selectAll('.axis-title')
      .data([0])
      .join('text')
      .attr('class', 'axis-title')
      .attr('transform', `translate(-56,${(HEATMAP_MARGIN.top + height - HEATMAP_MARGIN.bottom) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .text(this.y.unitLabel);
  }

  /** Colours cells whose result changed since the last paint. */
  paint(results: readonly (CellResult | null)[]): void {
    const changed: number[] = [];
    this.plan.cells.forEach((c, k) => {
      const r = results[c.index] ?? null;
      if (r === this.painted[k]) return;
      this.painted[k] = r;
      select(this.rects[k])
        .attr('fill', r ? (isHatched(r) ? this.hatchFill : cellColor(r)) : PENDING_FILL)
        .attr('data-outcome', r?.outcome ?? 'pending');
      changed.push(k);
    });
    this.label(changed);
  }

  /** Each cell's accessible name is its explanation card in one line. */
  private label(ks: readonly number[]): void {
    for (const k of ks) {
      const c = this.plan.cells[k];
      this.rects[k].setAttribute('aria-label', cellLabel(explainCell(this.x, c.x, this.y, c.y, this.painted[k])));
    }
  }

  /** Outlines the active cell (k: index in plan.cells; null hides the outline). */
  showActive(k: number | null): void {
    const r = k === null ? null : this.rects[k];
    if (!r) {
      this.active.attr('visibility', 'hidden');
      return;
    }
    this.active
      .attr('visibility', 'visible')
      .attr('x', r.getAttribute('x'))
      .attr('y', r.getAttribute('y'))
      .attr('width', r.getAttribute('width'))
      .attr('height', r.getAttribute('height'));
  }
}
