/**
 * Coordinated omission (seed 000, the closed- vs open-system discussion): latency measured only over
 * the requests that succeed. The HotOS flush, read two ways: over delivered answers (what a benchmark
 * that drops failures, or a dashboard of successes, reports) and over every request (p99_all_ms).
 */
import type { Preset } from '../types';

export const coordinatedOmission: Preset = {
  id: 'coordinated-omission',
  title: 'Coordinated omission: p99 of what succeeded versus what users got',
  story:
    'The HotOS flush at 60 s with open-loop users. Over delivered answers p99 goes from ~53 ms to ~1 ms: only cache hits still get through, so the meltdown looks like a speed-up.\n' +
    'Over every request, failures counted when their caller gave up, p99 is ~2.3 s and ~40% of requests fail; a closed-loop benchmark of the same system (the closed-loop-benchmark preset) slows down with it and never sees a failure.',
  question: 'Which number would your dashboard have shown during this outage, and what would you have to add to see the users?',
  scenario: {
    version: 1,
    title: 'Coordinated omission: p99 of what succeeded versus what users got',
    seed: 7,
    durationS: 300,
    workload: { mode: 'open', rps: 3000, keys: 100_000, zipf: 1.1 },
    cache: { capacity: 20_000, warm: true },
    db: { workers: 8, serviceMs: 20, queueLimit: 5000 },
    client: { timeoutMs: 1000, retries: 3, backoff: 'exponential-jitter', backoffBaseMs: 100 },
    events: [{ atS: 60, type: 'flush' }],
  },
  windows: [
    { label: 'warm', fromS: 10, toS: 60 },
    { label: 'meltdown', fromS: 120, toS: 300 },
  ],
  expect: [
    { says: 'warm: p99 ~53 ms', metric: 'p99_ms', window: 'warm', above: 40, below: 70 },
    { says: 'warm: the same over all requests', metric: 'p99_all_ms', window: 'warm', above: 40, below: 70 },
    { says: 'meltdown: p99 of delivered answers ~1 ms', metric: 'p99_ms', window: 'meltdown', below: 5 },
    { says: 'meltdown: p99 over all requests ~2.3 s', metric: 'p99_all_ms', window: 'meltdown', above: 2000, below: 2600 },
    { says: '~40% of requests fail', metric: 'failed_rps', per: 'first_rps', window: 'meltdown', above: 0.35, below: 0.48 },
  ],
};
