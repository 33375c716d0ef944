import { describe, expect, it } from 'vitest';
import type { Mark } from '../../sim/api';
import { defaultScenario } from '../../sim/parseScenario';
import type { Scenario } from '../../sim/scenario';
import { createSimulation } from '../../sim/simulation';
import { frameTable, goodputShare } from '../../analysis/frames';
import { describePlan, triggersForB, variantScenario } from './variant';

const a: Scenario = { ...defaultScenario(), durationS: 400, events: [{ atS: 150, type: 'flush' }] };

describe('variantScenario', () => {
  it('keeps seed and script, and switches the mitigations on from the start', () => {
    const b = variantScenario(a, { ids: ['lifo', 'coalescing'], fromS: 0 });
    expect(b.seed).toBe(a.seed);
    expect(b.events).toEqual(a.events);
    expect(b.db.queueOrder).toBe('lifo');
    expect(b.cache.coalesce).toBe(true);
    expect(a.db.queueOrder).toBe('fifo');
  });

  it('switches them on at a chosen time as a scripted set, after the script at that time', () => {
    const b = variantScenario(a, { ids: ['codel'], fromS: 150 });
    expect(b.shedding.mode).toBe('off');
    expect(b.events.map((e) => e.type)).toEqual(['flush', 'set']);
    expect(b.events[1]).toMatchObject({ atS: 150, changes: { shedding: { mode: 'codel' } } });
  });

  it('with no mitigation is the same run, bit for bit', () => {
    const run = (s: Scenario) => {
      const sim = createSimulation({ ...s, durationS: 60 });
      sim.advance(Infinity);
      return sim.takeFrames();
    };
    expect(run(variantScenario(a, { ids: [], fromS: 0 }))).toEqual(run(a));
  });

  it('differs by the mitigation alone: LIFO from 200 s breaks the loop A stays stuck in', () => {
    const finalShare = (s: Scenario) => {
      const sim = createSimulation(s);
      sim.advance(Infinity);
      const frames = frameTable(sim.takeFrames());
      return goodputShare(frames, frames.length - 1);
    };
    expect(finalShare(a)).toBeLessThan(0.8);
    expect(finalShare(variantScenario(a, { ids: ['lifo'], fromS: 200 }))).toBeGreaterThan(0.9);
  });
});

describe('triggersForB', () => {
  const mark = (tS: number, source: Mark['source'], trigger: Mark['trigger']): Mark => ({ tS, source, trigger, label: '' });

  it('replays live commands only, and puts B back on its mitigations after a live set', () => {
    const marks = [
      mark(150, 'script', { type: 'flush' }),
      mark(170.5, 'live', { type: 'flush' }),
      mark(180, 'live', { type: 'set', changes: { db: { queueOrder: 'fifo' } } }),
    ];
    expect(triggersForB(marks, { ids: ['lifo'], fromS: 0 })).toEqual([
      { atMs: 170_500, trigger: { type: 'flush' } },
      { atMs: 180_000, trigger: { type: 'set', changes: { db: { queueOrder: 'fifo' } } } },
      { atMs: 180_000, trigger: { type: 'set', changes: { db: { queueOrder: 'lifo' } } } },
    ]);
    // Before B's mitigations are due, a live set is replayed as it is.
    expect(triggersForB(marks, { ids: ['lifo'], fromS: 300 })).toHaveLength(2);
  });
});

describe('describePlan', () => {
  it('names the mitigations and when they start', () => {
    expect(describePlan({ ids: ['lifo'], fromS: 0 })).toBe('LIFO queue');
    expect(describePlan({ ids: ['lifo', 'coalescing'], fromS: 300 })).toBe('LIFO queue + Request coalescing from 5:00');
  });
});
