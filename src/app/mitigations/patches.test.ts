import { describe, expect, it } from 'vitest';
import { MITIGATIONS, mitigationById } from '../../mitigations/catalog';
import { applyPatch, defaultScenario } from '../../sim/parseScenario';
import { paramsOf } from '../store/labStore';
import { isOn, mergePatches, rivals, samePatch } from './patches';

const base = paramsOf(defaultScenario());
const m = (id: string) => mitigationById(id)!;

describe('isOn', () => {
  it('reads every mitigation off on the defaults and on after its own on patch', () => {
    for (const x of MITIGATIONS) {
      expect(isOn(x, base), x.id).toBe(false);
      expect(isOn(x, applyPatch(base, x.on)), x.id).toBe(true);
      expect(isOn(x, applyPatch(applyPatch(base, x.on), x.off)), x.id).toBe(false);
    }
  });

  it('keeps a switch on while its number is tuned, and a mode switch only for its own mode', () => {
    expect(isOn(m('short-queue'), applyPatch(base, { db: { queueLimit: 120 } }))).toBe(true);
    expect(isOn(m('queue-delay-shedding'), applyPatch(base, { shedding: { mode: 'queue-delay', maxQueueDelayMs: 50 } }))).toBe(true);
    const codel = applyPatch(base, m('codel').on);
    expect(isOn(m('queue-delay-shedding'), codel)).toBe(false);
    expect(isOn(m('lifo'), applyPatch(base, m('adaptive-lifo').on))).toBe(false);
  });
});

describe('mergePatches and rivals', () => {
  it('merges sections field by field, later wins', () => {
    expect(mergePatches([m('lifo').on, m('coalescing').on, m('adaptive-lifo').on])).toEqual({ db: { queueOrder: 'adaptive-lifo' }, cache: { coalesce: true } });
  });

  it('names switches that turn the same field as rivals', () => {
    expect(rivals(m('lifo'), MITIGATIONS).map((x) => x.id)).toEqual(['adaptive-lifo']);
    expect(
      rivals(m('codel'), MITIGATIONS)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['concurrency-limit', 'queue-delay-shedding']);
    expect(rivals(m('coalescing'), MITIGATIONS)).toEqual([]);
  });

  it('compares patches by their fields', () => {
    expect(samePatch({ db: { queueOrder: 'lifo' } }, m('lifo').on)).toBe(true);
    expect(samePatch({ db: { queueOrder: 'lifo', queueLimit: 5 } }, m('lifo').on)).toBe(false);
  });
});
