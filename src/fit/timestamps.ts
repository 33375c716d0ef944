/**
 * Timestamps in imported files: epoch seconds, epoch milliseconds, seconds from the start, or ISO 8601
 * (a time without a zone is read as UTC, so the same file means the same instants everywhere).
 */

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Seconds for one timestamp cell, or undefined when it is no timestamp. Numbers are returned as written. */
export function parseTimestampCell(text: string): { kind: 'number' | 'iso'; value: number } | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const n = Number(s);
  if (Number.isFinite(n)) return { kind: 'number', value: n };
  if (!ISO.test(s)) return undefined;
  let iso = s.replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? { kind: 'iso', value: ms / 1000 } : undefined;
}

/**
 * Numeric times of a whole column to seconds. Values past 1e11 can only be epoch milliseconds (1e11 s is
 * the year 5138); anything smaller is seconds, epoch or relative, which the resampler treats alike.
 */
export function numericTimesToSeconds(values: readonly number[]): number[] {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return max > 1e11 ? values.map((v) => v / 1000) : values.slice();
}
