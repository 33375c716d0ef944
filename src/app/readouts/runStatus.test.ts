import { describe, expect, it } from 'vitest';
import { runPhase, runStatusText } from './runStatus';

const facts = { preparing: false, playing: false, done: false, speed: 10 as const };

describe('the run clock status', () => {
  it('says the run is being prepared until the worker first answers, whether or not it will play', () => {
    expect(runStatusText({ ...facts, preparing: true })).toBe('Preparing the run…');
    expect(runStatusText({ ...facts, preparing: true, playing: true })).toBe('Preparing the run…');
    expect(runPhase({ ...facts, preparing: true })).toBe('preparing');
  });

  it('then reads Paused, Running at a speed, or Finished', () => {
    expect(runStatusText(facts)).toBe('Paused');
    expect(runStatusText({ ...facts, playing: true })).toBe('Running at 10×');
    expect(runStatusText({ ...facts, playing: true, speed: 'max' })).toBe('Running at max speed');
    expect(runStatusText({ ...facts, done: true, preparing: true })).toBe('Finished');
  });
});
