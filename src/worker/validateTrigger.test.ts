import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../sim/parseScenario';
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

describe('validateTrigger with a stack (live tier commands)', () => {
  const stacked = parseScenario({
    stack: [
      { kind: 'service', name: 'web', instances: 2, retries: 2 },
      { kind: 'cache', name: 'edge' },
    ],
  }).value;

  it('accepts a crash of one instance and a knob change of a tier, without the scripted time', () => {
    expect(validateTrigger({ type: 'tier-fault', tier: 'web', fault: 'crash', instance: 1, forS: 30 }, stacked)).toEqual({
      ok: true,
      trigger: { type: 'tier-fault', tier: 'web', fault: 'crash', instance: 1, forS: 30 },
    });
    expect(validateTrigger({ type: 'tier-set', tier: 'web', changes: { retries: 0 } }, stacked)).toEqual({
      ok: true,
      trigger: { type: 'tier-set', tier: 'web', changes: { retries: 0 } },
    });
  });

  it('names the tier, the field, the value and the allowed range when a tier command is out of bounds', () => {
    const noTier = validateTrigger({ type: 'tier-fault', tier: 'api', fault: 'crash', forS: 10 }, stacked);
    expect(noTier).toEqual({ ok: false, errors: ['command.tier: "api" is not a tier of the stack (tiers: web, edge)'] });
    const instance = validateTrigger({ type: 'tier-fault', tier: 'web', fault: 'crash', instance: 2, forS: 10 }, stacked);
    expect(instance.ok).toBe(false);
    if (!instance.ok) expect(instance.errors.join()).toMatch(/web\.instance: 2 .*0 to 1/);
    const slots = validateTrigger({ type: 'tier-set', tier: 'web', changes: { slots: 0 } }, stacked);
    expect(slots.ok).toBe(false);
    if (!slots.ok) expect(slots.errors.join()).toMatch(/web\.changes\.slots: 0 .*1 to 10000/);
    const wrongKind = validateTrigger({ type: 'tier-set', tier: 'edge', changes: { retries: 1 } }, stacked);
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.errors.join()).toMatch(/unknown field for a cache tier/);
  });

  it('refuses a tier command when the scenario has no stack, and a tier change that changes nothing', () => {
    const none = validateTrigger({ type: 'tier-set', tier: 'web', changes: { retries: 0 } }, s);
    expect(none).toEqual({ ok: false, errors: ['command.tier: "web" is not a tier of the stack (tiers: none)'] });
    expect(validateTrigger({ type: 'tier-set', tier: 'web', changes: {} }, stacked)).toEqual({ ok: false, errors: ['web.changes: nothing to change'] });
  });

  it('checks instances against the stack in force, so an instance added live can be crashed live', () => {
    const grown = (stacked.stack ?? []).map((t) => (t.name === 'web' ? { ...t, instances: 8 } : t));
    expect(validateTrigger({ type: 'tier-fault', tier: 'web', fault: 'crash', instance: 6, forS: 5 }, stacked, grown).ok).toBe(true);
  });

  it('replays such a pair of live commands from the script: the fault on the added instance is kept', () => {
    const doc = {
      stack: [{ kind: 'service', name: 'web', instances: 2 }],
      events: [
        { atS: 10, type: 'tier-set', tier: 'web', changes: { instances: 8 } },
        { atS: 20, type: 'tier-fault', tier: 'web', fault: 'crash', instance: 6, forS: 5 },
      ],
    };
    const parsed = parseScenario(doc);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value.events.map((e) => e.type)).toEqual(['tier-set', 'tier-fault']);
  });
});
