/**
 * Where and how a trace breaks: the first frame from which a dashboard signal leaves its healthy
 * baseline for good (three frames in a row), and which trigger kind the signals' pattern points to.
 * Rules, in order: the hit rate fell by more than a quarter → a flush (whole or of the hottest keys:
 * the fit compares both by simulation); the database went idle → an outage; the load rose by more than 30% → a spike;
 * otherwise the database answered fewer requests with no cause in sight → a slowdown.
 * A deploy that renames keys looks exactly like a flush on these signals; the fit calls it a flush.
 */
import type { Observed } from './observed';
import { meanOf, medianOf, robustSd } from './stats';

export type TriggerKind = 'flush' | 'outage' | 'spike' | 'db-slowdown';

export interface TraceBreak {
  /** Index of the first frame that is off its baseline. */
  frame: number;
  /** Estimated moment of the trigger, seconds from the start of the trace. */
  atS: number;
  kind: TriggerKind;
  /** Flush: share of the warm hit rate lost at once (1 = the whole cache). */
  hitLoss: number;
  /** Spike: load during it over the baseline; outage: frames the database stayed idle. */
  factor: number;
  forS: number;
  /** Frames [0, baselineEnd) are the healthy baseline. */
  baselineEnd: number;
}

/** Deviations above this many robust standard deviations count as "off the baseline". */
const Z_BREAK = 6;
const PERSIST = 3;

function share(o: Observed): Float64Array | undefined {
  const g = o.series.goodput_rps;
  const d = o.series.first_rps ?? o.series.offered_rps;
  if (!g || !d) return undefined;
  return g.map((v, i) => (d[i] > 0 ? v / d[i] : Number.NaN));
}

/** The first frame from which `s` stays off its baseline for PERSIST frames, or -1. */
function firstBreak(s: Float64Array, baseEnd: number, floor: number): number {
  const med = medianOf(s, 0, baseEnd);
  const sd = Math.max(robustSd(s, 0, baseEnd), floor);
  const off = (i: number) => !Number.isNaN(s[i]) && Math.abs(s[i] - med) > Z_BREAK * sd;
  for (let i = 3; i + PERSIST <= s.length; i++) {
    let all = true;
    for (let j = i; j < i + PERSIST; j++) all &&= off(j);
    if (all) return i;
  }
  return -1;
}

export function findBreak(o: Observed): TraceBreak | null {
  const n = o.tS.length;
  const intervalS = o.intervalMs / 1000;
  const baseEnd = Math.max(10, Math.floor(n * 0.2));
  const hit = o.series.hit_rate;
  const util = o.series.db_util;
  const load = o.series.first_rps ?? o.series.offered_rps;
  const sh = share(o);
  const candidates: number[] = [];
  if (hit) candidates.push(firstBreak(hit, baseEnd, 0.02));
  if (sh) candidates.push(firstBreak(sh, baseEnd, 0.03));
  if (load) candidates.push(firstBreak(load, baseEnd, 0.05 * Math.max(1, medianOf(load, 0, baseEnd))));
  if (util) candidates.push(firstBreak(util, baseEnd, 0.05));
  const found = candidates.filter((k) => k >= 0);
  if (found.length === 0) return null;
  const k = Math.min(...found);
  const base = Math.min(baseEnd, k);
  const after = (s: Float64Array | undefined) => meanOf(s, k, k + 3);
  const before = (s: Float64Array | undefined) => medianOf(s ?? new Float64Array(0), 0, base);

  // How far into the frame before the break the change began, read off the signal that broke.
  const partial = (s: Float64Array | undefined): number => {
    if (!s || k === 0) return 0;
    const b = before(s);
    const a = after(s);
    const f = (b - s[k - 1]) / (b - a);
    return Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0;
  };
  const startOf = (s: Float64Array | undefined) => Math.max(0, o.tS[k - 1 >= 0 ? k - 1 : 0] - (k > 0 ? partial(s) * intervalS : intervalS));
  const common = { frame: k, baselineEnd: base, hitLoss: 0, factor: 1, forS: 0 };

  // The deepest frame right after the break: a cache that refills fast has climbed back within a few.
  const hitLoss = hit ? (before(hit) - Math.min(hit[k], hit[k + 1] ?? hit[k], hit[k + 2] ?? hit[k])) / before(hit) : 0;
  if (hitLoss > 0.25) return { ...common, kind: 'flush', atS: startOf(hit), hitLoss: Math.min(1, hitLoss) };

  const utilBase = before(util);
  if (util && utilBase > 0.2 && after(util) < 0.1 * utilBase) {
    let idle = 0;
    while (k + idle < n && util[k + idle] < 0.1 * utilBase) idle++;
    return { ...common, kind: 'outage', atS: startOf(util), forS: idle * intervalS };
  }
  const jump = load ? after(load) / before(load) : 1;
  if (jump > 1.3) {
    let high = 0;
    while (k + high < n && load![k + high] > 1.15 * before(load)) high++;
    return { ...common, kind: 'spike', atS: startOf(load), factor: jump, forS: high * intervalS };
  }
  return { ...common, kind: 'db-slowdown', atS: startOf(sh ?? util), factor: 3, forS: 10 };
}
