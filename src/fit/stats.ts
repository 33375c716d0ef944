/** Small statistics over series with gaps (NaN frames are skipped everywhere). */

export function meanOf(s: ArrayLike<number> | undefined, from = 0, to = s?.length ?? 0): number {
  if (!s) return Number.NaN;
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) {
    if (!Number.isNaN(s[i])) {
      sum += s[i];
      n++;
    }
  }
  return n > 0 ? sum / n : Number.NaN;
}

export function medianOf(s: ArrayLike<number>, from = 0, to = s.length): number {
  const v: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) if (!Number.isNaN(s[i])) v.push(s[i]);
  if (v.length === 0) return Number.NaN;
  v.sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Median absolute deviation scaled to a normal standard deviation (×1.4826). */
export function robustSd(s: ArrayLike<number>, from = 0, to = s.length): number {
  const med = medianOf(s, from, to);
  const dev: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) if (!Number.isNaN(s[i])) dev.push(Math.abs(s[i] - med));
  return 1.4826 * medianOf(dev);
}

export function maxOf(s: ArrayLike<number> | undefined, from = 0, to = s?.length ?? 0): number {
  if (!s) return Number.NaN;
  let m = -Infinity;
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) if (!Number.isNaN(s[i]) && s[i] > m) m = s[i];
  return m === -Infinity ? Number.NaN : m;
}

export const finiteOr = (v: number, fallback: number): number => (Number.isFinite(v) ? v : fallback);
