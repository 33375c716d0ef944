/**
 * Runs a preset through the simulation core and reads its windows and checks off the frames.
 * Pure and synchronous: tests and the docs generator call it in Node; a browser caller would run it
 * in the worker, since a long preset takes a second or more.
 */
import { createSimulation } from '../sim/simulation';
import type { MetricName } from '../sim/metrics';
import { frameTable, spanExtreme, spanMean } from '../analysis/frames';
import { toScenario } from './document';
import type { Preset, PresetCheck, PresetWindow } from './types';

/** The frames of one finished run, with window statistics. */
export interface PresetRun {
  frames: Float64Array;
  /** Mean of a metric over the window's frames (NaN if the window holds no frame). */
  mean(metric: MetricName, window: PresetWindow): number;
  /** Smallest or largest per-frame value of a metric over the window (NaN if it holds no frame). */
  extreme(metric: MetricName, window: PresetWindow, which: 'min' | 'max'): number;
}

export interface CheckResult {
  check: PresetCheck;
  /** The measured value the bounds were compared with. */
  value: number;
  ok: boolean;
}

/** Runs the preset's scenario to its end. */
export function runPreset(preset: Preset): PresetRun {
  const sim = createSimulation(toScenario(preset.scenario));
  sim.advance(Infinity);
  return framesRun(sim.takeFrames());
}

/** Wraps frames (rows × METRIC_COUNT) with window statistics. */
export function framesRun(frames: Float64Array): PresetRun {
  const table = frameTable(frames);
  return {
    frames,
    mean: (metric, w) => spanMean(table, metric, w),
    extreme: (metric, w, which) => spanExtreme(table, metric, w, which),
  };
}

/** Looks up a window by label; a check naming a missing window is a bug in the preset. */
export function windowOf(preset: Preset, label: string): PresetWindow {
  const w = preset.windows.find((x) => x.label === label);
  if (!w) throw new Error(`preset ${preset.id}: no window "${label}"`);
  return w;
}

/** The value a check compares: a mean, a per-frame extreme, or a ratio of means. */
export function measure(run: PresetRun, preset: Preset, check: PresetCheck): number {
  const w = windowOf(preset, check.window);
  const agg = check.agg ?? 'mean';
  const v = agg === 'mean' ? run.mean(check.metric, w) : run.extreme(check.metric, w, agg);
  return check.per ? v / run.mean(check.per, w) : v;
}

/** Evaluates every check of the preset against a finished run. */
export function checkPreset(preset: Preset, run: PresetRun): CheckResult[] {
  return preset.expect.map((check) => {
    const value = measure(run, preset, check);
    const ok = Number.isFinite(value) && (check.below === undefined || value < check.below) && (check.above === undefined || value > check.above);
    return { check, value, ok };
  });
}
