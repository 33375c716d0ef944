/**
 * The layers every time chart has, in paint order: trigger bands, a lesson's highlight and the state
 * strip under the axes; reference lines, mark rules, the series, threshold crossings and the hover
 * marker over them. Features add theirs next to these (see TimeChart's `layers`).
 */
import { M } from '../../sim/metrics';
import { crossingsOf, drawCrossings, drawHighlight, drawStateStrip } from './annotationLayer';
import { runsOf } from './chartMath';
import type { ChartLayerType } from './chartLayer';
import { drawHoverMarker } from './hoverLayer';
import { drawMarkRules, drawTriggerBands, marksIn } from './marksLayer';
import { referenceLayer } from './referenceLayer';
import { seriesLayer } from './seriesLayer';

export const triggerBandLayer: ChartLayerType = {
  name: 'bands',
  z: 10,
  create: (g) => ({
    render: ({ ring, from, to, intervalS, x, box }) => drawTriggerBands(g, runsOf(ring, M.trigger_active, from, to, intervalS), x, box.top, box.bottom),
  }),
};

/** The span a lesson step points at, drawn only on the chart it names. */
export const highlightLayer: ChartLayerType = {
  name: 'highlights',
  z: 20,
  create: (g, spec) => ({
    render: ({ highlight, x, box }) => drawHighlight(g, highlight?.chart === spec.id ? highlight : null, x, box.top, box.bottom),
  }),
};

export const stateStripLayer: ChartLayerType = {
  name: 'states',
  z: 30,
  create: (g) => ({
    render: ({ ring, from, to, intervalS, x, box }) => drawStateStrip(g, runsOf(ring, M.state, from, to, intervalS), x, box.top),
  }),
};

export const markRuleLayer: ChartLayerType = {
  name: 'rules',
  z: 60,
  create: (g) => ({
    render: ({ data, window, x, box }) => drawMarkRules(g, marksIn(data.marks, window[0], window[1]), x, box.top, box.bottom),
  }),
};

/** Moments the spec's crossing metric moved across its threshold (none for a chart without one). */
export const crossingLayer: ChartLayerType = {
  name: 'crossings',
  z: 80,
  create: (g, spec) => ({
    render: ({ ring, from, to, x, box }) => {
      const c = spec.crossing;
      drawCrossings(g, c ? crossingsOf(ring, c.col, c.threshold, from, to) : [], x, box.top, box.bottom);
    },
  }),
};

export const hoverMarkerLayer: ChartLayerType = {
  name: 'hover',
  z: 90,
  create: (g, spec) => ({
    render: ({ ring, hoverIndex, x, y, box }) => drawHoverMarker(g, ring, hoverIndex, spec.series, x, y, box.top, box.bottom),
  }),
};

export const BASE_LAYERS: readonly ChartLayerType[] = [
  triggerBandLayer,
  highlightLayer,
  stateStripLayer,
  referenceLayer,
  markRuleLayer,
  seriesLayer,
  crossingLayer,
  hoverMarkerLayer,
];
