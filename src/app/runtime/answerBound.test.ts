import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/parseScenario';
import { ANSWER_FLOOR_MS, answerBoundMs } from './answerBound';

describe('answerBoundMs', () => {
  it('gives a light run the floor plus little, so a stuck worker is noticed within seconds', () => {
    const bound = answerBoundMs({ ...defaultScenario(), durationS: 60 }, 1);
    expect(bound).toBeGreaterThanOrEqual(ANSWER_FLOOR_MS);
    expect(bound).toBeLessThan(ANSWER_FLOOR_MS + 5000);
  });

  it('waits longer for a run with ten million keys to build and for a longer stretch of simulated time', () => {
    const s = defaultScenario();
    const big = { ...s, workload: { ...s.workload, keys: 10_000_000 } };
    expect(answerBoundMs(big, 1)).toBeGreaterThan(answerBoundMs(s, 1) + 60_000);
    expect(answerBoundMs(s, 60)).toBeGreaterThan(answerBoundMs(s, 1));
    // Never more than the whole run.
    expect(answerBoundMs(s, 1e9)).toBe(answerBoundMs(s, s.durationS));
  });
});
