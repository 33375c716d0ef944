import { describe, expect, it } from 'vitest';
import { cellColor, isHatched, legendEntries, NEVER_HEALTHY_COLOR, recoveryColor, RECOVERY_SCALE_MAX_S, STUCK_COLOR } from './outcomeColors';

/** Relative luminance-ish of an `rgb(r, g, b)` string (what d3's interpolation returns). */
const lightness = (c: string) => {
  const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('outcome colours', () => {
  it('gives each outcome its own colour, and pending none', () => {
    expect(cellColor({ outcome: 'stuck', recoverS: null })).toBe(STUCK_COLOR);
    expect(cellColor({ outcome: 'never-healthy', recoverS: null })).toBe(NEVER_HEALTHY_COLOR);
    expect(cellColor(null)).toBe('transparent');
    expect(cellColor({ outcome: 'recovered', recoverS: 0 })).toBe(recoveryColor(0));
  });

  it('shades recovery from pale (fast) to deep (slow), clamped at the scale end', () => {
    const steps = [0, 15, 30, 60, 90, RECOVERY_SCALE_MAX_S].map((s) => lightness(recoveryColor(s)));
    for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeLessThan(steps[k - 1]);
    expect(recoveryColor(RECOVERY_SCALE_MAX_S * 3)).toBe(recoveryColor(RECOVERY_SCALE_MAX_S));
    expect(recoveryColor(-5)).toBe(recoveryColor(0));
  });

  it('hatches never-healthy cells so colour is not the only cue', () => {
    expect(isHatched({ outcome: 'never-healthy', recoverS: null })).toBe(true);
    expect(isHatched({ outcome: 'stuck', recoverS: null })).toBe(false);
    expect(isHatched(null)).toBe(false);
  });

  it('counts cells per legend entry', () => {
    const entries = legendEntries([
      null,
      { outcome: 'stuck', recoverS: null },
      { outcome: 'recovered', recoverS: 4 },
      { outcome: 'recovered', recoverS: 0 },
      null,
    ]);
    expect(Object.fromEntries(entries.map((e) => [e.key, e.count]))).toEqual({ recovered: 2, stuck: 1, 'never-healthy': 0, pending: 2 });
  });
});
