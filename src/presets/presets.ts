/**
 * The preset gallery: scenarios from the seeds (the HotOS '21 paper, the OSDI '22 experiments, the
 * 2019 cache-key deploy, the open- vs closed-loop argument), each with the story the model really
 * shows when it runs. Every number in a story was read off a run of that very document; the checks
 * in `expect` are what test/presets proves on every change of the core.
 */
import type { Scenario } from '../sim/scenario';
import { toScenario, type ScenarioDocument } from './document';
import { cloudflare2024, coordinatedOmission, deploy2019, reddit2017, shopify2020, twitter2022 } from './incidents/index';
import type { Preset } from './types';
import { STACK_PRESETS } from './stackPresets';

/**
 * The HotOS '21 look-aside example as the lab's defaults have it: 3,000 req/s, Zipf 1.1 over 100k keys,
 * a 20k-entry LRU (~89% hits), 8 workers × 20 ms = 400 queries/s, 1 s timeout, 3 jittered retries.
 * Spelled out rather than inherited so a change of defaults cannot silently change a preset's story.
 */
const HOTOS = {
  workload: { mode: 'open', rps: 3000, keys: 100_000, zipf: 1.1 },
  cache: { capacity: 20_000, warm: true },
  db: { workers: 8, serviceMs: 20, queueLimit: 5000 },
  client: { timeoutMs: 1000, retries: 3, backoff: 'exponential-jitter', backoffBaseMs: 100 },
} as const satisfies Partial<ScenarioDocument>;

const hotosLookaside: Preset = {
  id: 'hotos-lookaside',
  title: "HotOS '21: a look-aside cache becomes a load-bearing wall",
  story:
    '3,000 req/s, 89% of them answered by the cache, in front of a database good for 400 queries/s; at 150 s the cache is flushed.\n' +
    'Five minutes later goodput is ~1,700 answers/s: 57% of the 3,000 req/s of demand, a quarter of the 6,800 attempts/s (demand plus retries). A full queue of 5,000 queries serves callers who already left, so nothing refills the cache.',
  question: 'The flush lasted an instant. What keeps the system down, and which single change would let it come back?',
  scenario: {
    version: 1,
    title: "HotOS '21: a look-aside cache becomes a load-bearing wall",
    seed: 7,
    durationS: 600,
    ...HOTOS,
    events: [{ atS: 150, type: 'flush' }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 150 },
    { label: 'five minutes later', fromS: 450, toS: 600 },
  ],
  expect: [
    { says: 'warm: goodput keeps up with demand', metric: 'goodput_rps', per: 'first_rps', window: 'warm', above: 0.99 },
    {
      says: 'five minutes after the flush goodput is below half of offered load',
      metric: 'goodput_rps',
      per: 'offered_rps',
      window: 'five minutes later',
      below: 0.5,
    },
    { says: 'the database is saturated', metric: 'db_util', window: 'five minutes later', above: 0.99 },
    { says: 'almost all database work is for callers who left', metric: 'wasted_rps', per: 'db_rps', window: 'five minutes later', above: 0.95 },
    { says: 'nothing refills the cache', metric: 'fill_rps', window: 'five minutes later', below: 1 },
  ],
};

const badMinute: Preset = {
  id: 'bad-minute',
  title: 'A bad minute, not an outage: the database sized for a cold cache',
  story:
    'The same flush, with 80 database workers (4,000 queries/s): enough to serve every request with a cold cache.\n' +
    'Hits drop to 60% and P95 from 15 to 40 ms for a few seconds, nothing times out, and within a minute the cache is full again.',
  question: 'It takes ten times the database to make a flush boring. What did the 89% hit rate of the 8-worker database buy, and what did it hide?',
  scenario: {
    version: 1,
    title: 'A bad minute, not an outage: the database sized for a cold cache',
    seed: 7,
    durationS: 360,
    ...HOTOS,
    db: { workers: 80, serviceMs: 20, queueLimit: 5000 },
    events: [{ atS: 60, type: 'flush' }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 60 },
    { label: 'flush', fromS: 60, toS: 90 },
    { label: 'after', fromS: 120, toS: 360 },
  ],
  expect: [
    { says: 'the flush costs hits', metric: 'hit_rate', window: 'flush', agg: 'min', below: 0.65 },
    { says: 'P95 more than doubles for a moment', metric: 'p95_ms', window: 'flush', agg: 'max', above: 30 },
    { says: 'nothing times out', metric: 'timeout_rps', window: 'flush', agg: 'max', below: 1 },
    { says: 'goodput keeps up with demand', metric: 'goodput_rps', per: 'first_rps', window: 'flush', above: 0.99 },
    { says: 'a minute later the hit rate is back', metric: 'hit_rate', window: 'after', above: 0.88 },
  ],
};

