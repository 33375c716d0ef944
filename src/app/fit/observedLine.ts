/**
 * The observed series on a chart: each metric the imported file has, drawn beside the run's line of
 * the same metric in the same colour, as a broad translucent band (a highlighter stroke) so "what the
 * team saw" reads apart from the run's solid line, its dashes and run B's dots. Gaps in the trace stay
 * gaps. A chart layer the fit feature contributes; it draws nothing while there is no overlay.
 */
import type { Observed } from '../../fit/observed';
import type { ChartLayerType } from '../charts/chartLayer';
import { observedOnChart, observedRange } from './observedSeries';
import type { OverlayState } from './observedOverlay';

/** The band's look, shared with the caption's legend swatch. */
export const OBSERVED_STROKE = { extraWidthPx: 4, opacity: 0.38 } as const;

/** Largest observed value of `values` whose shifted time falls in the window; 0 when there is none. */
function maxInWindow(observed: Observed, values: Float64Array, window: readonly [number, number], shiftS: number): number {
  const [from, to] = observedRange(observed, window, shiftS);
  let max = 0;
  for (let k = from; k < to; k++) if (values[k] > max) max = values[k];
  return max;
}

/** The layer, reading the overlay's state at each paint. */
export function observedLineLayer(overlay: () => OverlayState): ChartLayerType {
  return {
    name: 'observed',
    // Under the run's series (z 70 and up), so the run's line stays crisp on top of the band.
    z: 65,
    create: (g, spec) => {
      let drawnFor: Observed | null = null;
      let lines = observedOnChart(spec, null);
      let paths: SVGPathElement[] = [];
      // Rebuilds the paths only when another file is imported or the overlay is removed.
      const linesFor = (observed: Observed | null) => {
        if (observed === drawnFor) return lines;
        drawnFor = observed;
        lines = observedOnChart(spec, observed);
        g.selectAll('path').remove();
        paths = lines.map(
          (o) =>
            g
              .append('path')
              .attr('class', 'series-line series-line-observed')
              .attr('data-observed', o.metric)
              .attr('fill', 'none')
              .attr('stroke', o.series.color)
              .attr('stroke-width', (o.series.width ?? 2) + OBSERVED_STROKE.extraWidthPx)
              .attr('stroke-opacity', OBSERVED_STROKE.opacity)
              .attr('stroke-linecap', 'round')
              .attr('stroke-linejoin', 'round')
              .node() as SVGPathElement,
        );
        return lines;
      };
      return {
        extent: ({ window }) => {
          const { observed, shiftS } = overlay();
          if (!observed) return 0;
          return Math.max(0, ...linesFor(observed).map((o) => maxInWindow(observed, o.values, window, shiftS)));
        },
        render: ({ window, x, y, maxPoints }) => {
          const { observed, shiftS } = overlay();
          const shown = linesFor(observed);
          if (!observed) return;
          const [from, to] = observedRange(observed, window, shiftS);
          const step = Math.max(1, Math.ceil((to - from) / Math.max(1, maxPoints)));
          shown.forEach((o, j) => {
            let d = '';
            let pen = false;
            for (let k = from; k < to; k += step) {
              const v = o.values[k];
              if (Number.isNaN(v)) {
                pen = false;
                continue;
              }
              d += `${pen ? 'L' : 'M'}${x(observed.tS[k] + shiftS).toFixed(1)},${y(v).toFixed(1)}`;
              pen = true;
            }
            if (d === '') paths[j].removeAttribute('d');
            else paths[j].setAttribute('d', d);
          });
        },
      };
    },
  };
}
