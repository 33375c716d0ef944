/**
 * Presets of the stack of tiers: the failure modes that need more than one box on the request path
 * (retries at every layer, pools held while waiting below, load balancers, stale queues, layered
 * caches, an application tier whose scale-up hurts). Every number in a story was read off a run of
 * that very document; `expect` (whole-system columns) and `tierExpect` (per-tier columns) are what
 * test/presets proves on every change of the core.
 */
import type { TierMetricName } from '../sim/stackSchema';
import type { MetricName } from '../sim/metrics';
import type { Preset } from './types';

/** A claim about a tier's column, like PresetCheck, optionally divided by a whole-system column. */
export interface TierCheck {
  says: string;
  tier: string;
  metric: TierMetricName;
  /** Divide by the mean of this system column, or of another tier's column, over the same window. */
  per?: MetricName | { tier: string; metric: TierMetricName };
  window: string;
  agg?: 'mean' | 'min' | 'max';
  below?: number;
  above?: number;
}

export interface StackPreset extends Preset {
  tierExpect: TierCheck[];
}

/** A generous service tier: enough slots and queue that it never limits anything by itself. */
const roomy = { instances: 4, slots: 400, queueLimit: 1000 } as const;

const retryAmplification: StackPreset = {
  id: 'retry-amplification',
  title: 'Retry amplification: three layers that each retry',
  story:
    '500 req/s through web, api and app, each retrying its calls twice, and users retrying three times; at 40 s the database slows ×10 for 30 s.\n' +
    "The app tier sees five times the users' requests and the cache empties; a minute after the slowdown ended the database still serves only callers who left, and users wait 9 s at p99.",
  question: 'Which single layer would you let retry, and what happens to the database if only the users do?',
  scenario: {
    version: 2,
    title: 'Retry amplification: three layers that each retry',
    durationS: 140,
    workload: { rps: 500 },
    client: { timeoutMs: 3000, retries: 3 },
    stack: [
      { kind: 'service', name: 'web', ...roomy, serviceMs: 1, retries: 2, timeoutMs: 2000 },
      { kind: 'service', name: 'api', ...roomy, serviceMs: 1, retries: 2, timeoutMs: 1000 },
      { kind: 'service', name: 'app', ...roomy, serviceMs: 2, retries: 2, timeoutMs: 500 },
    ],
    events: [{ atS: 40, type: 'db-slowdown', factor: 10, forS: 30 }],
  },
  windows: [
    { label: 'healthy', fromS: 10, toS: 40 },
    { label: 'slowdown', fromS: 45, toS: 70 },
    { label: 'after', fromS: 100, toS: 140 },
  ],
  expect: [
    { says: 'healthy: every request answered', metric: 'goodput_rps', per: 'first_rps', window: 'healthy', above: 0.99 },
    { says: 'after: the database is saturated', metric: 'db_util', window: 'after', above: 0.99 },
    { says: 'after: all its work is for callers who left', metric: 'wasted_rps', per: 'db_rps', window: 'after', above: 0.95 },
    { says: 'after: the cache has emptied', metric: 'hit_rate', window: 'after', below: 0.2 },
    { says: "after: users' p99 is over 5 s", metric: 'p99_all_ms', window: 'after', above: 5000 },
  ],
  tierExpect: [
    { says: 'healthy: each tier sees each request once', tier: 'app', metric: 'rps_in', per: 'first_rps', window: 'healthy', below: 1.02 },
    { says: "slowdown: the app tier sees over four times the users' requests", tier: 'app', metric: 'rps_in', per: 'first_rps', window: 'slowdown', above: 4 },
    { says: 'slowdown: amplification grows down the path (api over 2×)', tier: 'api', metric: 'rps_in', per: 'first_rps', window: 'slowdown', above: 2 },
    { says: 'after: the amplification stays', tier: 'app', metric: 'rps_in', per: 'first_rps', window: 'after', above: 4 },
  ],
};

