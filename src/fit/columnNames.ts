/**
 * Recognises column and series names: the lab's own names exactly, and the usual dashboard names
 * (with a unit in the name when there is one). Anything else is left for the user to map.
 */
import { OBSERVED_METRIC_NAMES, quantityOf, type ObservedMetric } from './observed';
import type { Unit } from './units';

export interface ColumnGuess {
  metric: ObservedMetric;
  /** Unit named by the column (undefined: the name does not say; the lab unit or a guess applies). */
  unit?: Unit;
}

/** Lower case, every run of other characters one underscore: "DB CPU (%)" → "db_cpu_". */
export const normaliseName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/%/g, '_percent_')
    .replace(/[^a-z0-9.]+/g, '_');

const TIME_NAMES = new Set(['t_s', 'time', 'timestamp', 'ts', 't', 'date', 'datetime', 'time_s', 'seconds']);
export const isTimeColumn = (name: string): boolean => TIME_NAMES.has(normaliseName(name).replace(/^_|_$/g, ''));

/** Units spelled in a name, most specific first. */
const UNIT_PATTERNS: [RegExp, Unit][] = [
  [/(^|_)(percent|pct|percentage)(_|$)/, 'percent'],
  [/(^|_)ratio(_|$)/, 'ratio'],
  [/(^|_)(ms|millis|milliseconds)(_|$)/, 'ms'],
  [/(^|_)(per_minute|per_min|rpm|qpm|min)(_|$)/, 'per-minute'],
  [/(^|_)(per_second|per_sec|rps|qps|ps)(_|$)/, 'per-second'],
  [/(^|_)(s|sec|secs|seconds)(_|$)/, 's'],
];

/** Dashboard words for each metric, checked in this order (the first match wins). */
const ROLE_PATTERNS: [RegExp, ObservedMetric][] = [
  [/p99|99th|0\.99|quantile_99/, 'p99_ms'],
  [/p95|95th|0\.95/, 'p95_ms'],
  [/p50|median|0\.5(_|$)/, 'p50_ms'],
  [/hit/, 'hit_rate'],
  [/cpu|util|busy/, 'db_util'],
  [/wast/, 'wasted_rps'],
  [/waiter|queue|pending/, 'queue_depth'],
  [/timeout|timed_out/, 'timeout_rps'],
  [/shed/, 'shed_rps'],
  [/reject|error|5xx|fail/, 'rejected_rps'],
  [/success|goodput|(^|_)ok(_|$)|2xx|served/, 'goodput_rps'],
  [/first|new_req|arrival/, 'first_rps'],
  [/entries|items|cache_size|keys/, 'cache_entries'],
  [/request|attempt|(^|_)(rps|qps)(_|$)|traffic|throughput|offered/, 'offered_rps'],
];

/** The metric and unit a column name stands for, or undefined when the name says nothing we know. */
export function guessColumn(name: string): ColumnGuess | undefined {
  const n = normaliseName(name);
  const exact = n.replace(/^_|_$/g, '');
  if ((OBSERVED_METRIC_NAMES as string[]).includes(exact)) return { metric: exact as ObservedMetric };
  const role = ROLE_PATTERNS.find(([re]) => re.test(n));
  if (!role) return undefined;
  const metric = role[1];
  const q = quantityOf(metric);
  // Only a unit that fits the quantity counts: "rps" in "p99 of rps endpoint" says nothing about latency.
  const unit = UNIT_PATTERNS.find(([re, u]) => re.test(n) && unitFits(u, q))?.[1];
  return unit ? { metric, unit } : { metric };
}

function unitFits(u: Unit, q: ReturnType<typeof quantityOf>): boolean {
  if (q === 'ratio') return u === 'percent' || u === 'ratio';
  if (q === 'latency') return u === 'ms' || u === 's';
  if (q === 'rate') return u === 'per-minute' || u === 'per-second';
  return false;
}
