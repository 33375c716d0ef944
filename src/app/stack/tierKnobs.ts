/**
 * A tier's knobs as the editor shows them: which fields, in what order, over what slider range. The
 * ranges are the useful part of the schema's (src/sim/stackSchema.ts keeps the full ones and the
 * parser enforces them); a value outside a slider's range, from a file or a link, widens the slider
 * so it can still be shown and moved.
 */
import type { FieldSpec } from '../../sim/schema';
import { CACHE_TIER_FIELDS, SERVICE_TIER_FIELDS, type Tier } from '../../sim/stackSchema';
import { formatCount } from '../format';

export interface TierKnob {
  field: string;
  label: string;
  /** Slider range and step (numbers only). */
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  /** Shown under "More knobs" rather than at once. */
  more?: boolean;
  /** Shown only when this holds for the tier (sigma only for log-normal work). */
  when?: (t: Tier) => boolean;
}

export const SERVICE_KNOBS: readonly TierKnob[] = [
  { field: 'instances', label: 'Instances', min: 1, max: 64, step: 1 },
  { field: 'slots', label: 'Slots per instance', min: 1, max: 1000, step: 1 },
  { field: 'queueLimit', label: 'Queue per instance', min: 0, max: 2000, step: 10, unit: 'calls' },
  { field: 'serviceMs', label: 'Own work', min: 0, max: 500, step: 1, unit: 'ms' },
  { field: 'timeoutMs', label: 'Timeout below', min: 50, max: 10_000, step: 50, unit: 'ms' },
  { field: 'retries', label: 'Retries below', min: 0, max: 10, step: 1 },
  { field: 'retryBudget', label: 'Retry budget', min: 0, max: 2, step: 0.05, unit: 'per call' },
  { field: 'balancer', label: 'Load balancer' },
  { field: 'shedQueueMs', label: 'Shed past queue wait', min: 0, max: 5000, step: 50, unit: 'ms', more: true },
  { field: 'holdSlot', label: 'Hold the slot while waiting below', more: true },
  { field: 'serviceDist', label: 'Work distribution', more: true },
  { field: 'sigma', label: 'Log-normal σ', min: 0, max: 3, step: 0.1, more: true, when: (t) => t.kind === 'service' && t.serviceDist === 'lognormal' },
  { field: 'loadKnee', label: 'Slowdown knee (load)', min: 0, max: 20, step: 0.5, more: true },
  { field: 'loadSlowdown', label: 'Slowdown per unit of load', min: 0, max: 10, step: 0.1, more: true },
  { field: 'backoff', label: 'Backoff', more: true },
  { field: 'backoffBaseMs', label: 'Backoff base', min: 0, max: 1000, step: 10, unit: 'ms', more: true },
];

export const CACHE_KNOBS: readonly TierKnob[] = [
  { field: 'capacity', label: 'Capacity', min: 0, max: 100_000, step: 500, unit: 'entries' },
  { field: 'ttlMs', label: 'Entry lifetime (TTL)', min: 0, max: 600_000, step: 1000, unit: 'ms' },
  { field: 'staleMs', label: 'Serve stale for', min: 0, max: 600_000, step: 1000, unit: 'ms' },
  { field: 'singleFlight', label: 'Single flight per key' },
  { field: 'timeoutMs', label: 'Fetch timeout', min: 50, max: 10_000, step: 50, unit: 'ms', more: true },
];

export function knobsOf(tier: Tier): readonly TierKnob[] {
  return (tier.kind === 'service' ? SERVICE_KNOBS : CACHE_KNOBS).filter((k) => !k.when || k.when(tier));
}

export function fieldSpecOf(tier: Tier, field: string): FieldSpec {
  const specs: Record<string, FieldSpec> = tier.kind === 'service' ? SERVICE_TIER_FIELDS : CACHE_TIER_FIELDS;
  return specs[field];
}

/** The slider's range: the knob's, widened to hold `value`. */
export function sliderRange(knob: TierKnob, value: number): { min: number; max: number; step: number } {
  const min = Math.min(knob.min ?? 0, value);
  const max = Math.max(knob.max ?? 1, value);
  return { min, max, step: knob.step ?? 1 };
}

/** A knob's value with its unit, as the editor and screen readers read it. */
export function knobText(knob: TierKnob, value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  if (knob.field === 'retryBudget' && value === 0) return 'off';
  if ((knob.field === 'shedQueueMs' || knob.field === 'loadKnee' || knob.field === 'ttlMs' || knob.field === 'staleMs') && value === 0) return 'off';
  const n = Number.isInteger(value) ? formatCount(value) : String(Math.round(value * 100) / 100);
  return knob.unit ? `${n} ${knob.unit}` : n;
}
