/**
 * What a scenario will cost before it runs: memory (bytes) and simulation work (events), from its
 * parameters alone. A link or file is untrusted: a valid one can still ask for a million requests a
 * second with an hour's timeout, which grows without bound. The page, the map and the CLI compare
 * these estimates with the thresholds below and ask (or warn) before running.
 *
 * The figures are upper estimates, from the sizes of the core's own stores (typed arrays, see
 * lru.ts, zipf.ts, requestPool.ts, queryPool.ts): they may overstate a run that stays healthy, never
 * understate a run that does not. Requests and queries count up to the simulation's caps
 * (limits.ts), past which a run drops what it cannot hold instead of growing.
 */
import { MAX_QUEUED_QUERIES, MAX_REQUESTS_IN_FLIGHT } from './limits';
import { METRIC_COUNT } from './metrics';
import type { Scenario } from './scenario';
import { TIER_METRIC_COUNT } from './stackSchema';

/** Bytes per key: the LRU's links, expiry and refresh slots (24), in-flight and key-version slots (8). */
export const BYTES_PER_KEY = 32;
/** Bytes per key of one Zipf alias table; a script that changes the key space keeps a second one. */
export const BYTES_PER_KEY_TABLE = 12;
/** Bytes per key while the Zipf table is built (popularity and two worklists), freed afterwards. */
export const BUILD_BYTES_PER_KEY = 16;
/** Bytes per caller operation in flight: request slots, its timeout and its heap events. */
export const BYTES_PER_REQUEST = 96;
/** Bytes per query waiting at or running in the database. */
export const BYTES_PER_QUERY = 48;
/** Simulated events per attempt: arrival, cache lookup, query, answer or timeout. */
export const EVENTS_PER_ATTEMPT = 4;
/** Events per wall-clock second a slow phone's worker manages (a laptop does 5–6 million). */
export const SLOW_DEVICE_EVENTS_PER_S = 1_500_000;
/** The page keeps at most this many frames of a run (src/app/runtime/runData.ts). */
const PAGE_FRAMES_KEPT = 50_000;

/** Above this a link or file is not run without asking: a phone's tab dies not far beyond. */
export const ASK_ABOVE_BYTES = 300 * 1024 * 1024;
/** Above this much work (a slow device's wall-clock seconds for the whole run at Max), ask too. */
export const ASK_ABOVE_WALL_S = 600;

export interface Cost {
  /** Peak memory of the run, bytes (worker and page together). */
  bytes: number;
  /** Where the bytes go, largest first, for the message. */
  parts: { what: string; bytes: number }[];
  /** Simulated events over the whole run. */
  events: number;
  /** Wall-clock seconds the whole run takes at Max on a slow device. */
  slowDeviceS: number;
}

/**
 * Attempts per user request arriving at each hop of the path, at worst: the first tier (or, without a
 * stack, the cache and database) gets every client attempt, 1 + client.retries; each service tier
 * multiplies what it passes down by its own 1 + retries (an `errors` fault answers at once, so with
 * no backoff nothing but the retry count bounds it). A tier's retry budget bounds its retries over the
 * run to `retryBudget` per first call (plus the budget's starting tokens, counted once per tier, see
 * budgetStartCalls), so a budgeted tier multiplies by 1 + min(retries, retryBudget). Cache tiers pass
 * at most every call down. The last entry is the look-aside cache and database below the stack.
 */
export function attemptsPerHop(s: Scenario): number[] {
  const hops = [s.client.retries + 1];
  for (const t of s.stack ?? []) {
    const above = hops[hops.length - 1];
    if (t.kind === 'cache') hops.push(above);
    else hops.push(above * (1 + (t.retryBudget > 0 ? Math.min(t.retries, Math.ceil(t.retryBudget)) : t.retries)));
  }
  return hops;
}

/** Tokens a tier's retry budget starts with (tierRuntime.ts): retries it may make beyond its share. */
const TIER_BUDGET_START = 100;

/**
 * Calls the starting tokens of the budgeted tiers may add over the whole run: each such retry is one
 * more call into the tier below, multiplied by every tier under it.
 */
