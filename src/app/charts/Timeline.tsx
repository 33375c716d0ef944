/** The state ribbon and event flags over the shared time axis, above the metric charts. */
import { useEffect, useRef } from 'react';
import type { Mark } from '../../sim/api';
import { useLab } from '../runtime/LabContext';
import { usePainter, useSize } from '../runtime/usePainter';
import { currentWindow, intervalSOf } from './currentWindow';
import { frameAt } from './hoverLayer';
import { STATE_COLOR, STATE_LABEL, STATE_TERM } from './stateColors';
import { Term } from '../glossary/Term';
import { TIMELINE_HEIGHT_PX, TimelineRenderer } from './timelineRenderer';

/** `markText`: the flags' labels; keep it stable (a new function rebuilds the timeline). */
export function Timeline({ markText }: { markText: (m: Mark) => string }) {
  const lab = useLab();
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const renderer = useRef<TimelineRenderer | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    renderer.current = new TimelineRenderer(svg, markText);
    return () => {
      renderer.current = null;
      svg.replaceChildren();
    };
  }, [markText]);
  useSize(boxRef, (w) => {
    renderer.current?.resize(w);
    lab.clock.invalidate();
  });
  usePainter(() => {
    const data = lab.data();
    const state = lab.store.getState();
    const index = lab.hover.tS === null ? -1 : frameAt(data.ring, lab.hover.tS);
    renderer.current?.draw(data, currentWindow(data, state), intervalSOf(state), index >= 0 ? data.ring.timeS(index) : null);
  });
  return (
    <figure className="timeline" aria-labelledby="timeline-cap">
      <figcaption id="timeline-cap">
        <span className="chart-title">State over time</span>
        <span className="legend">
          {(Object.keys(STATE_LABEL) as (keyof typeof STATE_LABEL)[]).map((s) => (
            <span key={s} className="legend-item">
              <span className="state-chip" style={{ background: STATE_COLOR[s] }} aria-hidden="true" /> <Term id={STATE_TERM[s]}>{STATE_LABEL[s]}</Term>
            </span>
          ))}
        </span>
      </figcaption>
      <div ref={boxRef} style={{ height: TIMELINE_HEIGHT_PX }}>
        <svg ref={svgRef} aria-hidden="true" focusable="false" />
      </div>
    </figure>
  );
}
