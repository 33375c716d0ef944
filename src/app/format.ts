/** Number formatting for readouts: fixed decimals so digits do not dance while streaming. */

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 3000 → "3,000"; NaN → "–". */
export function formatCount(v: number): string {
  return Number.isFinite(v) ? counts.format(v) : '–';
}

/** 0.8976 → "89.8%". */
export function formatPercent(fraction: number, digits = 1): string {
  return Number.isFinite(fraction) ? `${(100 * fraction).toFixed(digits)}%` : '–';
}

/** Latency in ms with a sensible precision: 1.23 ms, 45.6 ms, 1,234 ms. */
export function formatMs(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 100) return `${v.toFixed(1)} ms`;
  return `${counts.format(v)} ms`;
}

/** Depth or other quantity that can be fractional when time-averaged: 0.4, 12, 4,980. */
export function formatAmount(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 10 ? v.toFixed(1) : counts.format(v);
}

/** Simulated time as m:ss (or h:mm:ss). */
export function formatSimTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
