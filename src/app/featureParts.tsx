/**
 * What the feature folders add to the shared layers, gathered in one place so the shared layers
 * never import a feature: the compare view's line and caption value on every chart, the fit's
 * observed overlay (its bands and caption value), the selected stack tier's line and caption value,
 * the mitigations' lines on the failures chart, and the mitigations' wording of their marks.
 */
import { useMemo } from 'react';
import type { ChartLayerType } from './charts/chartLayer';
import { CHARTS } from './charts/chartSpecs';
import { markTextWith } from './charts/markLabels';
import { CompareValue } from './compare/CompareValue';
import { showsCapDropped, withCapSeries } from './cost/capSeries';
import { compareLineLayer } from './compare/compareLine';
import { loadedCompare } from './compare/compareSlot';
import { observedLineLayer } from './fit/observedLine';
import { overlayFor } from './fit/observedOverlay';
import { ObservedValue } from './fit/ObservedValue';
import { mitigationMarkText } from './mitigations/markText';
import { seriesKey, withMitigationSeries } from './mitigations/mitigationSeries';
import { useLab, useLabState } from './runtime/LabContext';
import { tierLineLayer } from './stack/tierLine';
import { TierValue } from './stack/TierValue';
import type { LabRuntime } from './runtime/labRuntime';
import type { ChartSpec } from './charts/chartSpecs';

/** A mark's text everywhere it shows (timeline flags, events list, script chips). */
export const markText = markTextWith([mitigationMarkText]);

/** Layers and the caption part every time chart gets from the features. */
export function chartParts(lab: LabRuntime) {
  const overlay = overlayFor(lab);
  const layers: readonly ChartLayerType[] = [
    compareLineLayer(() => loadedCompare(lab)?.ring() ?? null),
    observedLineLayer(() => overlay.getState()),
    tierLineLayer(lab),
  ];
  return { layers, CaptionValue: FeatureCaptionValues };
}

/** Each feature's part of a chart's caption, in reading order: run B, the observed trace, the selected tier. */
function FeatureCaptionValues({ spec }: { spec: ChartSpec }) {
  return (
    <>
      <CompareValue spec={spec} />
      <ObservedValue spec={spec} />
      <TierValue spec={spec} />
    </>
  );
}

export function useChartParts() {
  const lab = useLab();
  return useMemo(() => chartParts(lab), [lab]);
}

/**
 * The charts to draw now: the lab's own, with the switched-on mitigations' lines added to the
 * failures chart (as series of its spec, so they get a legend entry, a value and a hover dot), and
 * the dropped line when the run may reach the simulation's memory caps.
 */
export function useChartSpecs() {
  const key = useLabState((s) => seriesKey(s.params));
  const capped = useLabState((s) => showsCapDropped(s.scenario, s.params));
  return useMemo(() => withCapSeries(withMitigationSeries(CHARTS, key), capped), [key, capped]);
}
