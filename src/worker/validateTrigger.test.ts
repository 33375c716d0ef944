import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../sim/parseScenario';
import { validateTrigger } from './validateTrigger';

const s = defaultScenario();

describe('validateTrigger (the worker’s edge)', () => {
  it('accepts a flush and a valid parameter change, without the scripted time', () => {
    expect(validateTrigger({ type: 'flush' }, s)).toEqual({ ok: true, trigger: { type: 'flush' } });
    expect(validateTrigger({ type: 'set', changes: { client: { retries: 0 } } }, s)).toEqual({
      ok: true,
      trigger: { type: 'set', changes: { client: { retries: 0 } } },
    });
  });

  it('refuses out-of-range values, unknown fields and non-objects with the field’s name', () => {
    const bad = validateTrigger({ type: 'set', changes: { db: { workers: 0 } } }, s);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/db\.workers/);
    const unknown = validateTrigger({ type: 'set', changes: { db: { gpus: 4 } } }, s);
    expect(unknown.ok).toBe(false);
    expect(validateTrigger('flush', s).ok).toBe(false);
    expect(validateTrigger({ type: 'explode' }, s).ok).toBe(false);
  });

  it('refuses a change that changes nothing', () => {
    expect(validateTrigger({ type: 'set', changes: {} }, s).ok).toBe(false);
  });
});
