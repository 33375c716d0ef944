import { describe, expect, it } from 'vitest';
import { capacities } from './capacity';
import { CHE_EXACT_MAX_KEYS, cheHitRateFromPopularity } from './che';
import { cheBinnedTerms, cheHitRateBinned, zipfBins } from './cheBinned';
import { defaultScenario } from './parseScenario';
import { zipfPopularity } from './zipf';

describe("Che's approximation in bins, for large key spaces", () => {
  it.each([
    [1.1, 20_000],
    [0.8, 200_000],
    [1, 1000],
    [1.5, 500_000],
    [0, 5000],
  ])('agrees with the key-by-key sums within 1e-6 over a million keys (zipf %s, %s entries)', (zipf, capacity) => {
    const keys = CHE_EXACT_MAX_KEYS;
    const exact = cheHitRateFromPopularity(zipfPopularity(keys, zipf), capacity);
    expect(Math.abs(cheHitRateBinned(keys, zipf, capacity) - exact)).toBeLessThan(1e-6);
  });

  it('its bins cover every key once and its popularities sum to 1', () => {
    const { count, p } = zipfBins(10_000_000, 1.1);
    expect(count.reduce((a, b) => a + b, 0)).toBe(10_000_000);
    expect(p.reduce((a, x, j) => a + x * count[j], 0)).toBeCloseTo(1, 12);
    expect(p.length).toBeLessThan(13_000);
  });

  it("a 10-million-key scenario's capacities take a few hundred thousand terms, not ten million per Newton step", () => {
    const s = defaultScenario();
    const before = cheBinnedTerms();
    const caps = capacities({ ...s, workload: { ...s.workload, keys: 10_000_000, zipf: 1.07 } });
    const terms = cheBinnedTerms() - before;
    expect(terms).toBeGreaterThan(0);
    expect(terms).toBeLessThan(500_000);
    expect(caps.warmHitRate).toBeGreaterThan(0.5);
    expect(caps.warmHitRate).toBeLessThan(0.9);
  });
});
