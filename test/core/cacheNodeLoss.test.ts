/**
 * A cache node lost (`cache-node-loss`): the entries on that node go at once and the cache is that
 * much smaller until an empty replacement joins. In the HotOS example it is a trigger smaller than a
 * flush, and whether it outlives itself depends on its size: nothing in the engine knows.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_COUNT } from '../../src/sim/metrics';
import { parseScenario } from '../../src/sim/parseScenario';
import { run } from './run';

const lose = (nodes: number) => ({ durationS: 400, events: [{ atS: 150, type: 'cache-node-loss', nodes, forS: 60 }] });
const calm = run({ durationS: 400 });
const quarter = run(lose(4));

describe('losing a cache node', () => {
  it('changes nothing before it happens', () => {
    // Frames ending at 1 s … 149 s (the frame ending at 150 s already has the loss in it).
    expect(quarter.frames.slice(0, 149 * METRIC_COUNT)).toEqual(calm.frames.slice(0, 149 * METRIC_COUNT));
  });

  it('drops the lost node’s share of entries at once and holds the cache to the others’ capacity while it is out', () => {
    const entries = quarter.col('cache_entries');
    expect(entries[148]).toBe(20_000);
    // From the frame ending at 150 s: a quarter of the 20,000 entries went with the node, and the
    // cache holds no more than the other three nodes do until the replacement joins at 210 s.
    for (const e of entries.slice(149, 209)) expect(e).toBeLessThanOrEqual(15_000);
    expect(quarter.col('trigger_active')[180]).toBe(1);
    expect(quarter.col('trigger_active')[220]).toBe(0);
    expect(quarter.mean('hit_rate', 150, 210)).toBeLessThan(calm.mean('hit_rate', 150, 210) - 0.1);
  });

  it('one node in four keeps the HotOS example failed after the replacement joined; one in ten is a bad minute', () => {
    // Long after the replacement (from 210 s): the herd the lost quarter sent keeps the cache cold.
    expect(quarter.mean('goodput_rps', 300, 400)).toBeLessThan(0.9 * calm.mean('goodput_rps', 300, 400));
    expect(quarter.mean('hit_rate', 300, 400)).toBeLessThan(0.7);
    expect(quarter.stateAt(400)).toBe('metastable');
    // The room is back, but answers reach the cache only for callers who still wait: it never refills.
    expect(Math.max(...quarter.col('cache_entries').slice(211))).toBeLessThanOrEqual(15_000);
    const tenth = run(lose(10));
    expect(tenth.mean('goodput_rps', 300, 400)).toBeGreaterThan(0.98 * calm.mean('goodput_rps', 300, 400));
    expect(tenth.mean('hit_rate', 300, 400)).toBeGreaterThan(0.85);
    // Its replacement node fills again: the cache grows past the nine others' 18,000 entries.
    expect(Math.max(...tenth.col('cache_entries').slice(215))).toBeGreaterThan(18_000);
  });

  it('is named on the charts, and a document with a bad node count is told which field and range', () => {
    expect(quarter.sim.takeMarks().map((m) => m.label)).toEqual(['cache node lost (1 of 4) for 60 s']);
    const bad = parseScenario({
      events: [
        { atS: 10, type: 'cache-node-loss', nodes: 1, forS: 5 },
        { atS: 20, type: 'cache-node-loss', forS: 5 },
      ],
    });
    expect(bad.errors.map((e) => e.message)).toEqual([
      'events[0].nodes: 1 is out of range (allowed: 2 to 1000 nodes)',
      'events[1].nodes: is missing (allowed: 2 to 1000 nodes)',
    ]);
    expect(bad.value.events).toEqual([]);
  });
});
