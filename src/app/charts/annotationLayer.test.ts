import { describe, expect, it } from 'vitest';
import { frameRows } from '../../../test/support/frameRows';
import { D } from '../data/derivedMetrics';
import { FrameRing } from '../data/frameRing';
import { crossingsOf } from './annotationLayer';

/** Frames with only time and the interval's minimum queue wait filled in. */
function ringOf(minWaits: number[]): FrameRing {
  const frames = frameRows(minWaits.map((v, i) => ({ t_s: i + 1, min_queue_delay_ms: v })));
  const ring = new FrameRing(64);
  ring.push(frames);
  return ring;
}

describe('the characteristic metric on the charts', () => {
  it('is the minimum queue wait over the last 10 frames: a burst does not lift it, a standing queue does', () => {
    const burst = ringOf([0, 0, 500, 800, 0, 0]);
    expect(burst.latest(D.char_min_ms)).toBe(0);
    const standing = ringOf([0, ...Array.from({ length: 12 }, () => 2000)]);
    expect(standing.get(9, D.char_min_ms)).toBe(0); // frame 0 is still in the window
    expect(standing.get(10, D.char_min_ms)).toBe(2000);
  });

  it('marks the moments it crossed its threshold, up and down', () => {
    const ring = ringOf([...Array.from({ length: 5 }, () => 0), ...Array.from({ length: 15 }, () => 300), ...Array.from({ length: 12 }, () => 0)]);
    const c = crossingsOf(ring, D.char_min_ms, 100, 0, ring.length);
    expect(c).toEqual([
      { tS: 15, up: true },
      { tS: 21, up: false },
    ]);
  });
});
