/**
 * The numbers that decide whether a mitigation helps: bucket size, breaker threshold, CoDel target,
 * staleness window… one compact slider each, shown under its switch. Bounds are the useful range for
 * the lab (inside the schema's allowed range); values read with their units.
 */
import type { Params, ParamsPatch } from '../../sim/scenario';
import { MITIGATION_GROUPS, mitigationById } from '../../mitigations/catalog';
import { formatCount } from '../format';

export interface MitigationSetting {
  /** Mitigation id it belongs to, or a group id for a group-wide setting (the cache's TTL). */
  owner: string;
  section: keyof Params;
  field: string;
  label: string;
  min: number;
  max: number;
  step: number;
  /** Text with units, for the value display and aria-valuetext. */
  text: (v: number) => string;
  /** Short form for chart marks, e.g. "CoDel target 5 ms". */
  mark: (v: number) => string;
}

const ms = (v: number) => `${formatCount(v)} ms`;
const s = (v: number) => (v === 0 ? 'off' : `${formatCount(v / 1000)} s`);
const pct = (v: number) => `${Math.round(v * 100)}%`;

function setting(
  owner: string,
  path: `${keyof Params}.${string}`,
  label: string,
  range: [number, number, number],
  text: (v: number) => string,
): MitigationSetting {
  const [section, field] = path.split('.') as [keyof Params, string];
  // Marks name the switch too: "CoDel shedding target 10 ms" reads alone on a chart.
  const ownerLabel = mitigationById(owner)?.label ?? MITIGATION_GROUPS.find((g) => g.id === owner)?.label ?? owner;
  return { owner, section, field, label, min: range[0], max: range[1], step: range[2], text, mark: (v) => `${ownerLabel} ${lowerFirst(label)} ${text(v)}` };
}

/** "Bucket" → "bucket", but "TTL" stays. */
const lowerFirst = (w: string) => (/^[A-Z][a-z]/.test(w) ? w[0].toLowerCase() + w.slice(1) : w);

export const SETTINGS: readonly MitigationSetting[] = [
  setting('retry-budget', 'client.budgetTokens', 'Bucket', [10, 2000, 10], (v) => `${formatCount(v)} tokens`),
  setting('retry-budget', 'client.budgetTimeoutCost', 'Timeout retry cost', [0, 50, 1], (v) => `${formatCount(v)} tokens`),
  setting('circuit-breaker', 'client.breakerFailureRate', 'Opens at', [0.1, 1, 0.05], (v) => `${pct(v)} failed`),
  setting('circuit-breaker', 'client.breakerOpenMs', 'Stays open', [500, 30_000, 500], ms),
  setting('retry-after', 'shedding.retryAfterMs', 'Retry-after', [0, 10_000, 100], ms),
  setting('cache', 'cache.ttlMs', 'TTL', [0, 600_000, 5000], s),
  setting('stale-while-revalidate', 'cache.staleMs', 'Staleness window', [1000, 300_000, 1000], s),
  setting('ttl-jitter', 'cache.ttlJitter', 'Jitter', [0.05, 1, 0.05], pct),
  setting('xfetch', 'cache.xfetchBeta', 'β', [0.1, 5, 0.1], (v) => v.toFixed(1)),
  setting('warm-up', 'cache.warmupRps', 'Rate', [10, 5000, 10], (v) => `${formatCount(v)} keys/s`),
  setting('warm-up', 'cache.warmupMaxUtil', 'Pause above DB', [0.1, 1, 0.05], (v) => `${pct(v)} busy`),
  setting('adaptive-lifo', 'db.lifoAfterMs', 'Newest first after', [0, 2000, 10], ms),
  setting('short-queue', 'db.queueLimit', 'Bound', [1, 1000, 1], (v) => `${formatCount(v)} queries`),
  setting('queue-delay-shedding', 'shedding.maxQueueDelayMs', 'Shed above', [10, 2000, 10], ms),
  setting('concurrency-limit', 'shedding.maxInFlight', 'Limit', [8, 1000, 8], (v) => `${formatCount(v)} queries`),
  setting('codel', 'shedding.codelTargetMs', 'Target', [1, 200, 1], ms),
  setting('codel', 'shedding.codelIntervalMs', 'Interval', [10, 2000, 10], ms),
];

export const settingsOf = (owner: string) => SETTINGS.filter((x) => x.owner === owner);

export function readSetting(x: MitigationSetting, p: Params): number {
  return Number((p[x.section] as unknown as Record<string, unknown>)[x.field]);
}

/** The change that puts the setting at `v` (snapped to its step, as the schema wants whole ints where it does). */
export function settingPatch(x: MitigationSetting, v: number): ParamsPatch {
  const snapped = Math.round(v / x.step) * x.step;
  const value = Number(Math.min(x.max, Math.max(x.min, snapped)).toPrecision(12));
  return { [x.section]: { [x.field]: value } } as ParamsPatch;
}

/** The setting a one-field change touches, if any (for readable chart marks). */
export function settingFor(section: string, field: string): MitigationSetting | undefined {
  return SETTINGS.find((x) => x.section === section && x.field === field);
}
