/**
 * Twitter 2022 (seed 002, "Four production postmortems" and "Why the system cannot self-recover"):
 * an invalidation bug set off mass rebuilds; the database connection pool stayed saturated for hours;
 * recovery needed load shedding plus a manual cache seed. Here the pool is larger than the cores, so
 * a full pool slows every query past the client's timeout: no answer arrives in time to refill.
 */
import type { Preset } from '../types';

const BUG_S = 300;
const FIX_S = 3000;

export const twitter2022: Preset = {
  id: 'twitter-2022',
  title: 'Twitter 2022: an invalidation bug, a saturated pool, and a recovery that needs two hands',
  story:
    'Report: an invalidation bug set off mass rebuilds; the DB connection pool stayed saturated for 4 hours. Model: 2,000 req/s, the 2,000 hottest keys are feeds that take 200 ms to rebuild; the cache is invalidated and 256 connections pile onto 32 cores: the database completes under 100 queries/s, none in time, so hits stay ~10% and goodput ~32% for the 45 minutes until the fix, with no sign of recovering.\n' +
    'Report: recovery required load shedding plus a manual cache seed. Model: queue-delay shedding and a seed of the 2,000 hottest keys together, 45 minutes in: healthy again within two minutes (each alone leaves it stuck: see the lesson).',
  question: 'Shedding alone leaves the pool full and slow; seeding alone leaves the queue of abandoned work. Why does it take both?',
  scenario: {
    version: 1,
    title: 'Twitter 2022: an invalidation bug, a saturated pool, and a recovery that needs two hands',
    seed: 7,
    durationS: FIX_S + 600,
    workload: { mode: 'open', rps: 2000, keys: 50_000, zipf: 1.0 },
    cache: { capacity: 20_000, warm: true, rebuildHottest: 2000, rebuildMs: 200 },
    // A connection pool of 256 on 32 cores with 1% contention per extra query: a full pool serves
    // 32 / 20 ms / (1 + 0.01 × 224) ≈ 500 plain queries/s, a quarter of what the cores can do.
    db: { workers: 256, serviceMs: 20, queueLimit: 5000, cores: 32, contention: 0.01 },
    client: { timeoutMs: 1000, retries: 3 },
    events: [
      { atS: BUG_S, type: 'flush', label: 'Invalidation bug: mass rebuilds' },
      { atS: FIX_S, type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } }, label: 'Load shedding' },
      { atS: FIX_S, type: 'seed', hottest: 2000, label: 'Manual cache seed' },
    ],
  },
  windows: [
    { label: 'before', fromS: 10, toS: BUG_S },
    { label: 'stuck', fromS: BUG_S + 300, toS: FIX_S },
    { label: 'last five minutes before the fix', fromS: FIX_S - 300, toS: FIX_S },
    { label: 'after the fix', fromS: FIX_S + 120, toS: FIX_S + 600 },
  ],
  expect: [
    { says: 'healthy before the bug', metric: 'goodput_rps', per: 'first_rps', window: 'before', above: 0.99 },
    { says: 'the pool is saturated', metric: 'db_util', window: 'stuck', above: 0.99 },
    { says: 'the database completes under 100 queries/s', metric: 'db_rps', window: 'stuck', below: 100 },
    { says: 'hits stay near 10%', metric: 'hit_rate', window: 'stuck', below: 0.15 },
    { says: 'goodput ~32% of demand', metric: 'goodput_rps', per: 'first_rps', window: 'stuck', above: 0.25, below: 0.4 },
    { says: 'no sign of recovery 45 minutes in', metric: 'goodput_rps', per: 'first_rps', window: 'last five minutes before the fix', below: 0.4 },
    { says: 'shedding plus seed: healthy within two minutes', metric: 'goodput_rps', per: 'first_rps', window: 'after the fix', above: 0.99 },
    { says: 'with the cache full again', metric: 'hit_rate', window: 'after the fix', above: 0.85 },
  ],
};
