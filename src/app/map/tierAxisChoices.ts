/**
 * Axis choices for a scenario's stack of tiers: every numeric field of every tier, named by the
 * tier ("app: retries"), addressing the document as `stack[i].FIELD`. The default range is spread
 * around the tier's own value (half to double), within the field's allowed range; fields that are
 * off at 0 (a knee, a budget, shedding, a TTL) get a range that switches them on.
 */
import { numericTierFields, type Axis } from '../../map';
import { tierFields } from '../../sim/parseStack';
import type { Scenario } from '../../sim/scenario';
import type { Tier } from '../../sim/stackSchema';
import type { AxisChoice } from './axisChoice';

/** How a field reads on an axis: words and unit. */
const FIELD_WORDS: Record<string, { words: string; unit?: string }> = {
  instances: { words: 'instances' },
  slots: { words: 'slots per instance' },
  queueLimit: { words: 'queue limit', unit: 'calls' },
  serviceMs: { words: 'service time', unit: 'ms' },
  sigma: { words: 'service time spread σ' },
  loadKnee: { words: 'load knee', unit: '× slots' },
  loadSlowdown: { words: 'slowdown past the knee' },
  timeoutMs: { words: 'timeout', unit: 'ms' },
  retries: { words: 'retries' },
  backoffBaseMs: { words: 'backoff base', unit: 'ms' },
  backoffCapMs: { words: 'backoff cap', unit: 'ms' },
  retryBudget: { words: 'retry budget', unit: 'per call' },
  shedQueueMs: { words: 'shed above queue wait', unit: 'ms' },
  capacity: { words: 'capacity', unit: 'entries' },
  ttlMs: { words: 'TTL', unit: 'ms' },
  staleMs: { words: 'stale-while-revalidate', unit: 'ms' },
};

/** Ranges for fields whose value is 0 (off): from / to when there is nothing to spread around. */
const WHEN_OFF: Record<string, [number, number]> = {
  loadKnee: [0.5, 4],
  loadSlowdown: [0, 2],
  retryBudget: [0, 1],
  shedQueueMs: [25, 1000],
  ttlMs: [1000, 60_000],
  staleMs: [1000, 30_000],
  backoffBaseMs: [0, 200],
  queueLimit: [0, 200],
  serviceMs: [1, 20],
  sigma: [0, 2],
};

/** The default range of a tier field around its value `v`. */
export function tierFieldRange(field: string, v: number, min: number, max: number, isInt: boolean, steps: number): Pick<Axis, 'from' | 'to'> {
  if (field === 'retries') return { from: 0, to: Math.max(1, Math.min(steps - 1, 8, max)) };
  const round = (x: number) => (isInt ? Math.round(x) : Number(x.toPrecision(3)));
  const [lo, hi] = v > 0 ? [v / 2, v * 2] : (WHEN_OFF[field] ?? [0, 1]);
  const from = Math.max(min, round(lo));
  return { from, to: Math.max(from, Math.min(max, round(hi))) };
}

function fieldLabel(field: string): string {
  const w = FIELD_WORDS[field] ?? { words: field };
  return w.unit ? `${w.words} (${w.unit})` : w.words;
}

function tierChoice(t: Tier, i: number, field: string): AxisChoice {
  const spec = tierFields(t.kind)[field];
  const path = `stack[${i}].${field}`;
  const label = `${t.name}: ${fieldLabel(field)}`;
  const value = (t as unknown as Record<string, number>)[field];
  return {
    id: `tier:${i}:${field}`,
    label,
    path,
    unitLabel: label,
    valueText: (v) =>
      `${t.name}: ${FIELD_WORDS[field]?.words ?? field} ${v.toLocaleString('en-US')}${FIELD_WORDS[field]?.unit ? ` ${FIELD_WORDS[field].unit}` : ''}`,
    range: (_s, steps) => {
      if (spec.kind !== 'int' && spec.kind !== 'number') return { path, from: 0, to: 1, steps };
      return { path, ...tierFieldRange(field, value, spec.min, spec.max, spec.kind === 'int', steps), steps };
    },
  };
}

/** One choice per numeric field of each tier, top tier first. Empty without a stack. */
export function tierAxisChoices(s: Scenario): AxisChoice[] {
  return (s.stack ?? []).flatMap((t, i) => numericTierFields(t.kind).map((field) => tierChoice(t, i, field)));
}
