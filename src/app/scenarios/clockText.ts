/**
 * Simulated times as people type them: "2:30", "1:02:03" or plain seconds "150". The lab shows
 * times as m:ss everywhere, so the event form accepts and shows them the same way.
 */
import { formatSimTime } from '../format';

/** Seconds for "m:ss", "h:mm:ss" or a number of seconds; NaN when the text is none of these. */
export function parseClockText(text: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?)$/.exec(t);
  if (!m) return NaN;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (s >= 60 || (m[1] !== undefined && min >= 60)) return NaN;
  return h * 3600 + min * 60 + s;
}

/** m:ss (h:mm:ss past an hour), with fractions of a second kept as seconds after a dot. */
export function clockText(seconds: number): string {
  const whole = Math.floor(seconds);
  const frac = seconds - whole;
  return frac > 0 ? `${formatSimTime(whole)}${String(Number(frac.toFixed(3))).slice(1)}` : formatSimTime(whole);
}
