import { describe, expect, it } from 'vitest';
import { fitWorkerCount } from './browserEvaluator';

describe('fitWorkerCount', () => {
  it('uses every core for the fit and "what would have saved us", at least one and at most eight', () => {
    expect(fitWorkerCount(1)).toBe(1);
    expect(fitWorkerCount(2)).toBe(2);
    expect(fitWorkerCount(6)).toBe(6);
    expect(fitWorkerCount(32)).toBe(8);
  });

  it('assumes two cores when the browser does not say', () => {
    expect(fitWorkerCount(undefined)).toBe(2);
    expect(fitWorkerCount(0)).toBe(2);
  });
});
