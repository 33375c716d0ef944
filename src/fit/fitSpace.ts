/**
 * The parameters the fit searches, how each is stepped, and how a point of the search becomes an
 * ordinary scenario document. Two choices keep the search well posed:
 * - the database is searched as capacity (queries/s) and service time; workers follow (whole), and
 *   the service time is then nudged so the capacity stays exactly as searched;
 * - the cache size is not searched: it follows from the observed warm hit rate by Che's
 *   approximation for the key popularity being tried, so every point reproduces the warm hit rate.
 */
import { parseScenario } from '../sim/parseScenario';
import type { Scenario, ScenarioEvent } from '../sim/scenario';
import { capacityForHitRate, hottestKeysForShare, keysForHitRate } from './cheInverse';
import type { TriggerKind } from './traceBreak';

export const FIT_PARAMS = {
  'workload.rps': {
    scale: 'log',
    min: 0.1,
    max: 1_000_000,
    step: Math.log(1.1),
    minStep: Math.log(1.01),
    int: false,
    doc: 'arrival rate of new requests, req/s',
  },
  'workload.zipf': { scale: 'linear', min: 0.3, max: 2, step: 0.1, minStep: 0.01, int: false, doc: 'Zipf exponent of key popularity' },
  'db.capacityQps': {
    scale: 'log',
    min: 0.5,
    max: 1_000_000,
    step: Math.log(1.2),
    minStep: Math.log(1.01),
    int: false,
    doc: 'database capacity (workers × 1000 / serviceMs), queries/s',
  },
  'db.serviceMs': { scale: 'log', min: 0.05, max: 60_000, step: Math.log(1.5), minStep: Math.log(1.05), int: false, doc: 'mean query service time, ms' },
  'db.queueLimit': {
    scale: 'log',
    min: 1,
    max: 10_000_000,
    step: Math.log(1.5),
    minStep: Math.log(1.03),
    int: true,
    doc: 'bound of the database wait queue, queries',
  },
  'client.timeoutMs': { scale: 'log', min: 10, max: 3_600_000, step: Math.log(1.3), minStep: Math.log(1.02), int: false, doc: 'per-attempt timeout, ms' },
  'client.retries': { scale: 'linear', min: 0, max: 20, step: 1, minStep: 1, int: true, doc: 'retries after a failed attempt' },
  'trigger.atS': { scale: 'linear', min: 0, max: 86_400, step: 0.5, minStep: 0.05, int: false, doc: 'moment of the trigger, s' },
  'trigger.factor': {
    scale: 'log',
    min: 0.01,
    max: 100,
    step: Math.log(1.3),
    minStep: Math.log(1.02),
    int: false,
    doc: 'spike load factor or slowdown factor',
  },
  'trigger.forS': { scale: 'log', min: 0.5, max: 86_400, step: Math.log(1.5), minStep: Math.log(1.05), int: false, doc: 'how long the trigger lasts, s' },
} as const;

export type FitParamName = keyof typeof FIT_PARAMS;
export const FIT_PARAM_NAMES = Object.keys(FIT_PARAMS) as FitParamName[];
export type FitValues = Partial<Record<FitParamName, number>>;

/** Fields of the document the user may fix (`--fix db.workers=8`), with the parameters they replace. */
export type Fixed = Record<string, number>;

/** What the trace says and the search does not change. */
export interface FitContext {
  durationS: number;
  intervalMs: number;
  seed: number;
  /** Observed warm hit rate (the cache size follows from it). */
  warmHitRate: number;
  /** The cache's size when the trace shows it (cache entries before the trigger); the key count then follows. */
  observedCapacity?: number;
  kind: TriggerKind | 'none';
  /** Flush: share of the warm hit rate lost at once (1: the whole cache; below, the hottest keys only). */
  hitLoss: number;
  fixed: Fixed;
}

export const DEFAULT_KEYS = 100_000;

export const toCoord = (name: FitParamName, v: number): number => (FIT_PARAMS[name].scale === 'log' ? Math.log(v) : v);
export function fromCoord(name: FitParamName, c: number): number {
  const p = FIT_PARAMS[name];
  const v = Math.min(p.max, Math.max(p.min, p.scale === 'log' ? Math.exp(c) : c));
  return p.int ? Math.round(v) : v;
}

