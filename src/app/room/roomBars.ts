/** The bars of a question's histogram: one per choice, or NUMBER_BINS equal bars over a number's range. */
import { NUMBER_BINS, numberBin, type RoomQuestion } from './roomProtocol';

export function barLabels(q: RoomQuestion): string[] {
  if (q.kind === 'choice') return q.choices;
  const step = (q.max - q.min) / NUMBER_BINS;
  const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: step < 1 ? 2 : 0 });
  return Array.from({ length: NUMBER_BINS }, (_, k) => `${fmt(q.min + k * step)}–${fmt(q.min + (k + 1) * step)}${q.unit ? ` ${q.unit}` : ''}`);
}

/** The bar a value falls in: a choice is its own bar. */
export function barOf(q: RoomQuestion, value: number | null): number {
  if (value === null) return -1;
  return q.kind === 'choice' ? value : numberBin(q, value);
}
