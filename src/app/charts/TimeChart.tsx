/**
 * One metric chart: a <figure> whose caption names the metric and shows its latest value with
 * units (written by the painter, not by React), over a D3-drawn plot on the shared time axis.
 * Pointing at the plot shows the values at that moment on every chart (see hoverLayer.ts).
 * Features add to it without it knowing them: layers drawn into the plot, and a caption part.
 */
import { useEffect, useId, useMemo, useRef, type ComponentType } from 'react';
import { findTermsInBlock } from '../glossary/termMatch';
import { TermSegments } from '../glossary/TermText';
import { useLab } from '../runtime/LabContext';
import { usePainter, useSize } from '../runtime/usePainter';
import { formatSimTime } from '../format';
import type { ChartLayerType } from './chartLayer';
import type { ChartSpec, SeriesSpec } from './chartSpecs';
import type { FrameRing } from '../data/frameRing';
import { frameAt } from './hoverLayer';
import { currentWindow, intervalSOf } from './currentWindow';
import { TimeChartRenderer } from './timeChartRenderer';

export interface TimeChartProps {
  spec: ChartSpec;
  /** Layers features add to the plot; keep the array stable (a new one rebuilds the chart). */
  layers?: readonly ChartLayerType[];
  /** Shown after the headline value in the caption (the compare view's value of run B). */
  CaptionValue?: ComponentType<{ spec: ChartSpec }>;
}

export function TimeChart({ spec, layers, CaptionValue }: TimeChartProps) {
  const lab = useLab();
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<TimeChartRenderer | null>(null);
  const valueRefs = useRef<(HTMLElement | null)[]>([]);
  const atRef = useRef<HTMLSpanElement>(null);
  const figRef = useRef<HTMLElement>(null);
  const headline = spec.headline ?? 0;
  // The caption's terms of art (title, what is measured, note, legend) explain themselves, each once.
  const [titleTerms, measuredTerms, noteTerms, ...labelTerms] = useMemo(
    () => findTermsInBlock([spec.title, spec.measured ?? '', spec.note ?? '', ...spec.series.map((s) => s.label)]),
    [spec],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    rendererRef.current = new TimeChartRenderer(svg, spec, layers);
    // A new spec (a mitigation added a line) gets a new renderer: give it the plot's size now,
    // since the ResizeObserver will not fire for an unchanged box.
    const plot = plotRef.current;
    if (plot) rendererRef.current.resize(plot.clientWidth, plot.clientHeight);
    lab.clock.invalidate();
    return () => {
      rendererRef.current = null;
      // A renderer owns what it appended: a remount (StrictMode, a new spec) starts from an empty SVG.
      svg.replaceChildren();
    };
  }, [spec, layers, lab]);

  useSize(plotRef, (w, h) => {
    rendererRef.current?.resize(w, h);
    lab.clock.invalidate();
  });

  usePainter(() => {
    const data = lab.data();
    const state = lab.store.getState();
    const hovering = lab.hover.tS !== null;
    const index = frameAt(data.ring, lab.hover.tS);
    rendererRef.current?.draw({
      data,
      window: currentWindow(data, state),
      intervalS: intervalSOf(state),
      capacities: state.capacities,
      params: state.params,
      hoverIndex: hovering ? index : null,
      highlight: state.highlight,
    });
    figRef.current?.toggleAttribute('data-highlighted', state.highlight?.chart === spec.id);
    spec.series.forEach((s, k) => {
      const el = valueRefs.current[k];
      if (el) el.textContent = captionText(spec, s, data.ring, index);
    });
    if (atRef.current) atRef.current.textContent = hovering && index >= 0 ? `at ${formatSimTime(data.ring.timeS(index))}` : '';
  });

  const pointAt = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = rendererRef.current;
    if (!r) return;
    const data = lab.data();
    const win = currentWindow(data, lab.store.getState());
    const t = r.timeAt(e.clientX - e.currentTarget.getBoundingClientRect().left, win);
    lab.setHover(t >= win[0] && t <= win[1] ? t : null);
  };

  const multi = spec.series.length > 1;
  return (
    <figure ref={figRef} className="chart" data-chart={spec.id} aria-labelledby={`${id}-cap`} aria-describedby={`${id}-about`}>
      <figcaption id={`${id}-cap`}>
        <span className="chart-title">
          <TermSegments segments={titleTerms} />
        </span>{' '}
        {spec.measured && (
          <span className="chart-measured">
            <TermSegments segments={measuredTerms} />
          </span>
        )}{' '}
        <output
          className="chart-value"
          data-metric-value={spec.series[headline].col}
          ref={(el) => {
            valueRefs.current[headline] = el;
          }}
        >
          –
        </output>
        {CaptionValue && <CaptionValue spec={spec} />}
        <span className="chart-at" ref={atRef} />
        {!multi && spec.note && (
          <span className="chart-note">
            <TermSegments segments={noteTerms} />
          </span>
        )}
        {multi && (
          <span className="legend">
            {spec.series.map((s, k) =>
              k === headline ? (
                <span key={s.label} className="legend-item legend-headline">
                  <Swatch color={s.color} dash={s.dash} /> <TermSegments segments={labelTerms[k]} />
                </span>
              ) : (
                <span key={s.label} className="legend-item">
                  <Swatch color={s.color} dash={s.dash} /> <TermSegments segments={labelTerms[k]} />{' '}
                  <output
                    className="legend-value"
                    ref={(el) => {
                      valueRefs.current[k] = el;
                    }}
                  >
                    –
                  </output>
                </span>
              ),
            )}
          </span>
        )}
      </figcaption>
      <p id={`${id}-about`} className="visually-hidden">
        {spec.about}
      </p>
      <div className="chart-plot" ref={plotRef} onPointerMove={pointAt} onPointerLeave={() => lab.setHover(null)}>
        <svg ref={svgRef} aria-hidden="true" focusable="false" />
      </div>
    </figure>
  );
}

/** A series' value at frame `index` with its unit, or what the frame lacks ("no answers"). */
function captionText(spec: ChartSpec, s: SeriesSpec, ring: FrameRing, index: number): string {
  if (index < 0) return spec.format(Number.NaN);
  if (s.emptyWhen && ring.get(index, s.emptyWhen.col) === 0) return s.emptyWhen.text;
  return spec.format(ring.get(index, s.col));
}

function Swatch({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg className="swatch" width="22" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="21" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}