function budgetStartCalls(s: Scenario): number {
  const stack = s.stack ?? [];
  let calls = 0;
  stack.forEach((t, i) => {
    if (t.kind !== 'service' || t.retryBudget <= 0) return;
    let below = TIER_BUDGET_START;
    let hops = below;
    for (const u of stack.slice(i + 1)) {
      if (u.kind === 'service') below *= 1 + u.retries;
      hops += below;
    }
    calls += hops;
  });
  return calls;
}

/** Attempts per user request summed over every hop: how much work one request can cause. */
export function attemptsPerRequest(s: Scenario): number {
  return attemptsPerHop(s).reduce((n, a) => n + a, 0);
}

/** Caller operations in flight at worst: every arrival waiting its full timeout, on every attempt. */
function peakRequests(s: Scenario): number {
  const w = s.workload;
  const attempts = s.client.retries + 1;
  if (w.mode === 'closed') return w.clients;
  const lifeS = Math.min(s.durationS, (s.client.timeoutMs / 1000) * attempts);
  // A stack's calls are operations in flight too, as many (at worst) as the attempts at each hop.
  return Math.ceil(w.rps * lifeS * (attemptsPerRequest(s) / attempts));
}

/**
 * A closed loop's request rate at most: each client sends again one think time (exponential, mean
 * thinkMs) after its last answer, and a failure can answer at once (a full queue), so clients ÷
 * thinkMs bounds it. Without think time nothing does: a client whose request fails at once sends
 * again at the same instant, and the run may never get past that moment (the estimate is infinite).
 */
function closedLoopRps(s: Scenario): number {
  return s.workload.thinkMs > 0 ? (s.workload.clients * 1000) / s.workload.thinkMs : Infinity;
}

/** The largest key space and arrival rate a run reaches, its scripted changes included. */
function largest(s: Scenario): { keys: number; tables: number; rps: number } {
  let keys = s.workload.keys;
  let tables = 1;
  let rps = s.workload.mode === 'open' ? s.workload.rps : closedLoopRps(s);
  for (const ev of s.events) {
    if (ev.type !== 'set') continue;
    const w = (ev.changes as { workload?: { keys?: number; rps?: number } }).workload;
    if (w?.keys !== undefined) {
      keys = Math.max(keys, w.keys);
      tables = 2;
    }
    if (w?.rps !== undefined) rps = Math.max(rps, w.rps);
  }
  return { keys, tables, rps };
}

/** Requests in flight at worst, before the simulation's cap. */
function uncappedPeak(s: Scenario, rps: number): number {
  return Math.max(peakRequests(s), Math.ceil(peakRequests({ ...s, workload: { ...s.workload, rps } })));
}

/**
 * Whether a run may reach one of the simulation's memory caps (limits.ts) and drop requests there:
 * the page then shows the dropped line on the failures chart.
 */
export function mayReachCaps(s: Scenario): boolean {
  const peak = uncappedPeak(s, largest(s).rps);
  return peak >= MAX_REQUESTS_IN_FLIGHT || Math.min(peak, s.db.queueLimit) >= MAX_QUEUED_QUERIES;
}

/** Estimates a parsed scenario's cost. Pure and quick: no simulation is built. */
export function estimateCost(s: Scenario): Cost {
  // Keys can grow through scripted changes: the largest key space of the run counts.
  const { keys, tables, rps } = largest(s);
  const uncapped = uncappedPeak(s, rps);
  const peak = Math.min(uncapped, MAX_REQUESTS_IN_FLIGHT);
  // Queries can outlive their callers (a timed-out attempt's query still waits), so they have their own cap.
  const queries = Math.min(uncapped, s.db.queueLimit + s.db.workers, MAX_QUEUED_QUERIES + s.db.workers);
  const frames = Math.ceil((s.durationS * 1000) / s.intervalMs);
  // Each tier adds its own columns to every frame (tier frames, kept by the worker and the page).
  const frameNumbers = METRIC_COUNT + (s.stack?.length ?? 0) * TIER_METRIC_COUNT;
  const parts = [
    {
      what: `${formatCountShort(keys)} keys (cache and popularity tables)`,
      bytes: keys * (BYTES_PER_KEY + tables * BYTES_PER_KEY_TABLE + BUILD_BYTES_PER_KEY),
    },
    { what: `${formatCountShort(peak)} requests in flight`, bytes: peak * BYTES_PER_REQUEST },
    { what: `${formatCountShort(queries)} database queries queued`, bytes: queries * BYTES_PER_QUERY },
    { what: `${formatCountShort(frames)} metric frames`, bytes: (frames + Math.min(frames, PAGE_FRAMES_KEPT)) * frameNumbers * 8 },
  ].sort((a, b) => b.bytes - a.bytes);
  const bytes = parts.reduce((n, p) => n + p.bytes, 0);
  // Every attempt at every hop, each a handful of events.
  // Each frame, scripted event and fault's end is one event more.
  const events = (rps * s.durationS * attemptsPerRequest(s) + budgetStartCalls(s)) * EVENTS_PER_ATTEMPT + frames + 2 * s.events.length;
  return { bytes, parts, events, slowDeviceS: events / SLOW_DEVICE_EVENTS_PER_S };
}

