/**
 * The selected tier's value in a chart's caption ("app ▪ slots held 83%"), at the moment pointed at
 * or the newest frame, painted like the chart's own value (textContent, no re-render per frame).
 */
import { useRef } from 'react';
import { useStore } from 'zustand';
import type { ChartSpec } from '../charts/chartSpecs';
import { frameAt } from '../charts/hoverLayer';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { stackViewFor } from './stackView';
import { TIER_COLOR, TIER_DASH, tierSeriesFor } from './tierLine';

export function TierValue({ spec }: { spec: ChartSpec }) {
  const lab = useLab();
  const selected = useStore(stackViewFor(lab), (s) => s.selected);
  const stack = useLabState((s) => s.stack);
  const ref = useRef<HTMLOutputElement>(null);
  usePainter(() => {
    const sel = tierSeriesFor(lab, spec.id);
    if (!ref.current || !sel) return;
    const data = lab.data();
    const i = frameAt(data.ring, lab.hover.tS);
    ref.current.textContent = sel.series.format(i >= 0 && i < data.tiers.length ? data.tiers.get(i, sel.tier, sel.series.metric) : Number.NaN);
  });
  // Re-read on a change of selection or stack (the painter reads them too, at paint time).
  const sel = selected !== null && stack.length > 0 ? tierSeriesFor(lab, spec.id) : null;
  if (!sel) return null;
  return (
    <span className="chart-tier" title={`The selected tier of the request path: ${sel.name}, ${sel.series.what}`}>
      <svg className="swatch" width="22" height="10" aria-hidden="true">
        <line x1="1" y1="5" x2="21" y2="5" stroke={TIER_COLOR} strokeWidth="2.5" strokeDasharray={TIER_DASH} />
      </svg>{' '}
      {sel.name}
      <span className="visually-hidden"> {sel.series.what}</span>{' '}
      <output className="chart-value-tier" data-tier={sel.name} ref={ref}>
        –
      </output>
    </span>
  );
}