const hotosRetries: Preset = {
  id: 'hotos-retries',
  title: "HotOS '21: one retry, a 10-second outage, and twice the load for good",
  story:
    'No cache, 280 req/s on a database good for 300 queries/s (30 workers × 100 ms): P95 ~340 ms, everything served. At 60 s the database is unreachable for 10 s.\n' +
    'Every caller then times out at 1 s and retries once: 560 attempts/s on a 300/s database and zero goodput for the rest of the run, long after the outage.',
  question: 'Nothing is broken any more, yet nothing gets through. How much load, or how many retries, would have to go before the queue drains?',
  scenario: {
    version: 1,
    title: "HotOS '21: one retry, a 10-second outage, and twice the load for good",
    seed: 7,
    durationS: 300,
    // No cache: the database takes every request.
    workload: { mode: 'open', rps: 280, keys: 100_000, zipf: 1.1 },
    cache: { capacity: 0, warm: true },
    // 30 workers × 100 ms = 300 queries/s: at 280/s (93% busy) waits stay in the tens of ms, above
    // 300/s the deep queue grows without bound — "fine below 300, far worse above".
    db: { workers: 30, serviceMs: 100, queueLimit: 5000 },
    // One immediate retry after a 1 s timeout, as in the paper.
    client: { timeoutMs: 1000, retries: 1, backoff: 'none' },
    events: [{ atS: 60, type: 'outage', forS: 10 }],
  },
  windows: [
    { label: 'before', fromS: 10, toS: 60 },
    { label: 'after', fromS: 120, toS: 300 },
  ],
  expect: [
    { says: 'before: goodput equals demand', metric: 'goodput_rps', per: 'first_rps', window: 'before', above: 0.99 },
    { says: 'after: attempts are twice the demand', metric: 'offered_rps', per: 'first_rps', window: 'after', above: 1.95 },
    { says: 'after: no goodput', metric: 'goodput_rps', window: 'after', below: 1 },
  ],
};

const sheddingRecovers: Preset = {
  id: 'shedding-recovers',
  title: 'Load shedding breaks the loop: queue-delay shedding turned on mid-storm',
  story:
    'The HotOS flush at 150 s; at 300 s, mid-storm, the database starts refusing new work while its oldest query has waited more than 200 ms.\n' +
    'It sheds ~3,400 attempts/s for a few seconds, the queue drains, answers arrive in time and refill the cache: by 360 s goodput equals demand and nothing is shed.',
  question: 'Refusing work brought the service back. Why does saying no to some callers let every caller through a minute later?',
  scenario: {
    version: 1,
    title: 'Load shedding breaks the loop: queue-delay shedding turned on mid-storm',
    seed: 7,
    durationS: 480,
    ...HOTOS,
    events: [
      { atS: 150, type: 'flush' },
      { atS: 300, type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } } },
    ],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 150 },
    { label: 'storm', fromS: 240, toS: 300 },
    { label: 'shedding on', fromS: 300, toS: 330 },
    { label: 'after', fromS: 360, toS: 480 },
  ],
  expect: [
    { says: 'the storm holds until shedding is turned on', metric: 'goodput_rps', per: 'first_rps', window: 'storm', below: 0.7 },
    { says: 'shedding refuses work while the queue drains', metric: 'shed_rps', window: 'shedding on', above: 10 },
    { says: 'a minute later goodput equals demand', metric: 'goodput_rps', per: 'first_rps', window: 'after', above: 0.97 },
    { says: 'and the cache is full again', metric: 'hit_rate', window: 'after', above: 0.85 },
  ],
};

const deepQueueNoRetries: Preset = {
  id: 'deep-queue-no-retries',
  title: 'No retries, still stuck: a deep queue serves callers who already left',
  story:
    'The HotOS flush with retries turned off: no retry storm, the load stays at 3,000 req/s.\n' +
    'Still stuck: the 5,000-deep queue is 12 s of work against a 1 s timeout, so all 400 answers/s reach nobody and goodput stays at the 57% the cache still answers.',
  question: 'Retries were not the sustaining effect here. What is, and what would break it: a shorter queue, deadline propagation, or shedding?',
  scenario: {
    version: 1,
    title: 'No retries, still stuck: a deep queue serves callers who already left',
    seed: 7,
    durationS: 480,
    ...HOTOS,
    client: { ...HOTOS.client, retries: 0 },
    events: [{ atS: 150, type: 'flush' }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 150 },
    { label: 'late', fromS: 400, toS: 480 },
  ],
  expect: [
    { says: 'no retry is ever sent', metric: 'retry_rps', window: 'late', below: 0.001 },
    { says: 'goodput stays below 70% of demand', metric: 'goodput_rps', per: 'first_rps', window: 'late', below: 0.7 },
    { says: 'the queue stays full', metric: 'queue_depth', window: 'late', above: 4000 },
    { says: 'almost every answer reaches nobody', metric: 'wasted_rps', per: 'db_rps', window: 'late', above: 0.95 },
  ],
};

