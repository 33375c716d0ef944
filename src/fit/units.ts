/**
 * Units an import may use, and the factor that brings each to the lab's unit (rates per second,
 * ratios 0..1, milliseconds).
 */
import type { Quantity } from './observed';

export const UNITS = {
  ratio: { quantity: 'ratio', factor: 1, label: 'ratio (0–1)' },
  percent: { quantity: 'ratio', factor: 0.01, label: 'percent (0–100)' },
  ms: { quantity: 'latency', factor: 1, label: 'milliseconds' },
  s: { quantity: 'latency', factor: 1000, label: 'seconds' },
  'per-second': { quantity: 'rate', factor: 1, label: 'per second' },
  'per-minute': { quantity: 'rate', factor: 1 / 60, label: 'per minute' },
  count: { quantity: 'count', factor: 1, label: 'count' },
} as const satisfies Record<string, { quantity: Quantity; factor: number; label: string }>;

export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

export const unitsFor = (q: Quantity): Unit[] => UNIT_NAMES.filter((u) => UNITS[u].quantity === q);

/** The lab's own unit of each kind of quantity. */
export const LAB_UNIT: Record<Quantity, Unit> = { rate: 'per-second', ratio: 'ratio', latency: 'ms', count: 'count' };

/**
 * The unit a ratio column most likely uses when its name does not say: a share above 1.5 anywhere
 * can only be a percentage (a ratio never exceeds 1; the margin allows sampling noise).
 */
export function guessRatioUnit(values: readonly number[]): Unit {
  for (const v of values) if (v > 1.5) return 'percent';
  return 'ratio';
}
