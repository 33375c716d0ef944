import { describe, expect, it } from 'vitest';
import { MAX_SPEED_INTERVAL_MS, REDUCED_MOTION_INTERVAL_MS, paintIntervalMs } from './paintPolicy';

describe('paintIntervalMs', () => {
  it('paints every animation frame at real-time speeds', () => {
    expect(paintIntervalMs(1, false)).toBe(0);
    expect(paintIntervalMs(60, false)).toBe(0);
  });
  it('leaves the CPU to the worker at max speed', () => {
    expect(paintIntervalMs('max', false)).toBe(MAX_SPEED_INTERVAL_MS);
  });
  it('steps slowly under reduced motion, whatever the speed', () => {
    expect(paintIntervalMs(10, true)).toBe(REDUCED_MOTION_INTERVAL_MS);
    expect(paintIntervalMs('max', true)).toBe(REDUCED_MOTION_INTERVAL_MS);
  });
});
