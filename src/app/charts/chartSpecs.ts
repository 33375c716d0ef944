/**
 * What each chart shows: its title, its series (metric column, legend text, colour, dash) and how
 * its latest value reads. Colours are Okabe–Ito (distinguishable with the common colour-vision
 * deficiencies) via CSS variables, so each theme can tune lightness; dashes back up colour.
 */
import { M } from '../../sim/metrics';
import { CHARACTERISTIC_THRESHOLD_MS, CHARACTERISTIC_WINDOW_FRAMES, D } from '../data/derivedMetrics';
import type { Params } from '../../sim/scenario';
import type { Capacities } from '../../worker/protocol';
import { formatAmount, formatCount, formatMs, formatPercent } from '../format';

export interface SeriesSpec {
  col: number;
  label: string;
  /** CSS colour, usually a var() from styles/theme.css. */
  color: string;
  /** SVG stroke-dasharray, for telling lines apart without colour. */
  dash?: string;
  /** Stroke width in px. */
  width?: number;
  /** A jumpy series (a tail percentile): drawn as a low–high band per few-pixel column with its median as the line. */
  band?: boolean;
  /** Frames where column `col` is 0 measured nothing for this series: its value reads `text`, its line has a gap. */
  emptyWhen?: { col: number; text: string };
}

/** A horizontal reference line: what the model predicts the metric should be, for comparison. */
export interface ReferenceLine {
  value: number;
  label: string;
  /** Where the label sits: 'start' (left, over the oldest data; default) or 'end' (right). */
  align?: 'start' | 'end';
}

