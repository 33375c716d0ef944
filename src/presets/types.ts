/**
 * What a preset is: a scenario document plus the story it tells, and the figures that prove the story.
 * The proof is data (windows and checks), not code, so the same statement is tested, printed in
 * docs/presets.md and could be shown in the gallery without anyone retyping a number.
 */
import type { MetricName } from '../sim/metrics';
import type { ScenarioDocument } from './document';

/** A named span of simulated time: frames whose end time lies in (fromS, toS]. */
export interface PresetWindow {
  /** Short label used by checks and in the docs, e.g. "warm", "storm", "after rollback". */
  label: string;
  fromS: number;
  toS: number;
}

/**
 * One machine-checkable claim: the mean (or min/max per frame) of a metric over a window, optionally
 * divided by the mean of another metric over the same window, lies below and/or above a bound.
 */
export interface PresetCheck {
  /** The claim in plain words, e.g. "hit rate under 30% in the incident". */
  says: string;
  metric: MetricName;
  /** Divide by the mean of this metric over the same window (e.g. goodput per offered attempt). */
  per?: MetricName;
  /** Label of one of the preset's windows. */
  window: string;
  /** How frames in the window are combined; default mean. min/max take the extreme frame. */
  agg?: 'mean' | 'min' | 'max';
  below?: number;
  above?: number;
}

export interface Preset {
  /** Kebab-case and stable: it appears in URLs and docs. */
  id: string;
  title: string;
  /** Two short lines of plain text (separated by a newline): what happens. */
  story: string;
  /** The question it asks the room. */
  question: string;
  /**
   * The scenario document: parses with zero errors, title included. Sparse (fields the story does not
   * need take their defaults); `presetScenario` in ./presets gives the full parsed scenario.
   */
  scenario: ScenarioDocument;
  /** Spans of the run the checks and the docs talk about, in time order. */
  windows: PresetWindow[];
  /** The story, as claims a run must satisfy. */
  expect: PresetCheck[];
}