const gcDeathSpiral: StackPreset = {
  id: 'gc-death-spiral',
  title: 'GC death spiral: slower under load, loaded because slower',
  story:
    'An app tier 72% busy whose work slows once an instance holds three times its slots (garbage collection); at 30 s a 30% spike for 15 s.\n' +
    'The queue passes the knee, work slows, the queue grows: after the spike the tier stays 100% busy with full queues and answers nobody in time.',
  question:
    'The load is back to what the tier carried at 72%. Why can it not get back, and what would stop the spiral: more slots, a shorter queue, or shedding?',
  scenario: {
    version: 2,
    title: 'GC death spiral: slower under load, loaded because slower',
    durationS: 120,
    workload: { rps: 1500 },
    client: { timeoutMs: 1000, retries: 2 },
    cache: { capacity: 100_000 },
    db: { workers: 64 },
    stack: [{ kind: 'service', name: 'app', instances: 4, slots: 8, queueLimit: 500, serviceMs: 16, loadKnee: 3, loadSlowdown: 0.3, timeoutMs: 1000 }],
    events: [{ atS: 30, type: 'spike', factor: 1.3, forS: 15 }],
  },
  windows: [
    { label: 'healthy', fromS: 5, toS: 30 },
    { label: 'after', fromS: 80, toS: 120 },
  ],
  expect: [
    { says: 'healthy: every request answered', metric: 'goodput_rps', per: 'first_rps', window: 'healthy', above: 0.99 },
    { says: 'after: almost nothing is answered in time', metric: 'goodput_rps', per: 'first_rps', window: 'after', below: 0.05 },
  ],
  tierExpect: [
    { says: 'healthy: the app tier is under 80% busy', tier: 'app', metric: 'util', window: 'healthy', below: 0.8 },
    { says: 'after: the app tier is saturated', tier: 'app', metric: 'util', window: 'after', above: 0.99 },
    { says: 'after: its queues are full (4 × 500 calls)', tier: 'app', metric: 'queue', window: 'after', above: 1900 },
    { says: 'after: its p99 is many seconds', tier: 'app', metric: 'p99_ms', window: 'after', above: 5000 },
  ],
};

const connectionPoolExhaustion: StackPreset = {
  id: 'connection-pool-exhaustion',
  title: 'Connection-pool exhaustion: cache hits wait for database calls',
  story:
    '2,000 req/s, 89% answered by the cache, through an app tier of 4 × 25 slots that hold their slot while the database answers; at 30 s the database slows ×3 for 30 s.\n' +
    'Only the misses are slower, yet every slot is held by a call waiting on the database, hits queue behind them, and goodput falls to about 57% while the hit rate stays at 90%.',
  question: 'The small pool hurt every request during the slowdown. Why does the same slowdown leave a 400-slot app tier stuck after the database recovers?',
  scenario: {
    version: 2,
    title: 'Connection-pool exhaustion: cache hits wait for database calls',
    durationS: 120,
    workload: { rps: 2000 },
    client: { timeoutMs: 1000, retries: 2 },
    stack: [{ kind: 'service', name: 'app', instances: 4, slots: 25, queueLimit: 200, serviceMs: 1, timeoutMs: 1000 }],
    events: [{ atS: 30, type: 'db-slowdown', factor: 3, forS: 30 }],
  },
  windows: [
    { label: 'healthy', fromS: 10, toS: 30 },
    { label: 'slowdown', fromS: 35, toS: 60 },
    { label: 'after', fromS: 90, toS: 120 },
  ],
  expect: [
    { says: 'slowdown: the cache still answers most lookups', metric: 'hit_rate', window: 'slowdown', above: 0.85 },
    { says: 'slowdown: yet goodput falls below 70% of demand', metric: 'goodput_rps', per: 'first_rps', window: 'slowdown', below: 0.7 },
    { says: 'after: back to full goodput', metric: 'goodput_rps', per: 'first_rps', window: 'after', above: 0.99 },
  ],
  tierExpect: [
    { says: "healthy: the app's slots are under 10% held", tier: 'app', metric: 'util', window: 'healthy', below: 0.1 },
    { says: 'slowdown: every slot is held', tier: 'app', metric: 'util', window: 'slowdown', above: 0.99 },
    { says: 'slowdown: calls queue for a slot', tier: 'app', metric: 'queue', window: 'slowdown', above: 500 },
  ],
};

