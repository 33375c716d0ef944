/**
 * The live controls as data: what each slider shows, its range, how a slider position maps to a
 * parameter change and how it reads aloud. Bounds come from the scenario schema where they exist.
 */
import { bestDbQps, saturatedDbQps } from '../../sim/dbThroughput';
import { SECTIONS } from '../../sim/schema';
import type { Params, ParamsPatch } from '../../sim/scenario';
import { formatCount } from '../format';

export type ControlId = 'cacheSize' | 'dbCapacity' | 'retries' | 'shedding' | 'load' | 'timeout';

export interface ControlSpec {
  id: ControlId;
  /** Visible label; lessons, docs and browser tests find the control by it, so it is stable. */
  label: string;
  /** One line under the label: what the knob does in the model. */
  hint: string;
  min: (p: Params) => number;
  max: (p: Params) => number;
  step: (p: Params) => number;
  /** Slider position for the parameters in force. */
  fromParams: (p: Params) => number;
  /** The change that puts the simulation at slider position `v`. */
  toPatch: (v: number, p: Params) => ParamsPatch;
  /** Text for the value display and aria-valuetext, with units. */
  valueText: (v: number, p: Params) => string;
}

/** Queue-delay thresholds offered by the Load shedding slider, ms; position 0 is "off". */
export const SHEDDING_STEPS_MS = [0, 10, 20, 50, 100, 200, 500, 1000, 2000] as const;

/** Capacity of one database worker in queries/s. */
export const workerQps = (p: Params) => 1000 / p.db.serviceMs;

/** Database capacity in queries/s for a worker count. */
export const dbQps = (p: Params, workers = p.db.workers) => workers * workerQps(p);

/** Workers needed for a requested capacity: round(qps × serviceMs / 1000), at least 1. */
export const workersFor = (qps: number, p: Params) => Math.max(1, Math.round((qps * p.db.serviceMs) / 1000));

function sheddingPosition(p: Params): number {
  if (p.shedding.mode !== 'queue-delay') return 0;
  // Nearest offered step, so a scripted threshold still lands on the slider.
  let best = 1;
  for (let i = 1; i < SHEDDING_STEPS_MS.length; i++) {
    if (Math.abs(SHEDDING_STEPS_MS[i] - p.shedding.maxQueueDelayMs) < Math.abs(SHEDDING_STEPS_MS[best] - p.shedding.maxQueueDelayMs)) best = i;
  }
  return best;
}

export const CONTROLS: readonly ControlSpec[] = [
  {
    id: 'load',
    label: 'Load',
    hint: 'New requests per second, whatever the system does (open loop)',
    min: () => 0,
    // Room above the scenario's own value, whatever it is.
    max: (p) => Math.max(10_000, p.workload.rps),
    step: () => 100,
    fromParams: (p) => p.workload.rps,
    toPatch: (v) => ({ workload: { rps: v } }),
    valueText: (v) => `${formatCount(v)} req/s`,
  },
  {
    id: 'cacheSize',
    label: 'Cache size',
    hint: 'LRU entries in front of the database',
    min: () => 0,
    max: (p) => Math.min(p.workload.keys, SECTIONS.cache.capacity.max),
    step: (p) => Math.max(1, Math.round(p.workload.keys / 100)),
    fromParams: (p) => p.cache.capacity,
    toPatch: (v) => ({ cache: { capacity: Math.round(v) } }),
    valueText: (v, p) => `${formatCount(v)} entries, ${Math.round((100 * v) / p.workload.keys)}% of keys`,
  },
  {
    id: 'dbCapacity',
    label: 'DB capacity',
    hint: 'Queries per second the database completes at full CPU',
    min: (p) => workerQps(p),
    max: (p) => dbQps(p, Math.max(100, p.db.workers)),
    step: (p) => workerQps(p),
    fromParams: (p) => dbQps(p),
    toPatch: (v, p) => ({ db: { workers: workersFor(v, p) } }),
    // With cores set, workers past the cores add no throughput: say what the database can complete,
    // and, past the contention knee, what it completes once every worker (connection) is busy.
    valueText: (v, p) => {
      const db = { ...p.db, workers: workersFor(v, p) };
      const best = bestDbQps(db);
      const busy = saturatedDbQps(db);
      return busy < best * 0.95
        ? `${formatCount(best)} queries/s, ${formatCount(busy)} all ${db.workers} busy`
        : `${formatCount(best)} queries/s, ${db.workers} workers`;
    },
  },
  {
    id: 'retries',
    label: 'Retries',
    hint: 'Extra attempts after a timeout, rejection or shed',
    min: () => 0,
    max: (p) => Math.max(10, p.client.retries),
    step: () => 1,
    fromParams: (p) => p.client.retries,
    toPatch: (v) => ({ client: { retries: Math.round(v) } }),
    valueText: (v) => (v === 1 ? '1 retry' : `${v} retries`),
  },
  {
    id: 'timeout',
    label: 'Timeout',
    hint: 'How long a client waits for one attempt',
    min: () => 100,
    max: (p) => Math.max(5000, p.client.timeoutMs),
    step: () => 100,
    fromParams: (p) => p.client.timeoutMs,
    toPatch: (v) => ({ client: { timeoutMs: v } }),
    valueText: (v) => `${formatCount(v)} ms`,
  },
  {
    id: 'shedding',
    label: 'Load shedding',
    hint: 'Refuse database work once the queue delay passes a threshold',
    min: () => 0,
    max: () => SHEDDING_STEPS_MS.length - 1,
    step: () => 1,
    fromParams: sheddingPosition,
    toPatch: (v) => (v <= 0 ? { shedding: { mode: 'off' } } : { shedding: { mode: 'queue-delay', maxQueueDelayMs: SHEDDING_STEPS_MS[Math.round(v)] } }),
    valueText: (v) => (v <= 0 ? 'off' : `at ${formatCount(SHEDDING_STEPS_MS[Math.round(v)])} ms queue delay`),
  },
];
