/**
 * The three-tier storm the benchmarks run: the retry-amplification preset (users → web → api → app
 * → cache and database, every layer retrying), its ×10 database slowdown at 40 s turning into a
 * retry storm that lasts to the end of the run.
 */
import { presetById, presetScenario } from '../src/presets';
import type { Scenario } from '../src/sim/scenario';

export const STACK_STORM_NAME = 'retry-amplification (three retrying tiers), storm from 40 s';

export function stackStormScenario(durationS: number): Scenario {
  const s = presetScenario(presetById('retry-amplification')!);
  return { ...s, durationS };
}
