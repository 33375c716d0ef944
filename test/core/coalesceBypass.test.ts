/** Coalescing that a bug can defeat: a share of misses sends its own query, switchable mid-run. */
import { describe, expect, it } from 'vitest';
import { run } from './run';

// Every key expires every 10 s and takes 1 s to rebuild: at each expiry the hottest keys gather
// many concurrent misses, which coalescing folds into one query per key.
const doc = (events: unknown[]) => ({
  durationS: 90,
  workload: { rps: 2000, keys: 200, zipf: 1.1 },
  cache: { capacity: 200, ttlMs: 10_000, coalesce: true, rebuildHottest: 200, rebuildMs: 1000 },
  db: { workers: 2000 },
  client: { timeoutMs: 5000, retries: 0 },
  events,
});

describe('coalescing bypass', () => {
  it('a window with the bug on multiplies database work by the concurrency it lets through, and ends with it', () => {
    const r = run(
      doc([
        { atS: 30, type: 'set', changes: { cache: { coalesceBypass: 1 } } },
        { atS: 60, type: 'set', changes: { cache: { coalesceBypass: 0 } } },
      ]),
    );
    const before = r.mean('db_rps', 0, 30);
    const during = r.mean('db_rps', 30, 60);
    const after = r.mean('db_rps', 60, 90);
    expect(during / before).toBeGreaterThan(5);
    // Back to coalesced work once the bug is off (entries refilled in the window expire at
    // scattered times, so a little more than before).
    expect(after / before).toBeLessThan(1.5);
    expect(after).toBeLessThan(during / 4);
    expect(r.mean('coalesced_rps', 30, 60)).toBeLessThan(0.001);
    expect(r.mean('coalesced_rps', 60, 90)).toBeGreaterThan(10);
  });

  it('a partial bypass lets through about that share of the misses that would have coalesced', () => {
    const none = run(doc([]));
    const half = run(doc([{ atS: 0, type: 'set', changes: { cache: { coalesceBypass: 0.5 } } }]));
    const all = run(doc([{ atS: 0, type: 'set', changes: { cache: { coalesceBypass: 1 } } }]));
    const extra = (r: ReturnType<typeof run>) => r.mean('db_rps', 0, 90) - none.mean('db_rps', 0, 90);
    expect(extra(half)).toBeGreaterThan(extra(all) * 0.2);
    expect(extra(half)).toBeLessThan(extra(all) * 0.8);
  });
});
