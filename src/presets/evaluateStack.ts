/**
 * Runs a stack preset and measures its per-tier claims (the whole-system claims go through
 * ./evaluate like every preset's). Pure and synchronous, like ./evaluate.
 */
import { createSimulation } from '../sim/simulation';
import { M, METRIC_COUNT } from '../sim/metrics';
import { TIER_METRIC_COUNT, TIER_METRIC_NAMES, type TierMetricName } from '../sim/stackSchema';
import { toScenario } from './document';
import { framesRun, windowOf, type PresetRun } from './evaluate';
import type { StackPreset, TierCheck } from './stackPresets';
import type { PresetWindow } from './types';

export interface StackRun extends PresetRun {
  tierFrames: Float64Array;
  tierNames: string[];
  /** Per-frame values of one tier column within the window. */
  tierValues(tier: string, metric: TierMetricName, window: PresetWindow): number[];
}

export function runStackPreset(preset: StackPreset): StackRun {
  const scenario = toScenario(preset.scenario);
  const sim = createSimulation(scenario);
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  const tierFrames = sim.takeTierFrames?.() ?? new Float64Array(0);
  const tierNames = (scenario.stack ?? []).map((t) => t.name);
  const width = tierNames.length * TIER_METRIC_COUNT;
  const rows = frames.length / METRIC_COUNT;
  return {
    ...framesRun(frames),
    tierFrames,
    tierNames,
    tierValues(tier, metric, w) {
      const t = tierNames.indexOf(tier);
      if (t < 0) throw new Error(`no tier "${tier}" (tiers: ${tierNames.join(', ')})`);
      const col = t * TIER_METRIC_COUNT + TIER_METRIC_NAMES.indexOf(metric);
      const out: number[] = [];
      for (let i = 0; i < rows; i++) {
        const tS = frames[i * METRIC_COUNT + M.t_s];
        if (tS > w.fromS && tS <= w.toS) out.push(tierFrames[i * width + col]);
      }
      return out;
    },
  };
}

const meanOf = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The value a tier check compares: a mean, a per-frame extreme, or a ratio of means. */
export function measureTier(run: StackRun, preset: StackPreset, check: TierCheck): number {
  const w = windowOf(preset, check.window);
  const xs = run.tierValues(check.tier, check.metric, w);
  const agg = check.agg ?? 'mean';
  const v = agg === 'mean' ? meanOf(xs) : agg === 'min' ? Math.min(...xs) : Math.max(...xs);
  if (!check.per) return v;
  const per = typeof check.per === 'string' ? run.mean(check.per, w) : meanOf(run.tierValues(check.per.tier, check.per.metric, w));
  return v / per;
}

export function checkTiers(preset: StackPreset, run: StackRun): { check: TierCheck; value: number; ok: boolean }[] {
  return preset.tierExpect.map((check) => {
    const value = measureTier(run, preset, check);
    const ok = Number.isFinite(value) && (check.below === undefined || value < check.below) && (check.above === undefined || value > check.above);
    return { check, value, ok };
  });
}