const lbSinkholing: StackPreset = {
  id: 'lb-sinkholing',
  title: 'Load-balancer sinkholing: least connections sends traffic to the crashed instance',
  story:
    'Five app instances behind a least-connections balancer; at 30 s one crashes and fails every call at once, for 30 s.\n' +
    'It always has the fewest connections, so it gets most calls and most retries: goodput falls to about 16%, where round-robin would lose one call in five and retry it.',
  question: 'One instance in five is down. Why does the balancer that looks smartest do the most harm, and what would a health check change?',
  scenario: {
    version: 2,
    title: 'Load-balancer sinkholing: least connections sends traffic to the crashed instance',
    durationS: 90,
    workload: { rps: 1000 },
    client: { timeoutMs: 1000, retries: 3 },
    stack: [{ kind: 'service', name: 'app', instances: 5, slots: 20, queueLimit: 100, serviceMs: 10, balancer: 'least-connections', timeoutMs: 1000 }],
    events: [{ atS: 30, type: 'tier-fault', tier: 'app', instance: 2, fault: 'crash', forS: 30 }],
  },
  windows: [
    { label: 'healthy', fromS: 10, toS: 30 },
    { label: 'crash', fromS: 30, toS: 60 },
    { label: 'after', fromS: 70, toS: 90 },
  ],
  expect: [
    { says: 'crash: goodput below a quarter of demand', metric: 'goodput_rps', per: 'first_rps', window: 'crash', below: 0.25 },
    { says: 'after: back to full goodput', metric: 'goodput_rps', per: 'first_rps', window: 'after', above: 0.99 },
  ],
  tierExpect: [
    {
      says: "crash: over 90% of the app tier's calls fail (one instance in five is down)",
      tier: 'app',
      metric: 'errors_rps',
      per: { tier: 'app', metric: 'rps_in' },
      window: 'crash',
      above: 0.9,
    },
    { says: "crash: users' retries triple the calls", tier: 'app', metric: 'rps_in', per: 'first_rps', window: 'crash', above: 3 },
  ],
};

const timeoutCascade: StackPreset = {
  id: 'timeout-cascade',
  title: 'Timeout cascade: high utilization and a long tail',
  story:
    'An app tier 72% busy with log-normal work (p99 ~8× the mean) behind a web tier that times out its calls at 150 ms and retries twice; at 30 s a 30% spike for 15 s.\n' +
    "Queues push the tail past the timeout, each timeout adds two calls, and the app tier stays saturated with nine times the users' requests and nothing answered in time.",
  question: 'With constant work or a 1 s timeout the same spike passes unnoticed. Which of the two would you change, and what does each cost?',
  scenario: {
    version: 2,
    title: 'Timeout cascade: high utilization and a long tail',
    durationS: 90,
    workload: { rps: 1000 },
    client: { timeoutMs: 2000, retries: 2 },
    cache: { capacity: 100_000 },
    db: { workers: 64 },
    stack: [
      { kind: 'service', name: 'web', instances: 4, slots: 200, queueLimit: 500, serviceMs: 1, retries: 2, backoffBaseMs: 10, timeoutMs: 150 },
      { kind: 'service', name: 'app', instances: 4, slots: 10, queueLimit: 500, serviceMs: 28, serviceDist: 'lognormal', sigma: 1.2, timeoutMs: 1000 },
    ],
    events: [{ atS: 30, type: 'spike', factor: 1.3, forS: 15 }],
  },
  windows: [
    { label: 'healthy', fromS: 10, toS: 30 },
    { label: 'after', fromS: 60, toS: 90 },
  ],
  expect: [
    { says: 'healthy: every request answered', metric: 'goodput_rps', per: 'first_rps', window: 'healthy', above: 0.99 },
    { says: 'after: almost nothing answered', metric: 'goodput_rps', per: 'first_rps', window: 'after', below: 0.05 },
  ],
  tierExpect: [
    { says: 'healthy: the app tier is under 75% busy', tier: 'app', metric: 'util', window: 'healthy', below: 0.75 },
    { says: 'after: the app tier is saturated', tier: 'app', metric: 'util', window: 'after', above: 0.99 },
    { says: "after: it sees over eight times the users' requests", tier: 'app', metric: 'rps_in', per: 'first_rps', window: 'after', above: 8 },
  ],
};

