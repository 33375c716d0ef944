import { describe, expect, it } from 'vitest';
import { applyPatch, defaultScenario, parsePatch } from '../../sim/parseScenario';
import { paramsOf } from './labStore';
import { CONTROLS, SHEDDING_STEPS_MS, workersFor, type ControlId } from './controls';

const params = paramsOf(defaultScenario());
const control = (id: ControlId) => CONTROLS.find((c) => c.id === id)!;

describe('the live controls', () => {
  it('carry the labels the lessons, docs and browser tests refer to', () => {
    expect(CONTROLS.map((c) => c.label)).toEqual(['Load', 'Cache size', 'DB capacity', 'Retries', 'Timeout', 'Load shedding']);
  });

  it('start where the parameters in force are', () => {
    expect(control('cacheSize').fromParams(params)).toBe(20_000);
    expect(control('dbCapacity').fromParams(params)).toBe(400);
    expect(control('retries').fromParams(params)).toBe(3);
    expect(control('shedding').fromParams(params)).toBe(0);
    expect(control('load').fromParams(params)).toBe(3000);
    expect(control('timeout').fromParams(params)).toBe(1000);
  });

  it('produce patches the scenario parser accepts at every position of every slider', () => {
    for (const c of CONTROLS) {
      for (let v = c.min(params); v <= c.max(params); v += c.step(params)) {
        const { errors } = parsePatch(c.toPatch(v, params));
        expect(errors, `${c.label} at ${v}`).toEqual([]);
      }
    }
  });

  it('land back on the same slider position after the patch is applied', () => {
    for (const c of CONTROLS) {
      const v = c.min(params) + 3 * c.step(params);
      expect(c.fromParams(applyPatch(params, c.toPatch(v, params))), c.label).toBe(v);
    }
  });

  it('map DB capacity in queries/s to whole workers of the configured service time, at least one', () => {
    expect(workersFor(400, params)).toBe(8);
    expect(workersFor(460, params)).toBe(9);
    expect(workersFor(0, params)).toBe(1);
    expect(control('dbCapacity').valueText(450, params)).toBe('450 queries/s, 9 workers');
  });

  it('with cores set, DB capacity reads what the database completes, not one query per worker', () => {
    const pooled = { ...params, db: { ...params.db, cores: 4 } };
    expect(control('dbCapacity').valueText(450, pooled)).toBe('200 queries/s, 9 workers');
  });

  it('past the contention knee, DB capacity also says what it completes with every connection busy', () => {
    const contended = { ...params, db: { ...params.db, serviceMs: 20, cores: 32, contention: 0.01 } };
    expect(control('dbCapacity').valueText(12_800, contended)).toBe('1,600 queries/s, 494 all 256 busy');
  });

  it('turn Load shedding off at position 0 and into a queue-delay threshold above it', () => {
    const s = control('shedding');
    expect(s.toPatch(0, params)).toEqual({ shedding: { mode: 'off' } });
    expect(s.toPatch(5, params)).toEqual({ shedding: { mode: 'queue-delay', maxQueueDelayMs: SHEDDING_STEPS_MS[5] } });
    expect(s.valueText(0, params)).toBe('off');
    expect(s.valueText(5, params)).toBe('at 200 ms queue delay');
  });

  it('read values aloud with their units', () => {
    expect(control('cacheSize').valueText(20_000, params)).toBe('20,000 entries, 20% of keys');
    expect(control('load').valueText(3000, params)).toBe('3,000 req/s');
    expect(control('timeout').valueText(1000, params)).toBe('1,000 ms');
    expect(control('retries').valueText(1, params)).toBe('1 retry');
  });
});

describe('slider ranges', () => {
  it('always include the value a scenario starts with, even beyond the usual range', () => {
    const big = applyPatch(params, { workload: { rps: 20_000 }, db: { workers: 300 }, client: { retries: 15, timeoutMs: 30_000 } });
    for (const c of CONTROLS) {
      expect(c.fromParams(big), c.label).toBeLessThanOrEqual(c.max(big));
      expect(c.fromParams(big), c.label).toBeGreaterThanOrEqual(c.min(big));
    }
  });
});
