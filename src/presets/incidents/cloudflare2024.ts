/**
 * Cloudflare 2024 (seed 002, "Four production postmortems"): a coalescing bug let requests for the
 * same key bypass coalescing during a deploy window; the origin saw load proportional to concurrency
 * until a guard flag turned the rollout off.
 */
import type { Preset } from '../types';

const BUG_S = 300;
const GUARD_S = 600;

export const cloudflare2024: Preset = {
  id: 'cloudflare-2024',
  title: 'Cloudflare 2024: a bug lets requests bypass coalescing during a deploy window',
  story:
    'Report: during a deploy window N requests for the same key bypassed coalescing; the origin saw proportional load. Model: 5,000 req/s over 500 keys with a 10 s TTL and a 500 ms origin fetch: coalescing folds ~310 misses/s into ~60 origin fetches/s; with the bug every miss fetches: ~350/s, the fetches plus all the misses that used to wait for them.\n' +
    'Report: a guard flag disabled the rollout. Model: the flag at 10 minutes turns the bypass off and the origin is back at ~60 fetches/s; users never noticed (no request fails), only the origin did.',
  question: 'The origin load went up ~6× and no user saw an error. What would the same bug do with a 5 s fetch, or an origin sized for the coalesced load?',
  scenario: {
    version: 1,
    title: 'Cloudflare 2024: a bug lets requests bypass coalescing during a deploy window',
    seed: 7,
    durationS: 1200,
    workload: { mode: 'open', rps: 5000, keys: 500, zipf: 0.8 },
    // Every key is an origin object with a fixed 500 ms fetch.
    cache: { capacity: 500, warm: true, ttlMs: 10_000, ttlJitter: 0.5, coalesce: true, rebuildHottest: 500, rebuildMs: 500 },
    db: { workers: 5000, serviceMs: 500, queueLimit: 5000 },
    client: { timeoutMs: 5000, retries: 1 },
    events: [
      { atS: BUG_S, type: 'set', changes: { cache: { coalesceBypass: 1 } }, label: 'Deploy window: coalescing bypassed' },
      { atS: GUARD_S, type: 'set', changes: { cache: { coalesceBypass: 0 } }, label: 'Guard flag disables the rollout' },
    ],
  },
  windows: [
    { label: 'before', fromS: 10, toS: BUG_S },
    { label: 'deploy window', fromS: BUG_S + 10, toS: GUARD_S },
    { label: 'after the guard flag', fromS: GUARD_S + 60, toS: 1200 },
  ],
  expect: [
    { says: '~60 origin fetches/s before', metric: 'db_rps', window: 'before', above: 50, below: 75 },
    { says: '~310 misses/s wait for a fetch in flight', metric: 'coalesced_rps', window: 'before', above: 250, below: 370 },
    { says: '~350 origin fetches/s in the window', metric: 'db_rps', window: 'deploy window', above: 300, below: 420 },
    { says: 'nothing coalesces in the window', metric: 'coalesced_rps', window: 'deploy window', below: 1 },
    { says: 'no request fails', metric: 'failed_rps', window: 'deploy window', below: 0.01 },
    { says: 'back at ~60 after the guard flag', metric: 'db_rps', window: 'after the guard flag', above: 50, below: 75 },
  ],
};