/** Whether a scenario from outside (a link, a file) should only run after the user agrees. */
export function needsConsent(c: Cost): boolean {
  return c.bytes > ASK_ABOVE_BYTES || c.slowDeviceS > ASK_ABOVE_WALL_S;
}

/**
 * A map computed in the page shows its progress and can be cancelled at any moment, so its work is
 * asked about above an afternoon on a slow phone (the default 12 × 12 map is well under an hour);
 * its memory, all cells running at once, has the same threshold as one run.
 */
export const ASK_ABOVE_MAP_WALL_S = 4 * 3600;

/** Whether a whole map grid (estimateBatchCost of its cells) should only be computed after the user agrees. */
export function mapNeedsConsent(c: Cost): boolean {
  return c.bytes > ASK_ABOVE_BYTES || c.slowDeviceS > ASK_ABOVE_MAP_WALL_S;
}

/** "1.2 GB", "340 MB": bytes as a person reads them. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024 * 1024) return `${Math.round(mb / (1024 * 1024)).toLocaleString('en-US')} TB`;
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(mb))} MB`;
}

/** "10 M", "3.6 k": counts in messages. */
function formatCountShort(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} million`;
  if (n >= 1e4) return `${Math.round(n / 1e3)} thousand`;
  return String(n);
}

/** One paragraph for a dialog or a CLI warning: what it will cost, and where most of it goes. */
export function describeCost(c: Cost): string {
  const main = c.parts.filter((p) => p.bytes >= c.bytes * 0.1).map((p) => `${p.what}: ${formatBytes(p.bytes)}`);
  const minutes = c.slowDeviceS / 60;
  const span = minutes >= 2880 ? `${Math.round(minutes / 1440)} days` : minutes >= 90 ? `${(minutes / 60).toFixed(1)} hours` : `${Math.round(minutes)} minutes`;
  const time = !Number.isFinite(minutes)
    ? 'computing without end (clients with no think time can send again at the same instant)'
    : minutes >= 1
      ? `about ${span} of computing at Max on a phone`
      : 'under a minute of computing';
  return `This scenario may use up to ${formatBytes(c.bytes)} of memory (${main.join('; ')}) and ${time}.`;
}

/**
 * The cost of many runs on `workers` parallel workers (a map or a sweep): each worker holds one run
 * at a time, so memory is the costliest run times the workers in use; work adds up, and is shared
 * among the workers.
 */
export function estimateBatchCost(runs: readonly Scenario[], workers: number): Cost {
  const inParallel = Math.max(1, Math.min(workers, runs.length));
  let costliest: Cost | null = null;
  let events = 0;
  for (const s of runs) {
    const c = estimateCost(s);
    events += c.events;
    if (costliest === null || c.bytes > costliest.bytes) costliest = c;
  }
  if (costliest === null) return { bytes: 0, parts: [], events: 0, slowDeviceS: 0 };
  const parts = costliest.parts.map((p) => ({ what: `${inParallel} × ${p.what}`, bytes: p.bytes * inParallel }));
  return { bytes: costliest.bytes * inParallel, parts, events, slowDeviceS: events / SLOW_DEVICE_EVENTS_PER_S / inParallel };
}