const goodputCollapse: StackPreset = {
  id: 'goodput-collapse',
  title: 'Goodput collapse: a stale queue keeps the tier busy for nobody',
  story:
    'An app tier 74% busy with deep queues (4 × 2,000 calls) and users who give up after 1 s; at 20 s a 50% spike for 10 s.\n' +
    'The queue grows past a second of work, so every call it serves is for a caller who left: the tier stays 100% busy, goodput is zero, long after the spike.',
  question: 'Throughput is at its maximum and goodput at zero. What would you measure to tell the two apart, and which knob turns the queue back into goodput?',
  scenario: {
    version: 2,
    title: 'Goodput collapse: a stale queue keeps the tier busy for nobody',
    durationS: 90,
    workload: { rps: 1000 },
    client: { timeoutMs: 1000, retries: 3 },
    cache: { capacity: 100_000 },
    db: { workers: 64 },
    stack: [{ kind: 'service', name: 'app', instances: 4, slots: 10, queueLimit: 2000, serviceMs: 30, timeoutMs: 1000 }],
    events: [{ atS: 20, type: 'spike', factor: 1.5, forS: 10 }],
  },
  windows: [
    { label: 'healthy', fromS: 5, toS: 20 },
    { label: 'after', fromS: 60, toS: 90 },
  ],
  expect: [
    { says: 'healthy: every request answered', metric: 'goodput_rps', per: 'first_rps', window: 'healthy', above: 0.99 },
    { says: 'after: goodput is zero', metric: 'goodput_rps', window: 'after', below: 1 },
  ],
  tierExpect: [
    { says: 'after: the app tier is saturated', tier: 'app', metric: 'util', window: 'after', above: 0.99 },
    { says: 'after: its queues are full', tier: 'app', metric: 'queue', window: 'after', above: 7900 },
  ],
};

const layeredCaches: StackPreset = {
  id: 'layered-caches',
  title: 'Layered caches: each tier cuts the herd',
  story:
    '3,000 req/s through an edge cache serving stale while it revalidates, the app tier, a per-process cache with single-flight, and the look-aside cache; at 60 s the look-aside cache is flushed.\n' +
    'The edge answers 79% and the process cache a quarter of the rest, so the database sees about 510 queries/s at worst and nobody fails; without the layers the same flush fails hundreds of requests a second.',
  question: 'Which layer cut the most, and which one would you lose first if the edge cache were flushed instead?',
  scenario: {
    version: 2,
    title: 'Layered caches: each tier cuts the herd',
    durationS: 120,
    workload: { rps: 3000 },
    cache: { capacity: 20_000, ttlMs: 60_000, coalesce: true, xfetchBeta: 1 },
    db: { workers: 12 },
    stack: [
      { kind: 'cache', name: 'edge', capacity: 5000, ttlMs: 10_000, staleMs: 10_000, singleFlight: true },
      { kind: 'service', name: 'app', instances: 4, slots: 50, serviceMs: 2 },
      { kind: 'cache', name: 'local', capacity: 10_000, ttlMs: 30_000, singleFlight: true },
    ],
    events: [{ atS: 60, type: 'flush' }],
  },
  windows: [
    { label: 'before', fromS: 10, toS: 60 },
    { label: 'flush', fromS: 60, toS: 70 },
    { label: 'after', fromS: 90, toS: 120 },
  ],
  expect: [
    { says: 'flush: the look-aside cache is empty', metric: 'hit_rate', window: 'flush', below: 0.1 },
    { says: 'flush: nobody fails', metric: 'failed_rps', window: 'flush', below: 1 },
    { says: 'flush: the database keeps headroom', metric: 'db_util', window: 'flush', below: 0.95 },
  ],
  tierExpect: [
    { says: 'the edge answers over 75% of requests', tier: 'edge', metric: 'util', window: 'before', above: 0.75 },
    {
      says: 'the edge passes under a quarter of requests to the app',
      tier: 'app',
      metric: 'rps_in',
      per: { tier: 'edge', metric: 'rps_in' },
      window: 'flush',
      below: 0.25,
    },
    { says: 'the process cache answers a fifth of what is left', tier: 'local', metric: 'util', window: 'flush', above: 0.2 },
  ],
};

