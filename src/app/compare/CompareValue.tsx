/**
 * Run B's value in a chart's caption while comparing ("B ··· 2,950 req/s"), at the moment pointed
 * at or the newest frame, painted like A's value (textContent, no re-render). Nothing until the
 * compare view's runtime has loaded (compareSlot.ts).
 */
import { useRef, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { ChartSpec } from '../charts/chartSpecs';
import { frameAt } from '../charts/hoverLayer';
import { useLab } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { B_DASH } from './compareLine';
import { loadedCompare, onCompareLoaded, type CompareRuntime } from './compareSlot';

export function CompareValue({ spec }: { spec: ChartSpec }) {
  const lab = useLab();
  const compare = useSyncExternalStore(onCompareLoaded, () => loadedCompare(lab));
  return compare ? <CompareRunValue spec={spec} compare={compare} /> : null;
}

function CompareRunValue({ spec, compare }: { spec: ChartSpec; compare: CompareRuntime }) {
  const lab = useLab();
  const comparing = useStore(compare.store, (s) => s.enabled);
  const ref = useRef<HTMLOutputElement>(null);
  const series = spec.series[spec.headline ?? 0];
  usePainter(() => {
    const ring = compare.ring();
    if (!ref.current || !ring) return;
    const i = frameAt(ring, lab.hover.tS);
    ref.current.textContent = spec.format(i >= 0 ? ring.get(i, series.col) : Number.NaN);
  });
  if (!comparing) return null;
  return (
    <span className="chart-b" title="Run B of the compare view: the same run with the chosen mitigations">
      <svg className="swatch" width="22" height="10" aria-hidden="true">
        <line x1="3" y1="5" x2="21" y2="5" stroke={series.color} strokeWidth={(series.width ?? 2) + 1} strokeDasharray={B_DASH} strokeLinecap="round" />
      </svg>{' '}
      B{' '}
      <output className="chart-value-b" data-run="b" ref={ref}>
        –
      </output>
    </span>
  );
}
