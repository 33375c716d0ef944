/**
 * A chart is a stack of layers, each drawing one kind of mark into its own SVG group: trigger bands,
 * mark rules, the state strip, reference lines, the series, threshold crossings, the hover marker —
 * and whatever a feature contributes (the compare view's run B). The renderer computes the scales
 * and the box once per paint and hands every layer the same context; it knows no feature.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { Params } from '../../sim/scenario';
import type { Capacities } from '../../worker/protocol';
import type { FrameRing } from '../data/frameRing';
import type { RunData } from '../runtime/runData';
import type { ChartHighlight } from '../store/labStore';
import type { TimeWindow } from './chartMath';
import type { ChartSpec, ReferenceLine } from './chartSpecs';

export type LayerGroup = Selection<SVGGElement, unknown, null, undefined>;

/** The plot's edges inside the SVG, px. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What a layer may read before the scales exist, to say how tall its marks will be. */
export interface ExtentContext {
  readonly spec: ChartSpec;
  readonly window: TimeWindow;
  /** The run's frames (run A). */
  readonly ring: FrameRing;
  /** Frames of `ring` inside the window: indices [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Everything one paint of one chart knows; the same object is handed to every layer. */
export interface LayerContext extends ExtentContext {
  readonly data: RunData;
  /** Simulated seconds → px. */
  readonly x: ScaleLinear<number, number>;
  /** Metric value → px, clamped just above the ceiling so a spike leaves the plot at its top edge. */
  readonly y: (v: number) => number;
  /** The y axis' ceiling, in the chart's units. */
  readonly yMax: number;
  readonly box: PlotBox;
  /** Seconds per frame. */
  readonly intervalS: number;
  readonly params: Params;
  readonly capacities: Capacities | null;
  /** Reference lines that fit under the ceiling. */
  readonly references: readonly ReferenceLine[];
  /** The frame pointed at (null: the pointer is elsewhere). */
  readonly hoverIndex: number | null;
  readonly highlight: ChartHighlight | null;
  /** Most points a line should hold (about one per px pair), so paths stay cheap. */
  readonly maxPoints: number;
}

export interface ChartLayer {
  /** The largest value this layer will draw in the window, so the y axis fits it; omit for none. */
  extent?(context: ExtentContext): number;
  render(context: LayerContext): void;
}

/** A kind of layer: where it sits in the stack, and how to start one in its group for a chart. */
export interface ChartLayerType {
  /** The group's CSS class. */
  readonly name: string;
  /** Paint order, lowest first (underneath). The grid and axes sit at AXES_Z. */
  readonly z: number;
  create(group: LayerGroup, spec: ChartSpec): ChartLayer;
}

/** Where the grid and axes sit in the stack: shaded spans below them, lines and labels above. */
export const AXES_Z = 40;
