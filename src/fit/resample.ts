/**
 * Puts imported samples onto the lab's frame grid. A sample stamped t belongs to the frame that ends
 * nearest t (exports stamp a value at the end of the interval it summarises, as the lab does); several
 * samples in one frame are averaged; a frame with none stays NaN, a gap the charts and the loss skip.
 */
import { ImportError } from './importError';
import type { Observed, RawSeries } from './observed';

/** Longest trace a scenario can replay (the document's durationS bound). */
export const MAX_TRACE_S = 86_400;

/** The typical spacing of samples: the median gap between consecutive times, over all series. */
export function typicalSpacingS(series: readonly RawSeries[]): number {
  const gaps: number[] = [];
  for (const s of series) for (let i = 1; i < s.timesS.length; i++) if (s.timesS[i] > s.timesS[i - 1]) gaps.push(s.timesS[i] - s.timesS[i - 1]);
  if (gaps.length === 0) return 1;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/**
 * The lab interval for a trace: one second (the lab's default) unless the samples are sparser, then
 * their spacing in whole seconds, so a 15 s scrape does not become fourteen gaps and one value.
 */
export function chooseIntervalMs(series: readonly RawSeries[]): number {
  const spacing = typicalSpacingS(series);
  return spacing <= 1.5 ? 1000 : Math.min(60_000, Math.round(spacing) * 1000);
}

/**
 * Refuses times that cannot be a trace: negative, repeated, or going backwards within one series
 * (a file cut and pasted out of order, a clock that jumped). Averaging them into frames would fit a
 * trace that never happened; naming the first one lets the user fix the file.
 */
export function checkTimes(series: readonly RawSeries[]): void {
  for (const s of series) {
    const t = s.timesS;
    for (let i = 0; i < t.length; i++) {
      const at = `${s.metric}: sample ${i + 1}`;
      if (t[i] < 0) throw new ImportError(`${at} has a negative time (${t[i]} s); times must be 0 or later`);
      if (i === 0) continue;
      if (t[i] === t[i - 1]) throw new ImportError(`${at} repeats the time of the sample before it (${t[i]} s); each time may appear once`);
      if (t[i] < t[i - 1]) throw new ImportError(`${at} goes backwards (${t[i]} s after ${t[i - 1]} s); times must increase`);
    }
  }
}

export function resample(series: readonly RawSeries[], intervalMs = chooseIntervalMs(series)): Observed {
  checkTimes(series);
  const withData = series.filter((s) => s.timesS.length > 0);
  if (withData.length === 0) throw new ImportError('no series has a single sample');
  const intervalS = intervalMs / 1000;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const s of withData)
    for (const t of s.timesS) {
      t0 = Math.min(t0, t);
      t1 = Math.max(t1, t);
    }
  const frames = Math.round((t1 - t0) / intervalS) + 1;
  if (frames * intervalS > MAX_TRACE_S) {
    throw new ImportError(`the trace spans ${Math.round(frames * intervalS)} s; at most ${MAX_TRACE_S} s can be replayed (cut the file or use a longer step)`);
  }
  const tS = new Float64Array(frames);
  for (let k = 0; k < frames; k++) tS[k] = (k + 1) * intervalS;
  const out: Observed = { intervalMs, tS, series: {} };
  for (const s of withData) {
    const sum = new Float64Array(frames);
    const n = new Float64Array(frames);
    s.timesS.forEach((t, i) => {
      const k = Math.round((t - t0) / intervalS);
      sum[k] += s.values[i];
      n[k]++;
    });
    out.series[s.metric] = sum.map((v, k) => (n[k] > 0 ? v / n[k] : Number.NaN));
  }
  return out;
}
