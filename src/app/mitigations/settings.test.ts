import { describe, expect, it } from 'vitest';
import { MITIGATIONS, MITIGATION_GROUPS } from '../../mitigations/catalog';
import { fieldSpec } from '../../sim/schema';
import { applyPatch, defaultScenario } from '../../sim/parseScenario';
import { paramsOf } from '../store/labStore';
import { SETTINGS, readSetting, settingPatch } from './settings';

describe('SETTINGS', () => {
  it('belong to a mitigation or a group, and stay inside the schema range', () => {
    const owners = new Set([...MITIGATIONS.map((m) => m.id), ...MITIGATION_GROUPS.map((g) => g.id)]);
    for (const s of SETTINGS) {
      expect(owners.has(s.owner), s.owner).toBe(true);
      const spec = fieldSpec(`${s.section}.${s.field}`);
      expect(spec && 'min' in spec, `${s.section}.${s.field}`).toBe(true);
      if (spec && 'min' in spec) {
        expect(s.min).toBeGreaterThanOrEqual(spec.min);
        expect(s.max).toBeLessThanOrEqual(spec.max);
      }
    }
  });

  it('snaps to the step and clamps to the range; the patch round-trips', () => {
    const codel = SETTINGS.find((s) => s.field === 'codelTargetMs')!;
    expect(settingPatch(codel, 7.4)).toEqual({ shedding: { codelTargetMs: 7 } });
    expect(settingPatch(codel, 9999)).toEqual({ shedding: { codelTargetMs: 200 } });
    const jitter = SETTINGS.find((s) => s.field === 'ttlJitter')!;
    const p = applyPatch(paramsOf(defaultScenario()), settingPatch(jitter, 0.3));
    expect(readSetting(jitter, p)).toBe(0.3);
    expect(jitter.text(0.3)).toBe('30%');
  });
});
