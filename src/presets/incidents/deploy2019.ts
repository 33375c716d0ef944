/**
 * The 2019 cache-key deploy (seed 001, "Impact" and "Timeline"): a key clean-up made keys finer, so
 * the hot set no longer fit; the database still answered, slowly; scaling gave limited relief; the
 * rollback brought the hit rate back within minutes. Times are minutes after the deploy (15:59 ET).
 */
import type { Preset } from '../types';

const DEPLOY_S = 240;
const SCALE_S = DEPLOY_S + 9 * 60; // 16:08
const ROLLBACK_S = DEPLOY_S + 21 * 60; // 16:20

export const deploy2019: Preset = {
  id: 'deploy-2019',
  title: '2019: a deploy makes cache keys finer on a hot path; scale-up, then rollback',
  story:
    "Report: hits 90–95% → under 30%, P95 ~200–350 ms → 1.0–1.8 s, ~3% of requests timed out at the peak. Model: 200 req/s, hits 92% → ~24% (keys split 16 ways; Che's approximation says 24%), P95 ~200 ms → ~1.2 s, ~1% of attempts time out (~3% in the worst seconds) and the retry rescues nearly all.\n" +
    'Report: scaling at 16:08 gave limited relief; rollback at 16:20, hit rate recovering by 16:24–16:26. Model: the scale-up at +9 min halves DB CPU (~63% → ~31%) but P95 stays ~1.2 s; after the rollback at +21 min hits are ~44% in the first minute and above 90% six minutes later (the new keys had pushed the old entries out).',
  question:
    'Scaling halved DB CPU and changed nothing users felt. What sets the P95 here, and which follow-up (coalescing, stale serving, versioned keys, a hit-rate canary) would have kept it at baseline?',
  scenario: {
    version: 1,
    title: '2019: a deploy makes cache keys finer on a hot path; scale-up, then rollback',
    seed: 7,
    // Ten minutes after the rollback, as from 16:20 to the close at 16:30.
    durationS: ROLLBACK_S + 600,
    // A hot path of 20k objects, Zipf 0.7, in a 16.5k-entry LRU: ~92% hits. Split 16 ways the same
    // cache holds a sixteenth of each object's shapes: Che's approximation puts hits at ~24%.
    workload: { mode: 'open', rps: 200, keys: 20_000, zipf: 0.7 },
    cache: { capacity: 16_500, warm: true },
    // A miss is a heavy query (450 ms mean): the baseline P95 is the misses' tail. 110 connections on
    // 110 cores serve ~240 queries/s: room for a cold cache, so the deploy slows users rather than
    // failing them.
    db: { workers: 110, serviceMs: 450, queueLimit: 1000, cores: 110, contention: 0.01 },
    client: { timeoutMs: 2000, retries: 1, backoff: 'exponential-jitter', backoffBaseMs: 100 },
    events: [
      { atS: DEPLOY_S, type: 'deploy', fraction: 1, shapes: 16, label: '15:59 deploy begins' },
      // Twice the application instances (twice the connections) and a larger database.
      { atS: SCALE_S, type: 'set', changes: { db: { workers: 220, cores: 130 } }, label: '16:08 scale up' },
      { atS: ROLLBACK_S, type: 'rollback', label: '16:20 rollback' },
    ],
  },
  windows: [
    { label: 'before', fromS: 10, toS: DEPLOY_S },
    { label: 'incident', fromS: DEPLOY_S, toS: ROLLBACK_S },
    { label: 'before the scale-up', fromS: DEPLOY_S + 240, toS: SCALE_S },
    { label: 'after the scale-up', fromS: SCALE_S + 60, toS: ROLLBACK_S },
    { label: 'first minute after the rollback', fromS: ROLLBACK_S, toS: ROLLBACK_S + 60 },
    { label: 'six minutes after the rollback', fromS: ROLLBACK_S + 360, toS: ROLLBACK_S + 420 },
    { label: 'close', fromS: ROLLBACK_S + 420, toS: ROLLBACK_S + 600 },
  ],
  expect: [
    { says: 'baseline hit rate in the report’s 90–95%', metric: 'hit_rate', window: 'before', above: 0.9, below: 0.95 },
    { says: 'baseline P95 in the report’s ~200–350 ms', metric: 'p95_ms', window: 'before', above: 150, below: 350 },
    { says: 'hit rate under 30% in the incident', metric: 'hit_rate', window: 'incident', below: 0.3 },
    { says: 'settles at Che’s ~24% for keys split 16 ways', metric: 'hit_rate', window: 'after the scale-up', above: 0.2, below: 0.28 },
    { says: 'P95 of delivered answers in the report’s 1.0–1.8 s', metric: 'p95_ms', window: 'incident', above: 1000, below: 1800 },
    { says: 'about 1% of attempts time out', metric: 'timeout_rps', per: 'first_rps', window: 'incident', above: 0.005, below: 0.02 },
    { says: 'about 3% in the worst seconds', metric: 'timeout_rps', per: 'first_rps', window: 'incident', agg: 'max', above: 0.025, below: 0.06 },
    { says: 'the retry rescues nearly all: under 0.1% of requests fail', metric: 'failed_rps', per: 'first_rps', window: 'incident', below: 0.001 },
    { says: 'DB CPU ~63% before the scale-up', metric: 'db_util', window: 'before the scale-up', above: 0.55, below: 0.72 },
    { says: 'DB CPU ~31% after it', metric: 'db_util', window: 'after the scale-up', above: 0.25, below: 0.4 },
    { says: 'but P95 stays above a second: limited relief', metric: 'p95_ms', window: 'after the scale-up', above: 1000 },
    {
      says: 'the first minute after the rollback: recovering, not recovered',
      metric: 'hit_rate',
      window: 'first minute after the rollback',
      above: 0.3,
      below: 0.6,
    },
    { says: 'six minutes later hits are above 90%', metric: 'hit_rate', window: 'six minutes after the rollback', above: 0.9 },
    { says: 'and P95 is back at baseline by the close', metric: 'p95_ms', window: 'close', below: 300 },
  ],
};
