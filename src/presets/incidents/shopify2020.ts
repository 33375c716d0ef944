/**
 * Shopify 2020, Black Friday (seed 002, "Four production postmortems"): a flash-sale homepage with a
 * 30 s TTL and no stale serving, 10× traffic at noon: multi-second outages at every TTL boundary for
 * the first ~10 minutes, ended by stale-grace of 5 minutes on the next push.
 */
import type { Preset } from '../types';

const NOON_S = 300;
const PUSH_S = NOON_S + 600;

export const shopify2020: Preset = {
  id: 'shopify-2020',
  title: 'Shopify 2020: a flash-sale homepage with a 30 s TTL and no stale serving',
  story:
    'Report: at noon, 10× traffic; multi-second outages at every TTL boundary for the first 10 minutes. Model: 300 → 3,000 req/s; the homepage (the hottest key) takes 2 s to rebuild and every request that misses it starts another: at each expiry the 200 workers fill, the queue overflows and goodput drops below 40% for seconds; ~7% of requests fail over those ten minutes.\n' +
    'Report: stale-grace of 5 minutes on the next push fixed it. Model: stale serving turned on at 12:10: one background rebuild per expiry, and for the remaining 15 minutes of the sale no second with goodput under 90%.',
  question: 'The database is far larger than the sale needs. What does one expensive object without single-flight or stale serving do to it every 30 seconds?',
  scenario: {
    version: 1,
    title: 'Shopify 2020: a flash-sale homepage with a 30 s TTL and no stale serving',
    seed: 7,
    durationS: 1800,
    workload: { mode: 'open', rps: 300, keys: 10_000, zipf: 1.1 },
    // The homepage is the hottest key: a 2 s rebuild instead of 10 ms.
    cache: { capacity: 8000, warm: true, ttlMs: 30_000, rebuildHottest: 1, rebuildMs: 2000 },
    db: { workers: 200, serviceMs: 10, queueLimit: 2000 },
    client: { timeoutMs: 5000, retries: 2 },
    events: [
      { atS: NOON_S, type: 'spike', factor: 10, forS: 1500, label: '12:00 sale opens: 10× traffic' },
      { atS: PUSH_S, type: 'set', changes: { cache: { staleMs: 300_000 } }, label: '12:10 stale-grace = 5 min pushed' },
    ],
  },
  windows: [
    { label: 'before noon', fromS: 10, toS: NOON_S },
    { label: 'first ten minutes of the sale', fromS: NOON_S, toS: PUSH_S },
    { label: 'with stale-grace', fromS: PUSH_S + 60, toS: 1800 },
  ],
  expect: [
    { says: 'before noon every request is served', metric: 'goodput_rps', per: 'first_rps', window: 'before noon', above: 0.99 },
    {
      says: 'outages: seconds with goodput under 40% of demand',
      metric: 'goodput_rps',
      per: 'first_rps',
      window: 'first ten minutes of the sale',
      agg: 'min',
      below: 0.4,
    },
    { says: 'the workers fill at the boundaries', metric: 'db_util', window: 'first ten minutes of the sale', agg: 'max', above: 0.99 },
    {
      says: '~7% of requests fail over the first ten minutes',
      metric: 'failed_rps',
      per: 'first_rps',
      window: 'first ten minutes of the sale',
      above: 0.03,
      below: 0.12,
    },
    { says: 'with stale-grace no second drops under 90%', metric: 'goodput_rps', per: 'first_rps', window: 'with stale-grace', agg: 'min', above: 0.9 },
    { says: 'nothing fails', metric: 'failed_rps', window: 'with stale-grace', below: 0.01 },
    { says: 'stale entries are served while the homepage rebuilds', metric: 'stale_rps', window: 'with stale-grace', above: 1 },
  ],
};
