import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/parseScenario';
import { createSimulation } from '../../src/sim/simulation';
import { M } from '../../src/sim/metrics';
import { frameTable } from '../../src/analysis/frames';
import { scenario } from './run';

const stormy = {
  durationS: 400,
  events: [
    { atS: 50, type: 'flush' },
    { atS: 120, type: 'outage', forS: 10 },
    { atS: 200, type: 'spike', factor: 2, forS: 20 },
    { atS: 260, type: 'db-slowdown', factor: 3, forS: 30 },
    { atS: 330, type: 'set', changes: { shedding: { mode: 'queue-delay' } } },
  ],
};

describe('every request is accounted for', () => {
  it('requests = delivered + failed (by reason) + in flight, at every step of a stormy run', () => {
    const sim = createSimulation(scenario(stormy));
    let checked = 0;
    while (!sim.done()) {
      sim.advance(sim.nowMs() + 7_300);
      const t = sim.totals();
      expect(t.delivered + t.failedTimeout + t.failedRejected + t.failedShed + t.failedBreaker + t.inFlight).toBe(t.requests);
      checked++;
    }
    const t = sim.totals();
    expect(checked).toBeGreaterThan(50);
    expect(t.failedTimeout).toBeGreaterThan(0);
    expect(t.failedRejected).toBeGreaterThan(0);
  });

  it('the frames add up to the totals: first attempts, deliveries, database completions', () => {
    const sim = createSimulation(scenario(stormy));
    sim.advance(Infinity);
    const f = frameTable(sim.takeFrames());
    const sum = (col: number) => {
      let s = 0;
      for (let r = 0; r < f.length; r++) s += f.get(r, col);
      return Math.round(s);
    };
    const t = sim.totals();
    expect(sum(M.first_rps)).toBe(t.requests);
    expect(sum(M.goodput_rps)).toBe(t.delivered);
    expect(sum(M.db_rps)).toBe(t.dbCompletions);
    expect(sum(M.wasted_rps)).toBe(t.wasted);
    expect(sum(M.failed_rps)).toBe(t.failedTimeout + t.failedRejected + t.failedShed + t.failedBreaker);
    expect(sum(M.offered_rps)).toBe(t.attempts);
    expect(f.get(f.length - 1, M.in_flight)).toBe(t.inFlight);
  });

  it('a parsed document with no events runs to its end and emits one frame per interval', () => {
    const { value } = parseScenario({ durationS: 30, intervalMs: 500 });
    const sim = createSimulation(value);
    sim.advance(Infinity);
    expect(sim.done()).toBe(true);
    expect(frameTable(sim.takeFrames()).length).toBe(60);
  });
});