/** Parameters the search moves: those the trigger kind uses, minus everything the user fixed. */
export function freeParams(ctx: FitContext): FitParamName[] {
  const f = ctx.fixed;
  const used: FitParamName[] = ['workload.rps', 'workload.zipf', 'db.capacityQps', 'db.serviceMs', 'db.queueLimit', 'client.timeoutMs', 'client.retries'];
  if (ctx.kind !== 'none') used.push('trigger.atS');
  if (ctx.kind === 'spike' || ctx.kind === 'db-slowdown') used.push('trigger.factor', 'trigger.forS');
  if (ctx.kind === 'outage') used.push('trigger.forS');
  return used.filter((n) => {
    if (n in f) return false;
    if (n === 'db.serviceMs') return !('db.workers' in f || 'db.serviceMs' in f);
    if (n === 'db.capacityQps') return !('db.workers' in f && 'db.serviceMs' in f);
    return !(n in f);
  });
}

const r3 = (v: number) => Number(v.toPrecision(4));

function triggerEvent(ctx: FitContext, v: FitValues, keys: number, zipf: number, capacity: number): ScenarioEvent[] {
  const atS = r3(v['trigger.atS'] ?? 0);
  switch (ctx.kind) {
    case 'none':
      return [];
    case 'flush': {
      if (ctx.hitLoss >= 1) return [{ atS, type: 'flush' }];
      // Partial: the hottest keys that carried the lost share of the hits.
      return [{ atS, type: 'flush', hottest: Math.min(capacity, hottestKeysForShare(keys, zipf, ctx.hitLoss * ctx.warmHitRate)) }];
    }
    case 'outage':
      return [{ atS, type: 'outage', forS: r3(v['trigger.forS'] ?? 10) }];
    case 'spike':
      return [{ atS, type: 'spike', factor: Math.min(100, r3(v['trigger.factor'] ?? 2)), forS: r3(v['trigger.forS'] ?? 10) }];
    case 'db-slowdown':
      return [{ atS, type: 'db-slowdown', factor: r3(v['trigger.factor'] ?? 3), forS: r3(v['trigger.forS'] ?? 10) }];
  }
}

/** The scenario document for one point of the search (fixed fields win over everything). */
export function buildScenario(ctx: FitContext, v: FitValues, title = 'Fitted from observed metrics'): Scenario {
  const f = ctx.fixed;
  const zipf = r3(f['workload.zipf'] ?? v['workload.zipf'] ?? 1.1);
  let keys: number;
  let capacity: number;
  if (ctx.observedCapacity !== undefined && !('workload.keys' in f)) {
    // The trace shows the cache's size: the key count follows from it and the warm hit rate.
    capacity = f['cache.capacity'] ?? ctx.observedCapacity;
    keys = keysForHitRate(zipf, capacity, ctx.warmHitRate);
  } else {
    keys = f['workload.keys'] ?? DEFAULT_KEYS;
    capacity = f['cache.capacity'] ?? capacityForHitRate(keys, zipf, ctx.warmHitRate);
  }
  const qps = v['db.capacityQps'] ?? 100;
  let workers: number;
  let serviceMs: number;
  if ('db.workers' in f && 'db.serviceMs' in f) {
    workers = f['db.workers'];
    serviceMs = f['db.serviceMs'];
  } else if ('db.workers' in f) {
    workers = f['db.workers'];
    serviceMs = (workers * 1000) / qps;
  } else {
    const s = f['db.serviceMs'] ?? v['db.serviceMs'] ?? 20;
    workers = Math.max(1, Math.round((qps * s) / 1000));
    serviceMs = 'db.serviceMs' in f ? s : (workers * 1000) / qps;
  }
  const doc = {
    version: 1,
    title,
    seed: f.seed ?? ctx.seed,
    durationS: ctx.durationS,
    intervalMs: ctx.intervalMs,
    workload: { mode: 'open', rps: r3(f['workload.rps'] ?? v['workload.rps'] ?? 100), keys, zipf },
    cache: { capacity, warm: true },
    db: { workers, serviceMs: r3(Math.min(60_000, Math.max(0.01, serviceMs))), queueLimit: Math.round(f['db.queueLimit'] ?? v['db.queueLimit'] ?? 5000) },
    client: { timeoutMs: r3(f['client.timeoutMs'] ?? v['client.timeoutMs'] ?? 1000), retries: Math.round(f['client.retries'] ?? v['client.retries'] ?? 3) },
    events: triggerEvent(ctx, v, keys, zipf, capacity),
  };
  // Any other fixed field of the document (e.g. client.backoff is not numeric, so only numbers here).
  for (const [path, value] of Object.entries(f)) {
    const [section, field] = path.split('.');
    const sec = (doc as Record<string, unknown>)[section];
    if (field !== undefined && typeof sec === 'object' && sec !== null) (sec as Record<string, unknown>)[field] = value;
  }
  const parsed = parseScenario(doc);
  if (parsed.errors.length > 0) throw new Error(`fit built an invalid scenario: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}
