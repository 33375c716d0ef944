import { describe, expect, it } from 'vitest';
import type { Mark } from '../../sim/api';
import { defaultScenario } from '../../sim/parseScenario';
import { createSimulation } from '../../sim/simulation';
import { FrameDigest } from '../data/frameDigest';
import { insertEvent, recordLiveMarks, scriptTimeAfter } from './liveScript';

describe('scriptTimeAfter', () => {
  it('lands strictly after the live time, by a vanishing margin', () => {
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const nowMs = (x / 2147483648) * 1_000_000;
      const atS = scriptTimeAfter(nowMs / 1000);
      expect(atS * 1000).toBeGreaterThan(nowMs);
      expect(atS * 1000 - nowMs).toBeLessThan(1e-9 * Math.max(1, nowMs));
    }
  });
  it('handles zero and whole seconds', () => {
    expect(scriptTimeAfter(0)).toBeGreaterThan(0);
    expect(scriptTimeAfter(150) * 1000).toBeGreaterThan(150_000);
  });
});

describe('insertEvent', () => {
  it('keeps time order and puts equal times after existing ones', () => {
    const evs = insertEvent([{ atS: 1, type: 'flush' }, { atS: 5, type: 'rollback' }], { atS: 1, type: 'outage', forS: 2 });
    expect(evs.map((e) => e.type)).toEqual(['flush', 'outage', 'rollback']);
  });
});

describe('recordLiveMarks', () => {
  const live = (tS: number): Mark => ({ tS, source: 'live', label: 'flush', trigger: { type: 'flush' } });
  it('ignores scripted marks and leaves the scenario untouched', () => {
    const s = defaultScenario();
    expect(recordLiveMarks(s, [{ ...live(3), source: 'script' }]).scenario).toBe(s);
  });
  it('drops marks at the end of the run', () => {
    const s = { ...defaultScenario(), durationS: 10, events: [] };
    const r = recordLiveMarks(s, [live(10), live(4)]);
    expect(r.dropped).toBe(1);
    expect(r.scenario.events.map((e) => e.type)).toEqual(['flush']);
  });

  it('a run with live changes and its recorded script give the same frames, bit for bit', () => {
    const base = { ...defaultScenario(), durationS: 90, events: [] };
    const digestOf = (sim: ReturnType<typeof createSimulation>, live?: (now: number) => void) => {
      const d = new FrameDigest();
      const marks: Mark[] = [];
      // Uneven slices, with live commands between some of them, as the worker does.
      let step = 1;
      while (!sim.done()) {
        sim.advance(sim.nowMs() + step * 733, 3000 + step);
        live?.(sim.nowMs());
        step = (step % 5) + 1;
        d.update(sim.takeFrames());
        marks.push(...sim.takeMarks());
      }
      return { hex: d.hex(), marks };
    };
    const liveSim = createSimulation(base);
    let sent = 0;
    const played = digestOf(liveSim, (now) => {
      if (sent === 0 && now > 20_000) liveSim.apply({ type: 'flush' });
      else if (sent === 1 && now > 40_000) liveSim.apply({ type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 100 } } });
      else return;
      sent++;
    });
    const recorded = recordLiveMarks(base, played.marks).scenario;
    expect(recorded.events).toHaveLength(2);
    const replayed = digestOf(createSimulation(recorded));
    expect(replayed.hex).toBe(played.hex);
    expect(digestOf(createSimulation(base)).hex).not.toBe(played.hex);
  });
});
