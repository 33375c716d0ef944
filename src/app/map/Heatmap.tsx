/**
 * The trigger map's plot: React renders the frame (SVG, card), HeatmapRenderer draws the cells with
 * D3, and the sweep's FrameClock repaints once per animation frame while cells stream in.
 * Pointer: hovering a cell explains it, clicking opens its run in the lab. Keyboard: Tab enters the
 * map on one cell, arrow keys move, Enter or Space opens; the card follows focus.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { CellResult, MapPlan } from '../../map';
import type { FrameClock } from '../runtime/frameClock';
import { useSize } from '../runtime/usePainter';
import type { AxisChoice } from './axisChoices';
import { CellCard, placeCard, type CardPlacement } from './CellCard';
import { explainCell } from './cellText';
import { HeatmapRenderer } from './heatmapRenderer';
import type { ProgressStore } from './sweepRun';
import { useClockPainter } from './useSweep';

interface Props {
  plan: MapPlan;
  x: AxisChoice;
  y: AxisChoice;
  results: { current: (CellResult | null)[] };
  clock: FrameClock;
  progress: ProgressStore;
  onOpen(index: number): void;
}

const cellIndexOf = (el: EventTarget | null): number | null => {
  const v = el instanceof Element ? el.getAttribute('data-index') : null;
  return v === null ? null : Number(v);
};

export function Heatmap({ plan, x, y, results, clock, progress, onOpen }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const renderer = useRef<HeatmapRenderer | null>(null);
  const hatchId = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [active, setActive] = useState<{ k: number; at: CardPlacement } | null>(null);
  useStore(progress, (p) => p.done); // re-render the card as results arrive

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    renderer.current = new HeatmapRenderer(svg, plan, x, y, hatchId);
    const plot = plotRef.current;
    if (plot) renderer.current.resize(plot.clientWidth, plot.clientHeight);
    clock.invalidate();
    return () => {
      renderer.current = null;
      svg.replaceChildren();
    };
  }, [plan, x, y, hatchId, clock]);

  useSize(plotRef, (w, h) => {
    renderer.current?.resize(w, h);
    clock.invalidate();
  });
  useClockPainter(clock, () => renderer.current?.paint(results.current));

  const activate = (k: number | null) => {
    renderer.current?.showActive(k);
    const cell = k === null ? undefined : renderer.current?.cellElement(k);
    const plot = plotRef.current;
    setActive(cell && plot && k !== null ? { k, at: placeCard(cell.getBoundingClientRect(), plot.getBoundingClientRect()) } : null);
  };

  const focusCell = (k: number) => {
    const r = renderer.current;
    const el = r?.cellElement(k);
    if (!r || !el) return;
    svgRef.current?.querySelectorAll('[tabindex="0"]').forEach((n) => n.setAttribute('tabindex', '-1'));
    el.setAttribute('tabindex', '0');
    el.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const k = cellIndexOf(e.target);
    if (k === null) return;
    const nx = plan.xs.length;
    const i = k % nx;
    const moves: Record<string, number | null> = {
      ArrowRight: i < nx - 1 ? k + 1 : null,
      ArrowLeft: i > 0 ? k - 1 : null,
      ArrowUp: k + nx < plan.cells.length ? k + nx : null, // row 0 is drawn at the bottom
      ArrowDown: k - nx >= 0 ? k - nx : null,
    };
    if (e.key in moves) {
      e.preventDefault();
      const to = moves[e.key];
      if (to !== null) focusCell(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(k);
    }
  };

  const c = active ? plan.cells[active.k] : null;
  return (
    <div className="heatmap-plot" ref={plotRef} onPointerLeave={() => activate(null)}>
      <svg
        ref={svgRef}
        role="group"
        aria-label={`Trigger map: ${y.unitLabel} against ${x.unitLabel}, ${plan.xs.length} × ${plan.ys.length} runs. Arrow keys move between cells, Enter opens one in the lab.`}
        onPointerOver={(e) => activate(cellIndexOf(e.target))}
        onFocus={(e) => activate(cellIndexOf(e.target))}
        onBlur={() => activate(null)}
        onClick={(e) => {
          const k = cellIndexOf(e.target);
          if (k !== null) onOpen(k);
        }}
        onKeyDown={onKeyDown}
      />
      <CellCard explanation={c ? explainCell(x, c.x, y, c.y, results.current[c.index] ?? null) : null} at={active?.at ?? null} />
    </div>
  );
}
