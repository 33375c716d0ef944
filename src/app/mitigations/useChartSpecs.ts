/** The charts to draw now: the lab's own, with the switched-on mitigations' lines added. */
import { useMemo } from 'react';
import { CHARTS } from '../charts/chartSpecs';
import { useLabState } from '../runtime/LabContext';
import { seriesKey, withMitigationSeries } from './mitigationSeries';

export function useChartSpecs() {
  const key = useLabState((s) => seriesKey(s.params));
  return useMemo(() => withMitigationSeries(CHARTS, key), [key]);
}
