/**
 * Reddit 2017 (seed 002, "Four production postmortems"): a feed-cache change shipped without
 * single-flight; the DB peaked at ~3× at every TTL boundary until the rollback within the hour.
 * The deploy moves every feed to new keys at once, so their rebuilds, and so their expiries, line up.
 */
import type { Preset } from '../types';

const DEPLOY_S = 300;
const ROLLBACK_S = DEPLOY_S + 55 * 60;

export const reddit2017: Preset = {
  id: 'reddit-2017',
  title: 'Reddit 2017: a feed-cache change without single-flight, DB peaks at every TTL boundary',
  story:
    'Report: 3× DB peaks at every TTL boundary; paged on DB CPU 30 minutes after the deploy, rolled back within the hour. Model: 1,000 req/s, the 3 hottest feeds take 100 ms to rebuild and live 60 s; without single-flight every read of an expiring feed rebuilds it: DB CPU peaks at ~3× its ~3.4% baseline once a minute, from the deploy to the rollback 55 minutes later.\n' +
    'The rollback brings back single-flight (one rebuild per feed): after a last refill the peaks are gone. Single-flight alone ends them; TTL jitter only spreads the feeds apart; XFetch refreshes a feed before it expires.',
  question: 'Each peak lasts a second and nothing fails. Why did it take 30 minutes to page, and which single protection would have made the change harmless?',
  scenario: {
    version: 1,
    title: 'Reddit 2017: a feed-cache change without single-flight, DB peaks at every TTL boundary',
    seed: 7,
    durationS: ROLLBACK_S + 600,
    workload: { mode: 'open', rps: 1000, keys: 5000, zipf: 1.0 },
    cache: { capacity: 4000, warm: true, ttlMs: 60_000, coalesce: true, rebuildHottest: 3, rebuildMs: 100 },
    db: { workers: 40, serviceMs: 20, queueLimit: 2000 },
    client: { timeoutMs: 1000, retries: 2 },
    events: [
      { atS: DEPLOY_S, type: 'deploy', fraction: 1, label: 'Deploy: feed-cache change' },
      { atS: DEPLOY_S, type: 'set', changes: { cache: { coalesce: false } }, label: 'shipped without single-flight' },
      { atS: ROLLBACK_S, type: 'rollback', label: '+55 min rollback' },
      { atS: ROLLBACK_S, type: 'set', changes: { cache: { coalesce: true } }, label: 'single-flight back' },
    ],
  },
  windows: [
    { label: 'before', fromS: 10, toS: DEPLOY_S },
    { label: '10 minutes in', fromS: DEPLOY_S + 600, toS: DEPLOY_S + 720 },
    { label: '30 minutes in', fromS: DEPLOY_S + 1800, toS: DEPLOY_S + 1920 },
    { label: '50 minutes in', fromS: DEPLOY_S + 3000, toS: DEPLOY_S + 3120 },
    { label: 'after the rollback', fromS: ROLLBACK_S + 240, toS: ROLLBACK_S + 600 },
  ],
  expect: [
    { says: 'baseline DB CPU ~3.4%', metric: 'db_util', window: 'before', above: 0.025, below: 0.045 },
    { says: 'baseline peaks stay low', metric: 'db_util', window: 'before', agg: 'max', below: 0.06 },
    { says: '10 minutes in: peaks ~3× baseline', metric: 'db_util', window: '10 minutes in', agg: 'max', above: 0.08, below: 0.14 },
    { says: '30 minutes in: still ~3×', metric: 'db_util', window: '30 minutes in', agg: 'max', above: 0.08, below: 0.14 },
    { says: '50 minutes in: still ~3×', metric: 'db_util', window: '50 minutes in', agg: 'max', above: 0.08, below: 0.14 },
    { says: 'nothing fails: the peaks are load, not an outage', metric: 'failed_rps', window: '30 minutes in', below: 0.01 },
    { says: 'after the rollback the peaks are gone', metric: 'db_util', window: 'after the rollback', agg: 'max', below: 0.065 },
  ],
};
