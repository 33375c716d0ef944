/** A manual cache seed writes the hottest keys straight into the cache, without the database. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/parseScenario';
import { run } from './run';

describe('manual cache seed', () => {
  it('after a flush, seeding the hottest keys brings their hits back at once, with no database query for them', () => {
    const doc = (events: unknown[]) => ({ durationS: 20, intervalMs: 200, workload: { rps: 3000 }, db: { workers: 400 }, events });
    const seeded = run(
      doc([
        { atS: 10, type: 'flush' },
        { atS: 10, type: 'seed', hottest: 20_000 },
      ]),
    );
    const flushed = run(doc([{ atS: 10, type: 'flush' }]));
    // The first 200 ms after the flush: the seeded cache answers as before, the flushed one does not.
    expect(seeded.mean('hit_rate', 10, 10.2)).toBeGreaterThan(0.85);
    expect(flushed.mean('hit_rate', 10, 10.2)).toBeLessThan(0.5);
    expect(seeded.mean('db_rps', 10, 10.2)).toBeLessThan(flushed.mean('db_rps', 10, 10.2) / 3);
  });

  it('checks the number of keys against the key space', () => {
    const { errors } = parseScenario({ workload: { keys: 100 }, events: [{ atS: 1, type: 'seed', hottest: 101 }] });
    expect(errors.map((e) => e.message)).toEqual(['events[0].hottest: 101 is out of range (allowed: 1 to 100 keys)']);
  });
});
