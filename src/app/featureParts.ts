/**
 * What the feature folders add to the shared layers, gathered in one place so the shared layers
 * never import a feature: the compare view's line and caption value on every chart, the
 * mitigations' lines on the failures chart, and the mitigations' wording of their marks.
 */
import { useMemo } from 'react';
import type { ChartLayerType } from './charts/chartLayer';
import { markTextWith } from './charts/markLabels';
import { CompareValue } from './compare/CompareValue';
import { compareLineLayer } from './compare/compareLine';
import { compareFor } from './compare/compareRuntime';
import { mitigationMarkText } from './mitigations/markText';
import { useLab } from './runtime/LabContext';
import type { LabRuntime } from './runtime/labRuntime';

/** A mark's text everywhere it shows (timeline flags, events list, script chips). */
export const markText = markTextWith([mitigationMarkText]);

/** Layers and the caption part every time chart gets from the features. */
export function chartParts(lab: LabRuntime) {
  const compare = compareFor(lab);
  const layers: readonly ChartLayerType[] = [compareLineLayer(() => compare.ring())];
  return { layers, CaptionValue: CompareValue };
}

export function useChartParts() {
  const lab = useLab();
  return useMemo(() => chartParts(lab), [lab]);
}