export interface ChartSpec {
  id: string;
  title: string;
  /** What the chart teaches, one sentence (for the figure's accessible description). */
  about: string;
  series: readonly SeriesSpec[];
  /** Second caption line for single-series charts (multi-series charts show their legend there). */
  note?: string;
  /** What the headline value is of, shown on the chart next to its title ("p99 of every request"). */
  measured?: string;
  /** Index of the series whose latest value the caption shows large (default 0). */
  headline?: number;
  /** Formats a value of any series of this chart with its unit. */
  format: (v: number) => string;
  /** Fixed y domain (e.g. 0..1 for shares); otherwise a nice ceiling of the visible data. */
  fixedMax?: number;
  /**
   * With fixedMax: zoom to the data while it stays below this share of the maximum, stating the
   * scale on the chart (see yCeiling).
   */
  zoomBelow?: number;
  /** Smallest y ceiling, so a quiet chart is not all noise. */
  minCeiling?: number;
  /** Tick labels of the y axis. */
  tickFormat: (v: number) => string;
  /** Reference lines from the capacities and parameters in force (drawn dotted, labelled). */
  references?: (caps: Capacities, params: Params) => ReferenceLine[];
  /** A series whose threshold crossings are marked on the plot (the characteristic metric). */
  crossing?: { col: number; threshold: number };
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const short = (v: number) => compact.format(v);
/** 0.2 → "20%"; a zoomed axis's 0.005 steps keep their decimal ("0.5%"), never two "1%" ticks. */
const pct = (v: number) => {
  const p = Math.round(v * 1000) / 10;
  return Number.isInteger(p) ? `${p}%` : `${p.toFixed(1)}%`;
};

/** Percentiles of delivered answers measure nothing in a frame that delivered none: not 0 ms. */
const NO_ANSWERS = { col: M.goodput_rps, text: 'no answers' };

export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'goodput',
    title: 'Goodput',
    about: 'Answers delivered within the timeout, against offered load (first attempts plus retries) and first attempts alone.',
    series: [
      { col: M.offered_rps, label: 'offered', color: 'var(--c-vermillion)', width: 1.75 },
      { col: M.first_rps, label: 'first attempts', color: 'var(--ink-2)', dash: '5 4', width: 1.5 },
      { col: M.goodput_rps, label: 'goodput', color: 'var(--c-blue)', width: 3 },
    ],
    headline: 2,
    format: (v) => `${formatCount(v)} req/s`,
    // Load between the two lines: vulnerable. Below hidden: stable. Above advertised: overloaded.
    references: (c) => [
      ...(Number.isFinite(c.advertisedRps) ? [{ value: c.advertisedRps, label: 'advertised' }] : []),
      { value: c.hiddenRps, label: 'hidden' },
    ],
    minCeiling: 100,
    tickFormat: short,
  },
  {
    id: 'queue',
    title: 'Queue depth',
    about: 'Queries waiting for a database worker, averaged over each interval.',
    series: [{ col: M.queue_depth, label: 'waiting queries', color: 'var(--c-purple)', width: 2.5 }],
    note: 'queries waiting for a database worker (time-averaged)',
    format: (v) => `${formatAmount(v)} queries`,
    minCeiling: 10,
    tickFormat: short,
  },
  {
    id: 'hit',
    title: 'Hit rate',
    about: 'Share of lookups answered by the cache.',
    series: [{ col: M.hit_rate, label: 'hit rate', color: 'var(--c-green)', width: 2.5 }],
    note: "lookups answered by the cache; dotted: Che's prediction",
    format: (v) => formatPercent(v),
    fixedMax: 1,
    tickFormat: pct,
    references: (c) => [{ value: c.warmHitRate, label: 'warm (Che)' }],
  },
  {
    id: 'dbcpu',
    title: 'DB CPU',
    about: 'Share of database worker time busy, and the part of it spent on answers whose caller had already given up.',
    series: [
      { col: M.db_util, label: 'busy', color: 'var(--c-orange)', width: 2.5 },
      { col: D.wasted_util, label: 'on answers nobody waits for', color: 'var(--c-vermillion)', width: 2, dash: '5 3' },
    ],
    format: (v) => formatPercent(v),
    fixedMax: 1,
    // Reddit's 3% → 9% peaks (the page that woke the on-call) and Cloudflare's origin load are
    // flat lines on a 0–100% axis.
    zoomBelow: 0.25,
    tickFormat: pct,
  },
  {
    id: 'latency',
    title: 'Latency',
    about:
      'End-to-end latency from first attempt to answer. The headline is the p99 over every request, where a failed request counts with the time its caller waited before giving up; beside it the p99, p95 and p50 of served answers alone (which omit exactly the users who fail, and read "no answers" when nothing is served); and the characteristic metric: the shortest wait in the database queue over the last 10 s (a standing queue never drains below it), with its threshold and the moments it crossed it.',
    series: [
      // The headline is what users live through: every request, a failed one counted at the moment
      // its caller gave up. Percentiles of served answers alone omit exactly the users who fail
      // (coordinated omission), so they sit beside it, never in its place.
      { col: M.p99_all_ms, label: 'p99 all, failures too', color: 'var(--c-blue)', width: 2.5, band: true },
      { col: M.p99_ms, label: 'p99 served', color: 'var(--c-vermillion)', width: 2, dash: '6 3', band: true, emptyWhen: NO_ANSWERS },
      { col: M.p95_ms, label: 'p95 served', color: 'var(--c-orange)', width: 2, dash: '3 2', band: true, emptyWhen: NO_ANSWERS },
      { col: M.p50_ms, label: 'p50 served', color: 'var(--c-sky)', width: 2, emptyWhen: NO_ANSWERS },
      // CoDel's characteristic metric: the shortest queue wait over a sliding window. A queue that
      // never drains below it is a standing queue; its crossing of the threshold is marked.
      { col: D.char_min_ms, label: `min queue wait (${CHARACTERISTIC_WINDOW_FRAMES} s)`, color: 'var(--c-purple)', width: 2, dash: '2 3' },
    ],
    measured: 'p99 of every request',
    // A queue whose shortest wait exceeds the timeout serves only callers who already left.
    references: (_c, p) => [
      // At the right, so it never sits on the threshold's label when the two lines are close.
      { value: p.client.timeoutMs, label: `timeout ${formatCount(p.client.timeoutMs)} ms`, align: 'end' },
      { value: CHARACTERISTIC_THRESHOLD_MS, label: `threshold ${CHARACTERISTIC_THRESHOLD_MS} ms` },
    ],
    crossing: { col: D.char_min_ms, threshold: CHARACTERISTIC_THRESHOLD_MS },
    format: formatMs,
    minCeiling: 10,
    tickFormat: (v) => `${short(v)} ms`,
  },
  {
    id: 'failures',
    title: 'Retries, timeouts, shed',
    about: 'Retries sent, attempts that timed out, attempts refused by load shedding and by a full queue.',
    series: [
      { col: M.retry_rps, label: 'retries', color: 'var(--c-orange)', width: 2 },
      { col: M.timeout_rps, label: 'timeouts', color: 'var(--c-vermillion)', width: 2, dash: '6 3' },
      { col: M.shed_rps, label: 'shed', color: 'var(--c-green)', width: 2, dash: '2 3' },
      { col: M.rejected_rps, label: 'rejected', color: 'var(--c-purple)', width: 1.5, dash: '8 3 2 3' },
    ],
    format: (v) => `${formatCount(v)}/s`,
    minCeiling: 10,
    tickFormat: short,
  },
];

/** The four charts that tell the story of a metastable failure; the lab fills these from the start. */
export const CORE_CHART_IDS = ['goodput', 'queue', 'hit', 'dbcpu'] as const;
