/**
 * A service tier's own work per call: exponential, log-normal or constant with the given mean, and
 * slower under load past a knee (garbage collection, thrashing), which is what tips a busy tier into
 * a death spiral: slower work, longer queues, more load, slower work.
 */
import { dexp } from './detMath';
import type { Prng } from './prng';
import type { ServiceTier } from './stackSchema';

/**
 * A standard normal draw as the sum of twelve uniforms minus six (Irwin–Hall): arithmetic only, so
 * the same on every engine, and close enough to normal for a service-time spread.
 */
function normal(rng: Prng): number {
  let s = 0;
  for (let i = 0; i < 12; i++) s += rng.uniform();
  return s - 6;
}

export function sampleWorkMs(tier: ServiceTier, rng: Prng): number {
  const mean = tier.serviceMs;
  if (mean <= 0 || tier.serviceDist === 'constant') return mean;
  if (tier.serviceDist === 'exponential') return rng.exponential(mean);
  const s = tier.sigma;
  return mean * dexp(s * normal(rng) - (s * s) / 2);
}

/** How much slower work is at this load (calls in the instance ÷ its slots). */
export function loadSlowdown(tier: ServiceTier, load: number): number {
  if (tier.loadKnee <= 0 || load <= tier.loadKnee) return 1;
  return 1 + tier.loadSlowdown * (load - tier.loadKnee);
}
