/** The hit-rate canary: a deploy rolls itself back when the hit rate falls below a threshold in its window. */
import { describe, expect, it } from 'vitest';
import { run } from './run';

const doc = (cache: object, events: unknown[]) => ({
  durationS: 120,
  workload: { rps: 3000, keys: 100_000, zipf: 1.1 },
  cache: { capacity: 20_000, ...cache },
  db: { workers: 200 },
  events,
});

describe('hit-rate canary', () => {
  it('rolls a key-changing deploy back within one 5 s check, marked as the canary', () => {
    const r = run(doc({ canaryHitRate: 0.7, canaryWindowS: 60 }, [{ atS: 30, type: 'deploy', fraction: 1, shapes: 4 }]));
    const marks = r.sim.takeMarks();
    const canary = marks.find((m) => m.label.startsWith('canary'));
    expect(canary?.trigger.type).toBe('rollback');
    expect(canary!.tS).toBe(35);
    expect(r.mean('hit_rate', 40, 120)).toBeGreaterThan(0.85);
  });

  it("off (threshold 0), the same deploy keeps the hit rate down at the split keys' level", () => {
    const r = run(doc({}, [{ atS: 30, type: 'deploy', fraction: 1, shapes: 4 }]));
    expect(r.sim.takeMarks().some((m) => m.label.startsWith('canary'))).toBe(false);
    expect(r.mean('hit_rate', 60, 120)).toBeLessThan(r.mean('hit_rate', 5, 30) - 0.07);
  });

  it('lets a harmless deploy through, and stops watching after its window', () => {
    const r = run(
      doc({ canaryHitRate: 0.7, canaryWindowS: 20 }, [
        { atS: 30, type: 'deploy', fraction: 0.01 },
        // Past the window: the canary no longer watches, so this one stays.
        { atS: 60, type: 'set', changes: { cache: { capacity: 1000 } } },
      ]),
    );
    expect(r.sim.takeMarks().some((m) => m.label.startsWith('canary'))).toBe(false);
    expect(r.mean('hit_rate', 90, 120)).toBeLessThan(0.7);
  });
});