const closedLoop: Preset = {
  id: 'closed-loop-benchmark',
  title: 'A closed-loop benchmark never sees the failure',
  story:
    '300 clients, each waiting for its answer and thinking 100 ms: ~2,900 req/s while warm, with the cache, database and flush of the HotOS example.\n' +
    'At the flush the clients slow down with the database (down to ~1,000 req/s in the worst second), nothing times out, and 40 s later it runs at full speed again.',
  question:
    'The benchmark says the flush is harmless. At most 300 queries can queue here; what happens with 600 clients thinking 200 ms, or with open-loop users?',
  scenario: {
    version: 1,
    title: 'A closed-loop benchmark never sees the failure',
    seed: 7,
    durationS: 300,
    ...HOTOS,
    // 300 clients thinking 100 ms each ask ~2,900 req/s while warm, like the open-loop example. Each
    // waits for its answer, so at most 300 queries can queue: 0.75 s of work, inside the timeout.
    workload: { ...HOTOS.workload, mode: 'closed', clients: 300, thinkMs: 100 },
    events: [{ atS: 60, type: 'flush' }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 60 },
    { label: 'flush', fromS: 60, toS: 90 },
    { label: 'after', fromS: 120, toS: 300 },
  ],
  expect: [
    { says: 'warm throughput near the open-loop 3,000 req/s', metric: 'first_rps', window: 'warm', above: 2700 },
    { says: 'the benchmark slows down with the database', metric: 'first_rps', window: 'flush', agg: 'min', below: 2000 },
    { says: 'no request times out', metric: 'timeout_rps', window: 'flush', below: 1 },
    { says: 'a minute later it reports full health', metric: 'goodput_rps', per: 'first_rps', window: 'after', above: 0.99 },
    { says: 'with the cache back', metric: 'hit_rate', window: 'after', above: 0.88 },
  ],
};

const hottestKeys: Preset = {
  id: 'hottest-keys',
  title: "OSDI '22: deleting the 1,000 hottest keys is enough",
  story:
    'The HotOS example, but the flush deletes only the 1,000 hottest of 100,000 keys: the keys behind ~75% of requests.\n' +
    'Their queries saturate the database and their answers arrive late, so they are never refilled: hits stuck at ~43%, goodput at 75% of demand.',
  question: 'Only 1% of the keys went missing. How large must a partial flush be to stick, and how does that change with the load?',
  scenario: {
    version: 1,
    title: "OSDI '22: deleting the 1,000 hottest keys is enough",
    seed: 7,
    durationS: 300,
    ...HOTOS,
    events: [{ atS: 60, type: 'flush', hottest: 1000 }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 60 },
    { label: 'after', fromS: 180, toS: 300 },
  ],
  expect: [
    { says: 'the hit rate stays down', metric: 'hit_rate', window: 'after', below: 0.6 },
    { says: 'goodput stays below 80% of demand', metric: 'goodput_rps', per: 'first_rps', window: 'after', below: 0.8 },
    { says: 'the database is saturated by abandoned work', metric: 'wasted_rps', per: 'db_rps', window: 'after', above: 0.95 },
  ],
};

const hottestKeysFew: Preset = {
  id: 'hottest-keys-few',
  title: "OSDI '22: deleting the 100 hottest keys is a blip",
  story:
    'The same, deleting only the 100 hottest keys: they carry ~58% of requests, yet they are so hot that each is refilled by its first answer.\n' +
    'The queue rises for about four seconds (P95 up to ~0.5 s), nothing times out, and the hit rate is back at once.',
  question: 'The 100 hottest keys carry most of the load, the next 900 far less. Why is losing 1,000 worse than losing 100?',
  scenario: {
    version: 1,
    title: "OSDI '22: deleting the 100 hottest keys is a blip",
    seed: 7,
    durationS: 300,
    ...HOTOS,
    events: [{ atS: 60, type: 'flush', hottest: 100 }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 60 },
    { label: 'flush', fromS: 60, toS: 90 },
    { label: 'after', fromS: 120, toS: 300 },
  ],
  expect: [
    { says: 'the database queues for a moment', metric: 'queue_depth', window: 'flush', agg: 'max', above: 20 },
    { says: 'goodput never drops', metric: 'goodput_rps', per: 'first_rps', window: 'flush', above: 0.99 },
    { says: 'the hit rate is back', metric: 'hit_rate', window: 'after', above: 0.88 },
  ],
};

/** The gallery, in the order it is shown. */
export const PRESETS: readonly Preset[] = [
  hotosLookaside,
  badMinute,
  deploy2019,
  hotosRetries,
  sheddingRecovers,
  deepQueueNoRetries,
  closedLoop,
  hottestKeys,
  hottestKeysFew,
  reddit2017,
  shopify2020,
  twitter2022,
  cloudflare2024,
  coordinatedOmission,
  ...STACK_PRESETS,
];

/** The preset with this id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset's full scenario (defaults filled in), ready for the simulation or a share link. */
export function presetScenario(preset: Preset): Scenario {
  return toScenario(preset.scenario);
}