const appScalingWorse: StackPreset = {
  id: 'app-scaling-worse',
  title: 'Scaling the app tier makes it worse',
  story:
    'A database of 12 cores with many connections slows down past the cores; at 30 s load doubles for 40 s and the 4-instance app tier queues, and at 45 s it is scaled to 16 instances.\n' +
    'Four times the slots mean four times the queries in the database at once: its throughput falls from ~550 to ~300 queries/s, goodput to zero, and it stays there after the spike.',
  question: 'Without the scale-up the tier queues but recovers when the spike ends. What should have been scaled, or limited, instead?',
  scenario: {
    version: 2,
    title: 'Scaling the app tier makes it worse',
    durationS: 120,
    workload: { rps: 2000 },
    client: { timeoutMs: 1000, retries: 2 },
    cache: { capacity: 5000 },
    db: { workers: 1000, queueLimit: 5000, cores: 12, contention: 0.002 },
    stack: [{ kind: 'service', name: 'app', instances: 4, slots: 16, queueLimit: 500, serviceMs: 2, timeoutMs: 1000 }],
    events: [
      { atS: 30, type: 'spike', factor: 2, forS: 40 },
      { atS: 45, type: 'tier-set', tier: 'app', changes: { instances: 16 } },
    ],
  },
  windows: [
    { label: 'healthy', fromS: 10, toS: 30 },
    { label: 'spike', fromS: 35, toS: 45 },
    { label: 'scaled', fromS: 55, toS: 70 },
    { label: 'after', fromS: 90, toS: 120 },
  ],
  expect: [
    { says: 'spike, before the scale-up: the database serves over 500 queries/s', metric: 'db_rps', window: 'spike', above: 500 },
    { says: 'scaled: the database serves under 400 queries/s', metric: 'db_rps', window: 'scaled', below: 400 },
    { says: 'spike, before the scale-up: over 60% of requests answered', metric: 'goodput_rps', per: 'first_rps', window: 'spike', above: 0.6 },
    { says: 'scaled: almost none answered', metric: 'goodput_rps', per: 'first_rps', window: 'scaled', below: 0.05 },
    { says: 'after the spike: still almost none answered', metric: 'goodput_rps', per: 'first_rps', window: 'after', below: 0.05 },
  ],
  tierExpect: [{ says: 'scaled: the 16 instances are saturated anyway', tier: 'app', metric: 'util', window: 'scaled', above: 0.99 }],
};

/** The stack presets, in the order the gallery shows them (after the single-path presets). */
export const STACK_PRESETS: readonly StackPreset[] = [
  retryAmplification,
  gcDeathSpiral,
  connectionPoolExhaustion,
  lbSinkholing,
  timeoutCascade,
  goodputCollapse,
  layeredCaches,
  appScalingWorse,
];
