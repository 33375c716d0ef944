/**
 * The observed series in a chart's caption: a legend entry labelled "observed" (the band's swatch)
 * and what the team's trace read at the run's frame pointed at, or at its newest frame, so the
 * caption shows the run's value and the observed one side by side. Painted with textContent, like
 * the run's own value; absent on charts the imported file has nothing for.
 */
import { useRef } from 'react';
import { useStore } from 'zustand';
import type { ChartSpec } from '../charts/chartSpecs';
import { frameAt } from '../charts/hoverLayer';
import { useLab } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { OBSERVED_STROKE } from './observedLine';
import { overlayFor } from './observedOverlay';
import { captionSeries, observedOnChart, observedValueAt } from './observedSeries';
import './overlay.css';

export function ObservedValue({ spec }: { spec: ChartSpec }) {
  const lab = useLab();
  const overlay = overlayFor(lab);
  const observed = useStore(overlay, (s) => s.observed);
  const ref = useRef<HTMLOutputElement>(null);
  const onChart = observedOnChart(spec, observed);
  const shown = captionSeries(spec, onChart);
  usePainter(() => {
    const { observed: o, shiftS } = overlay.getState();
    if (!ref.current || !o || !shown) return;
    // The run's frame the caption shows (pointed at, or the newest), so both values are of one moment.
    const ring = lab.data().ring;
    const i = frameAt(ring, lab.hover.tS);
    const tS = i >= 0 ? ring.timeS(i) : (lab.hover.tS ?? Number.NaN);
    ref.current.textContent = spec.format(observedValueAt(o, shown.values, tS, shiftS));
  });
  if (!shown) return null;
  // The caption's large value is the headline's; an observed value of another series says which.
  const label = shown.series === spec.series[spec.headline ?? 0] ? 'observed' : `observed ${shown.series.label}`;
  return (
    <span
      className="legend-item chart-observed"
      title={`Observed (imported metrics): ${onChart.map((o) => o.series.label).join(', ')}, drawn as broad pale bands`}
    >
      <svg className="swatch" width="22" height="10" aria-hidden="true">
        <line
          x1="3"
          y1="5"
          x2="19"
          y2="5"
          stroke={shown.series.color}
          strokeWidth={(shown.series.width ?? 2) + OBSERVED_STROKE.extraWidthPx}
          strokeOpacity={OBSERVED_STROKE.opacity}
          strokeLinecap="round"
        />
      </svg>{' '}
      {label}{' '}
      <output className="chart-value-observed" data-observed-value={shown.metric} ref={ref}>
        –
      </output>
    </span>
  );
}
